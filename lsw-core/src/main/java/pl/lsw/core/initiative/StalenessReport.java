package pl.lsw.core.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.rules.Finding;

/**
 * What keeps the co-informing bases from being current, as of a day (seed 001 Tabela 1: the
 * recommendation procedure was not kept up, changes of actions never reached the base): Bank
 * entries and actions not verified within {@code INI-VERIFICATION.months} (the findings of rule
 * {@code INI-VERIFICATION}), actions whose consortium reported another status than the base
 * shows, and contact people of entries who are no longer among their organisation's contacts in
 * the registry.
 *
 * <p>Immutable. Polish: <i>raport nieaktualności baz</i>.
 *
 * @param asOf the day of the report
 * @param unverified the findings of {@code INI-VERIFICATION}
 * @param reportedDifferently the actions whose consortium's last report gives another status
 * @param departedContacts contact people who left their organisation
 */
public record StalenessReport(LocalDate asOf, List<Finding> unverified,
    List<Action> reportedDifferently, List<DepartedContact> departedContacts) {

  /**
   * A contact person of an entry who is no longer a contact of the entry's registered
   * implementer. Polish: <i>osoba kontaktowa, która odeszła z organizacji</i>.
   *
   * @param entry the entry
   * @param entryName the entry's name (or id)
   * @param organisation the implementer
   * @param contact the contact person's name
   */
  public record DepartedContact(MapEntryId entry, String entryName, OrganisationId organisation,
      String contact) {
    /** Refuses nulls. */
    public DepartedContact {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(entryName, "entryName");
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(contact, "contact");
    }
  }

  /** Refuses nulls; copies the lists. */
  public StalenessReport {
    Objects.requireNonNull(asOf, "asOf");
    unverified = List.copyOf(unverified);
    reportedDifferently = List.copyOf(reportedDifferently);
    departedContacts = List.copyOf(departedContacts);
  }

  /** Whether nothing is stale. */
  public boolean isCurrent() {
    return unverified.isEmpty() && reportedDifferently.isEmpty() && departedContacts.isEmpty();
  }

  /**
   * The report as plain text in the reader's language (Polish by default, English for {@code
   * Locale.ENGLISH}): a heading, then one line per stale item.
   */
  public String render(Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(text(locale, "staleness.title", "asOf", asOf)).append('\n');
    if (isCurrent()) {
      out.append(text(locale, "staleness.current")).append('\n');
      return out.toString();
    }
    for (Finding f : unverified) {
      out.append("- ").append(f.message(locale)).append('\n');
    }
    for (Action a : reportedDifferently) {
      out.append("- ").append(text(locale, "staleness.reported",
          "action", a.name(), "reported", a.lastReport().orElseThrow().status(),
          "on", a.lastReport().orElseThrow().reportedOn(), "status", a.status())).append('\n');
    }
    for (DepartedContact c : departedContacts) {
      out.append("- ").append(text(locale, "staleness.contact",
          "contact", c.contact(), "entry", c.entryName())).append('\n');
    }
    return out.toString();
  }

  private static String text(Locale locale, String key, Object... namesAndValues) {
    java.util.Map<String, Object> args = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return MapEntryRules.MESSAGES.format(key, args, locale);
  }
}
