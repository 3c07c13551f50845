package pl.lsw.core.partnership.governance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.organisation.OrganisationId;

/**
 * A recorded meeting of a body. Families appear only as a number of family representatives
 * present, never as people.
 *
 * <p>Polish: <i>spotkanie (posiedzenie) organu partnerstwa</i>.
 */
@Value.Immutable
abstract class AbstractMeeting {

  /** The id. */
  public abstract MeetingId id();

  /** The body that met. */
  public abstract BodyId body();

  /** The kind of that body (kept so that rules need not look the body up). */
  public abstract BodyKind bodyKind();

  /** The day of the meeting. */
  public abstract LocalDate date();

  /** How long it lasted, more than zero. */
  public abstract Duration duration();

  /** Who chaired it. */
  public abstract PersonId chair();

  /** The organisation that hosted it. */
  public abstract OrganisationId host();

  /** The persons present. */
  public abstract List<PersonId> attendees();

  /** Whether the meeting was open to recipients and families ({@code GOV-OPEN-MEETING}). */
  public abstract boolean openToFamilies();

  /** How many representatives of supported families were present (a number, no people). */
  public abstract int familyRepresentativesPresent();

  /** A reference to the agenda document, where there is one. */
  public abstract Optional<String> agendaReference();

  /** A reference to the minutes, where there are any. */
  public abstract Optional<String> minutesReference();

  /** Who recorded the meeting. */
  public abstract ActingPerson recordedBy();

  /** When it was recorded. */
  public abstract Instant recordedAt();
}
