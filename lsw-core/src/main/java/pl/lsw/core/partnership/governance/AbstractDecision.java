package pl.lsw.core.partnership.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.organisation.OrganisationId;

/**
 * A recorded decision of the Steering Committee. A recorded decision never changes: no command
 * edits it; a correction is a new decision that {@link #supersedes()} it (whether a decision is
 * superseded is derived from the later decisions, see
 * {@code Partnership.isSuperseded(DecisionId)}).
 *
 * <p>Polish: <i>decyzja (uchwała) Komitetu Sterującego</i>.
 *
 * <p>The result ({@link #result()}) is computed from the positions, which cover every member of
 * the committee at the time of recording (a member who did not vote is recorded as abstaining):
 *
 * <ul>
 *   <li>a {@link DecisionKind#FINANCIAL financial} decision is accepted only when every member
 *       accepts; one abstention or objection leaves it not accepted ({@code
 *       GOV-FINANCIAL-CONSENSUS}; 001 §5.1.4 "akceptowanie decyzji przez wszystkich członków
 *       partnerstwa");
 *   <li>any other decision is taken by consensus (001 §3 "zasada konsensusu"): accepted when no
 *       member objects and at least one accepts; abstentions do not block it.
 * </ul>
 *
 * <p>It binds only the organisations in {@link #binds()}, each represented on the committee by a
 * member holding a mandate ({@code GOV-MANDATE}, 001 §5.1.1), and only when it is accepted.
 */
@Value.Immutable
abstract class AbstractDecision {

  /** The id. */
  public abstract DecisionId id();

  /** The deciding body (the Steering Committee). */
  public abstract BodyId body();

  /** The meeting it was taken at, if any. */
  public abstract Optional<MeetingId> meeting();

  /** The day it was taken. */
  public abstract LocalDate date();

  /** What it is about. */
  public abstract String subject();

  /** Its kind. */
  public abstract DecisionKind kind();

  /** Who proposed it. */
  public abstract PersonId proposer();

  /** Each member's position, in the order given. */
  public abstract List<MemberPosition> positions();

  /** The organisations it binds when accepted (only those represented by a member with a mandate). */
  public abstract Set<OrganisationId> binds();

  /** The decision this one corrects, if any. */
  public abstract Optional<DecisionId> supersedes();

  /** Who recorded it. */
  public abstract ActingPerson recordedBy();

  /** When it was recorded. */
  public abstract Instant recordedAt();

  /** The result computed from the positions; see the type's description. */
  @Value.Derived
  @Value.Auxiliary
  public DecisionResult result() {
    return resultOf(kind(), positions());
  }

  /** Whether the decision was accepted. */
  public boolean accepted() {
    return result() == DecisionResult.ACCEPTED;
  }

  /** The organisations actually bound: {@link #binds()} when accepted, none otherwise. */
  public Set<OrganisationId> boundOrganisations() {
    return accepted() ? binds() : Set.of();
  }

  /**
   * The result of a decision of the given kind with these positions.
   *
   * @param kind the kind
   * @param positions every member's position
   * @return ACCEPTED or NOT_ACCEPTED, see the type's description
   */
  public static DecisionResult resultOf(DecisionKind kind, List<MemberPosition> positions) {
    boolean anyAccept = positions.stream().anyMatch(p -> p.position() == Position.ACCEPT);
    boolean allAccept = positions.stream().allMatch(p -> p.position() == Position.ACCEPT);
    boolean anyObject = positions.stream().anyMatch(p -> p.position() == Position.OBJECT);
    boolean accepted = kind.needsEveryAcceptance() ? anyAccept && allAccept : anyAccept && !anyObject;
    return accepted ? DecisionResult.ACCEPTED : DecisionResult.NOT_ACCEPTED;
  }
}
