package pl.lsw.core.partnership.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.organisation.OrganisationId;

/**
 * A decision as given by the caller to be recorded; the aggregate checks it (every problem at
 * once, a missing part included) and adds the id, the body, who recorded it and when. Made with
 * {@link #builder()}:
 *
 * <pre>{@code
 * DecisionProposal proposal = DecisionProposal.builder().meeting(meeting).date(day)
 *     .subject("budżet 2026").kind(DecisionKind.FINANCIAL).proposer(manager)
 *     .positions(List.of(MemberPosition.of(mayor, Position.ACCEPT))).binds(Set.of(district))
 *     .build();
 * }</pre>
 *
 * <p>Immutable. Polish: <i>projekt decyzji (z głosami członków)</i>.
 */
public final class DecisionProposal {

  private final MeetingId meeting;
  private final LocalDate date;
  private final String subject;
  private final DecisionKind kind;
  private final PersonId proposer;
  private final List<MemberPosition> positions;
  private final Set<OrganisationId> binds;

  private DecisionProposal(Builder b) {
    this.meeting = b.meeting;
    this.date = b.date;
    this.subject = b.subject;
    this.kind = b.kind;
    this.proposer = b.proposer;
    this.positions = Collections.unmodifiableList(new ArrayList<>(b.positions));
    this.binds = Collections.unmodifiableSet(new LinkedHashSet<>(b.binds));
  }

  /** @return a builder with nothing given yet */
  public static Builder builder() {
    return new Builder();
  }

  /** The Steering Committee meeting it was taken at, where given. */
  public Optional<MeetingId> meeting() {
    return Optional.ofNullable(meeting);
  }

  /** The day it was taken; required. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** What it is about; required. */
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  /** Its kind; required. */
  public Optional<DecisionKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** Who proposed it, a registered person; required. */
  public Optional<PersonId> proposer() {
    return Optional.ofNullable(proposer);
  }

  /** The position of every current member of the Steering Committee. */
  public List<MemberPosition> positions() {
    return positions;
  }

  /** The organisations it is to bind (none unless given); each needs a member with a mandate. */
  public Set<OrganisationId> binds() {
    return binds;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DecisionProposal)) {
      return false;
    }
    DecisionProposal d = (DecisionProposal) o;
    return Objects.equals(meeting, d.meeting) && Objects.equals(date, d.date)
        && Objects.equals(subject, d.subject) && kind == d.kind
        && Objects.equals(proposer, d.proposer) && positions.equals(d.positions)
        && binds.equals(d.binds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(meeting, date, subject, kind, proposer, positions, binds);
  }

  @Override
  public String toString() {
    return "DecisionProposal[" + date + ", " + subject + ", " + kind + "]";
  }

  /**
   * Collects the parts of a decision. A required part not set is missing and the recording
   * command reports it; the meeting is simply not set for a decision taken outside a meeting.
   * {@link #build()} never refuses.
   *
   * <p>Polish: <i>budowniczy projektu decyzji</i>.
   */
  public static final class Builder {

    private MeetingId meeting;
    private LocalDate date;
    private String subject;
    private DecisionKind kind;
    private PersonId proposer;
    private List<MemberPosition> positions = List.of();
    private Collection<OrganisationId> binds = List.of();

    private Builder() {}

    /** @param meeting the Steering Committee meeting it was taken at @return this builder */
    public Builder meeting(MeetingId meeting) {
      this.meeting = Objects.requireNonNull(meeting, "meeting");
      return this;
    }

    /** @param date the day it was taken @return this builder */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /** @param subject what it is about @return this builder */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /** @param kind its kind @return this builder */
    public Builder kind(DecisionKind kind) {
      this.kind = kind;
      return this;
    }

    /** @param proposer who proposed it @return this builder */
    public Builder proposer(PersonId proposer) {
      this.proposer = proposer;
      return this;
    }

    /** @param positions the members' positions, replacing those given before @return this builder */
    public Builder positions(List<MemberPosition> positions) {
      this.positions = new ArrayList<>(Objects.requireNonNull(positions, "positions"));
      return this;
    }

    /** @param binds the organisations to bind, replacing those given before @return this builder */
    public Builder binds(Collection<OrganisationId> binds) {
      this.binds = new ArrayList<>(Objects.requireNonNull(binds, "binds"));
      return this;
    }

    /** @return the proposal as given so far; never refuses (the recording command checks it) */
    public DecisionProposal build() {
      return new DecisionProposal(this);
    }
  }
}
