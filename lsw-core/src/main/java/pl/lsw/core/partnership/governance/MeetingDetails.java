package pl.lsw.core.partnership.governance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.organisation.OrganisationId;

/**
 * What is recorded of a meeting, as given by the caller; the aggregate checks it (every problem
 * at once, a missing part included) and adds the id, the body's kind, who recorded it and when.
 * Made with {@link #builder()}:
 *
 * <pre>{@code
 * MeetingDetails details = MeetingDetails.builder().body(committee).date(day)
 *     .duration(Duration.ofHours(2)).chair(mayor).host(district).attendees(List.of(mayor, ngoHead))
 *     .minutesReference("protokół 1/2026").build();
 * }</pre>
 *
 * <p>Immutable. Polish: <i>dane spotkania</i>.
 */
public final class MeetingDetails {

  private final BodyId body;
  private final LocalDate date;
  private final Duration duration;
  private final PersonId chair;
  private final OrganisationId host;
  private final List<PersonId> attendees;
  private final boolean openToFamilies;
  private final int familyRepresentativesPresent;
  private final String agendaReference;
  private final String minutesReference;

  private MeetingDetails(Builder b) {
    this.body = b.body;
    this.date = b.date;
    this.duration = b.duration;
    this.chair = b.chair;
    this.host = b.host;
    this.attendees = java.util.Collections.unmodifiableList(new ArrayList<>(b.attendees));
    this.openToFamilies = b.openToFamilies;
    this.familyRepresentativesPresent = b.familyRepresentativesPresent;
    this.agendaReference = b.agendaReference;
    this.minutesReference = b.minutesReference;
  }

  /** @return a builder with nothing given yet */
  public static Builder builder() {
    return new Builder();
  }

  /** The body that met; required. */
  public Optional<BodyId> body() {
    return Optional.ofNullable(body);
  }

  /** The day; required. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** How long, more than zero; required. */
  public Optional<Duration> duration() {
    return Optional.ofNullable(duration);
  }

  /** Who chaired it, a registered person; required. */
  public Optional<PersonId> chair() {
    return Optional.ofNullable(chair);
  }

  /** The hosting organisation, a member on the day; required. */
  public Optional<OrganisationId> host() {
    return Optional.ofNullable(host);
  }

  /** The persons present, registered persons (none unless given). */
  public List<PersonId> attendees() {
    return attendees;
  }

  /** Whether open to recipients and families (false unless given). */
  public boolean openToFamilies() {
    return openToFamilies;
  }

  /** How many family representatives were present: 0 or more, more than 0 only for an open meeting. */
  public int familyRepresentativesPresent() {
    return familyRepresentativesPresent;
  }

  /** The agenda reference, where given. */
  public Optional<String> agendaReference() {
    return Optional.ofNullable(agendaReference);
  }

  /** The minutes reference, where given. */
  public Optional<String> minutesReference() {
    return Optional.ofNullable(minutesReference);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MeetingDetails)) {
      return false;
    }
    MeetingDetails m = (MeetingDetails) o;
    return Objects.equals(body, m.body) && Objects.equals(date, m.date)
        && Objects.equals(duration, m.duration) && Objects.equals(chair, m.chair)
        && Objects.equals(host, m.host) && attendees.equals(m.attendees)
        && openToFamilies == m.openToFamilies
        && familyRepresentativesPresent == m.familyRepresentativesPresent
        && Objects.equals(agendaReference, m.agendaReference)
        && Objects.equals(minutesReference, m.minutesReference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(body, date, duration, chair, host, attendees, openToFamilies,
        familyRepresentativesPresent, agendaReference, minutesReference);
  }

  @Override
  public String toString() {
    return "MeetingDetails[" + date + ", " + duration + ", " + attendees.size() + " present]";
  }

  /**
   * Collects the parts of a meeting. A required part not set is missing and the recording command
   * reports it; optional parts (references, families) are simply not set. {@link #build()} never
   * refuses.
   *
   * <p>Polish: <i>budowniczy danych spotkania</i>.
   */
  public static final class Builder {

    private BodyId body;
    private LocalDate date;
    private Duration duration;
    private PersonId chair;
    private OrganisationId host;
    private List<PersonId> attendees = List.of();
    private boolean openToFamilies;
    private int familyRepresentativesPresent;
    private String agendaReference;
    private String minutesReference;

    private Builder() {}

    /** @param body the body that met @return this builder */
    public Builder body(BodyId body) {
      this.body = body;
      return this;
    }

    /** @param date the day @return this builder */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /** @param duration how long @return this builder */
    public Builder duration(Duration duration) {
      this.duration = duration;
      return this;
    }

    /** @param chair who chaired it @return this builder */
    public Builder chair(PersonId chair) {
      this.chair = chair;
      return this;
    }

    /** @param host the hosting organisation @return this builder */
    public Builder host(OrganisationId host) {
      this.host = host;
      return this;
    }

    /** @param attendees the persons present, replacing those given before @return this builder */
    public Builder attendees(List<PersonId> attendees) {
      this.attendees = new ArrayList<>(Objects.requireNonNull(attendees, "attendees"));
      return this;
    }

    /** @param openToFamilies whether open to recipients and families @return this builder */
    public Builder openToFamilies(boolean openToFamilies) {
      this.openToFamilies = openToFamilies;
      return this;
    }

    /** @param count how many family representatives were present @return this builder */
    public Builder familyRepresentativesPresent(int count) {
      this.familyRepresentativesPresent = count;
      return this;
    }

    /** @param reference the agenda reference @return this builder */
    public Builder agendaReference(String reference) {
      this.agendaReference = Objects.requireNonNull(reference, "reference");
      return this;
    }

    /** @param reference the minutes reference @return this builder */
    public Builder minutesReference(String reference) {
      this.minutesReference = Objects.requireNonNull(reference, "reference");
      return this;
    }

    /** @return the meeting as given so far; never refuses (the recording command checks it) */
    public MeetingDetails build() {
      return new MeetingDetails(this);
    }
  }
}
