package pl.lsw.core.initiative;

import java.util.Map;
import java.util.Optional;
import pl.lsw.core.kernel.Label;

/**
 * The names, in Polish and English, of the fields that the history of the Map, the Bank and the
 * Action Base records ({@link pl.lsw.core.kernel.history.FieldChange#field()}), so that a history
 * can be shown to people: {@code HistoryFields.label("access.minAge")} is "najniższy wiek" /
 * "the lowest age".
 *
 * <p>Polish: <i>nazwy pól historii zmian</i>.
 */
public final class HistoryFields {

  private static final Map<String, Label> LABELS = Map.ofEntries(
      Map.entry("name", Label.of("nazwa", "the name")),
      Map.entry("implementer", Label.of("realizator", "the implementer")),
      Map.entry("description", Label.of("opis", "the description")),
      Map.entry("addressees", Label.of("adresaci", "the addressees")),
      Map.entry("participationRules", Label.of("zasady uczestnictwa", "the participation rules")),
      Map.entry("serviceConditions", Label.of("warunki realizacji usługi", "the service conditions")),
      Map.entry("fields", Label.of("dziedziny usług społecznych", "the fields of social services")),
      Map.entry("place", Label.of("miejsce", "the place")),
      Map.entry("schedule", Label.of("harmonogram", "the schedule")),
      Map.entry("access.minAge", Label.of("najniższy wiek", "the lowest age")),
      Map.entry("access.maxAge", Label.of("najwyższy wiek", "the highest age")),
      Map.entry("access.targetGroups", Label.of("grupy przyjmowane", "the groups admitted")),
      Map.entry("access.territory", Label.of("obszar", "the area served")),
      Map.entry("access.referral", Label.of("skierowanie", "the referral")),
      Map.entry("access.cost", Label.of("odpłatność", "the cost")),
      Map.entry("access.fee", Label.of("opłata", "the fee")),
      Map.entry("access.languages", Label.of("języki", "the languages")),
      Map.entry("access.capacity", Label.of("liczba miejsc", "the capacity")),
      Map.entry("access.description", Label.of("opis warunków dostępu", "the access conditions in words")),
      Map.entry("contacts", Label.of("osoby kontaktowe", "the contact people")),
      Map.entry("source", Label.of("źródło", "the source")),
      Map.entry("communityRole", Label.of("rola społeczności", "the community's role")),
      Map.entry("addedOn", Label.of("dzień dodania", "the day added")),
      Map.entry("lastVerifiedOn", Label.of("ostatnia weryfikacja", "the last verification")),
      Map.entry("recommendedOn", Label.of("dzień rekomendacji", "the day of the recommendation")),
      Map.entry("meeting", Label.of("spotkanie", "the meeting")),
      Map.entry("withdrawalReason", Label.of("powód wycofania", "the reason for withdrawal")),
      Map.entry("entry", Label.of("pozycja banku", "the Bank entry")),
      Map.entry("consortium", Label.of("konsorcjum", "the consortium")),
      Map.entry("status", Label.of("stan", "the status")),
      Map.entry("startedOn", Label.of("dzień wpisania", "the day it entered the base")),
      Map.entry("statusSince", Label.of("stan od", "the status since")),
      Map.entry("reportedStatus", Label.of("stan w sprawozdaniu", "the reported status")),
      Map.entry("reportedOn", Label.of("dzień sprawozdania", "the day of the report")),
      Map.entry("heldOn", Label.of("dzień rundy", "the day of the round")),
      Map.entry("entries", Label.of("zweryfikowane pozycje", "the entries verified")),
      Map.entry("actions", Label.of("zweryfikowane działania", "the actions verified")),
      Map.entry("conclusions", Label.of("wnioski", "the conclusions")));

  private HistoryFields() {}

  /**
   * A recorded value as a person reads it: the code of a status, a referral rule, a cost, a
   * source or a community role shown by its name in the reader's language; any other value as
   * recorded.
   *
   * @param field the field's stable name
   * @param value the value as the history recorded it
   * @param locale the reader's language
   * @return the value to show
   */
  public static String display(String field, String value, java.util.Locale locale) {
    java.util.Objects.requireNonNull(value, "value");
    Class<? extends Enum<?>> type = switch (field) {
      case "status", "reportedStatus" -> ActionStatus.class;
      case "access.referral" -> ReferralRule.class;
      case "access.cost" -> ParticipantCost.class;
      case "source" -> EntrySource.class;
      case "communityRole" -> CommunityRole.class;
      default -> null;
    };
    if (type == null) {
      return value;
    }
    for (Enum<?> constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return ((pl.lsw.core.kernel.Displayable) constant).display(locale);
      }
    }
    return value;
  }

  /**
   * The name of a field in both languages.
   *
   * @param field the field's stable name, e.g. {@code "serviceConditions"}
   * @return its label, or empty for a field these bases do not record
   */
  public static Optional<Label> label(String field) {
    return Optional.ofNullable(LABELS.get(field));
  }
}
