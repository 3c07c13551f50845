package pl.lsw.core.partnership.governance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Quarter;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.Membership;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonId;

/**
 * What the governance rules check: a partnership as loaded, the organisations of its members
 * (looked up by id; an organisation missing from the map counts for no sector and no field) and
 * the period under review.
 *
 * <p><b>The checked window.</b> Rules about dates look only at the days of the period that have
 * happened and on which the partnership existed: from the later of the period's first day and the
 * founding day to the earlier of the period's last day and the as-of day of the check ({@link
 * #window(LocalDate)}). A calendar quarter or year is checked only when the window covers it
 * entirely, so the quarter in which a partnership is founded, a quarter not yet over and a
 * quarter only partly inside the period are not judged. The model keeps no set-up date for a
 * body, so a body's quarters are counted from the founding day too; to judge a body set up later,
 * review a period that starts when it was set up.
 *
 * <p><b>Members.</b> Rules about the partners (sectors, fields) count the memberships active on
 * the window's last day, informal partners included.
 *
 * <p>Polish: <i>przedmiot oceny zarządzania partnerstwem (partnerstwo, partnerzy, okres)</i>.
 *
 * @param partnership the partnership as loaded
 * @param organisations the member organisations by id
 * @param period the period under review
 */
public record GovernanceSubject(
    Partnership partnership, Map<OrganisationId, Organisation> organisations, DateRange period) {

  /** Checks and copies the components. */
  public GovernanceSubject {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(period, "period");
    organisations = Map.copyOf(organisations);
  }

  /** A subject with the organisations given as a collection (keyed by their ids). */
  public static GovernanceSubject of(Partnership partnership, Collection<Organisation> organisations,
      DateRange period) {
    Map<OrganisationId, Organisation> byId = new LinkedHashMap<>();
    organisations.forEach(o -> byId.put(o.id(), o));
    return new GovernanceSubject(partnership, byId, period);
  }

  /**
   * The checked window as of {@code asOf} (see the type's description), or none when the period
   * lies wholly before the founding day or after {@code asOf}.
   */
  public Optional<DateRange> window(LocalDate asOf) {
    LocalDate start = max(period.start(), partnership.foundedOn());
    LocalDate end = min(period.end(), asOf);
    return start.isAfter(end) ? Optional.empty() : Optional.of(DateRange.of(start, end));
  }

  /** The calendar quarters the window as of {@code asOf} covers entirely, in order. */
  public List<Quarter> wholeQuarters(LocalDate asOf) {
    List<Quarter> out = new ArrayList<>();
    for (DateRange w : window(asOf).stream().toList()) {
      for (Quarter q : Quarter.quartersOverlapping(w)) {
        if (w.encloses(q.range())) {
          out.add(q);
        }
      }
    }
    return out;
  }

  /** The calendar years the window as of {@code asOf} covers entirely, in order. */
  public List<Integer> wholeYears(LocalDate asOf) {
    List<Integer> out = new ArrayList<>();
    for (DateRange w : window(asOf).stream().toList()) {
      for (int y = w.start().getYear(); y <= w.end().getYear(); y++) {
        if (w.encloses(DateRange.ofOrThrow(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)))) {
          out.add(y);
        }
      }
    }
    return out;
  }

  /** The member organisations active on the window's last day (none when there is no window). */
  public List<Organisation> activeMembers(LocalDate asOf) {
    List<Organisation> out = new ArrayList<>();
    for (DateRange w : window(asOf).stream().toList()) {
      for (Membership m : partnership.memberships()) {
        if (m.isActiveOn(w.end()) && organisations.containsKey(m.organisation())) {
          out.add(organisations.get(m.organisation()));
        }
      }
    }
    return out;
  }

  /** The meetings of one body held within the window, by date (stable for one day). */
  public List<Meeting> meetingsOf(BodyId body, LocalDate asOf) {
    List<Meeting> out = new ArrayList<>();
    for (DateRange w : window(asOf).stream().toList()) {
      partnership.meetings().stream()
          .filter(m -> m.body().equals(body) && w.contains(m.date()))
          .sorted(Comparator.comparing(Meeting::date))
          .forEach(out::add);
    }
    return out;
  }

  /** Every meeting held within the window, by date. */
  public List<Meeting> meetings(LocalDate asOf) {
    List<Meeting> out = new ArrayList<>();
    for (DateRange w : window(asOf).stream().toList()) {
      partnership.meetings().stream().filter(m -> w.contains(m.date()))
          .sorted(Comparator.comparing(Meeting::date)).forEach(out::add);
    }
    return out;
  }

  /**
   * The person's name, or their id when the partnership does not know them; messages use {@link
   * #personLabel}, which never shows an id.
   */
  public String personName(PersonId id) {
    return partnership.person(id).map(Person::name).orElse(id.toString());
  }

  /**
   * The organisation's name, or its id when it was not given; messages use {@link
   * #organisationLabel}, which never shows an id.
   */
  public String organisationName(OrganisationId id) {
    return Optional.ofNullable(organisations.get(id)).map(Organisation::name).orElse(id.toString());
  }

  /**
   * The person as a message shows them: their name, or — when the partnership does not know them
   * — "osoba spoza rejestru partnerstwa" / "a person not registered in the partnership"; never an
   * id.
   */
  public Label personLabel(PersonId id) {
    return partnership.person(id).map(p -> Label.of(p.name(), p.name()))
        .orElse(Label.of("osoba spoza rejestru partnerstwa", "a person not registered in the partnership"));
  }

  /**
   * The organisation as a message shows it: its name, or — when it was not given — "partner
   * nieodnaleziony w rejestrze organizacji" / "a partner not found in the organisation register";
   * never an id.
   */
  public Label organisationLabel(OrganisationId id) {
    return Optional.ofNullable(organisations.get(id)).map(o -> Label.of(o.name(), o.name()))
        .orElse(Label.of("partner nieodnaleziony w rejestrze organizacji",
            "a partner not found in the organisation register"));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
