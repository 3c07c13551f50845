package pl.lsw.core.partnership.governance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import pl.lsw.core.organisation.OrganisationId;

/**
 * What is recorded of a meeting, as given by the caller; the aggregate checks it (every problem
 * at once) and adds the id, the body's kind, who recorded it and when.
 *
 * <p>Polish: <i>dane spotkania</i>.
 *
 * @param body the body that met
 * @param date the day
 * @param duration how long, more than zero
 * @param chair who chaired it, a registered person
 * @param host the hosting organisation, a member
 * @param attendees the persons present, registered persons
 * @param openToFamilies whether open to recipients and families
 * @param familyRepresentativesPresent how many family representatives were present (0 or more;
 *     more than 0 only for an open meeting)
 * @param agendaReference the agenda reference, or null
 * @param minutesReference the minutes reference, or null
 */
public record MeetingDetails(
    BodyId body,
    LocalDate date,
    Duration duration,
    PersonId chair,
    OrganisationId host,
    List<PersonId> attendees,
    boolean openToFamilies,
    int familyRepresentativesPresent,
    String agendaReference,
    String minutesReference) {

  /** Copies the attendees (null is read as none). */
  public MeetingDetails {
    attendees = attendees == null ? List.of() : List.copyOf(attendees);
  }
}
