package pl.lsw.core.information;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.Membership;
import pl.lsw.core.partnership.Partnership;

/**
 * What {@code INF-SIMULTANEOUS} checks: a dispatch with the organisations that were active
 * members of its partnership at the instant of sending.
 *
 * <p>An organisation is an active member at an instant when one of its memberships is active on
 * that instant's day in the given zone ({@link Membership#isActiveOn}: joined on or before the
 * day, not left before it). The library sends to exactly these organisations, so a dispatch made
 * by {@link InformationService} meets the rule unless a delivery failed.
 *
 * <p>Immutable. Polish: <i>wysyłka do sprawdzenia z członkami partnerstwa w chwili wysłania</i>.
 *
 * @param dispatch the dispatch
 * @param day the day of sending in the zone of the check
 * @param members the active members at the instant of sending, in the order of their memberships
 * @param names the organisations' names the findings use, where known (otherwise their ids)
 */
public record DispatchAudit(Dispatch dispatch, LocalDate day, List<OrganisationId> members,
    java.util.Map<OrganisationId, String> names) {

  /**
   * Refuses nulls and copies the members and names.
   *
   * @param dispatch the dispatch
   * @param day the day of sending
   * @param members the active members
   * @param names the organisations' names, where known
   */
  public DispatchAudit {
    Objects.requireNonNull(dispatch, "dispatch");
    Objects.requireNonNull(day, "day");
    members = List.copyOf(members);
    names = java.util.Map.copyOf(names);
  }

  /**
   * An audit whose findings name organisations by their ids.
   *
   * @param dispatch the dispatch
   * @param day the day of sending
   * @param members the active members
   */
  public DispatchAudit(Dispatch dispatch, LocalDate day, List<OrganisationId> members) {
    this(dispatch, day, members, java.util.Map.of());
  }

  /**
   * This audit with the organisations' names for its findings.
   *
   * @param known the names, where known
   * @return the audit
   */
  public DispatchAudit withNames(java.util.Map<OrganisationId, String> known) {
    return new DispatchAudit(dispatch, day, members, known);
  }

  /** The organisation's name, or its id where the name is not known. */
  String nameOf(OrganisationId organisation) {
    return names.getOrDefault(organisation, organisation.toString());
  }

  /**
   * The audit of a dispatch against the partnership's memberships.
   *
   * @param dispatch the dispatch
   * @param partnership its partnership (any later state: memberships keep their dates)
   * @param zone the zone in which the instant of sending falls on a day
   * @return the audit
   */
  public static DispatchAudit of(Dispatch dispatch, Partnership partnership, ZoneId zone) {
    LocalDate day = LocalDate.ofInstant(dispatch.sentAt(), zone);
    return new DispatchAudit(dispatch, day, membersOn(partnership, day));
  }

  /**
   * The organisations that are active members of a partnership at an instant.
   *
   * @param partnership the partnership
   * @param at the instant
   * @param zone the zone of the instant's day
   * @return the organisations, each once, in the order of their memberships
   */
  public static List<OrganisationId> membersAt(Partnership partnership, Instant at, ZoneId zone) {
    return membersOn(partnership, LocalDate.ofInstant(at, zone));
  }

  private static List<OrganisationId> membersOn(Partnership partnership, LocalDate day) {
    Set<OrganisationId> out = new LinkedHashSet<>();
    for (Membership m : partnership.memberships()) {
      if (m.isActiveOn(day)) {
        out.add(m.organisation());
      }
    }
    return List.copyOf(out);
  }
}
