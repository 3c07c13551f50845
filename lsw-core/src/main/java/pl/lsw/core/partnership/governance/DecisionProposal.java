package pl.lsw.core.partnership.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import pl.lsw.core.organisation.OrganisationId;

/**
 * A decision as given by the caller to be recorded; the aggregate checks it (every problem at
 * once) and adds the id, the body, who recorded it and when.
 *
 * <p>Polish: <i>projekt decyzji (z głosami członków)</i>.
 *
 * @param meeting the Steering Committee meeting it was taken at, or null
 * @param date the day it was taken
 * @param subject what it is about
 * @param kind its kind
 * @param proposer who proposed it, a registered person
 * @param positions the position of every current member of the Steering Committee
 * @param binds the organisations it is to bind; each needs a member with a mandate
 */
public record DecisionProposal(
    MeetingId meeting,
    LocalDate date,
    String subject,
    DecisionKind kind,
    PersonId proposer,
    List<MemberPosition> positions,
    Set<OrganisationId> binds) {

  /** Copies the collections (null is read as empty). */
  public DecisionProposal {
    positions = positions == null ? List.of() : List.copyOf(positions);
    binds = binds == null ? Set.of() : Set.copyOf(binds);
  }
}
