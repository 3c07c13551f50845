package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.governance.PersonId;

/**
 * A problem or matter raised by a partner for the partnership to address: who (organisation and
 * person), when, what, and its status with the history of changes [000: every partner has the
 * right to raise problems and matters].
 *
 * <p>Polish: <i>sprawa (problem) zgłoszona przez partnera</i>.
 *
 * <p>The history is never empty; its first entry is {@link MatterStatus#OPEN} at {@link
 * #raisedAt()}; the current status is the last entry's.
 */
@Value.Immutable
abstract class AbstractRaisedMatter {

  /** The longest subject accepted. */
  public static final int MAX_SUBJECT = 500;

  /** The longest description accepted. */
  public static final int MAX_DESCRIPTION = 5000;

  /** The id. */
  public abstract MatterId id();

  /** The organisation that raised it. */
  public abstract OrganisationId raisedBy();

  /** The person who raised it for that organisation. */
  public abstract PersonId raisedByPerson();

  /** When it was raised. */
  public abstract Instant raisedAt();

  /** What it is about, in short. */
  public abstract String subject();

  /** The fuller description (may be empty). */
  @Value.Default
  public String description() {
    return "";
  }

  /** The status history, oldest first. */
  public abstract List<MatterStatusChange> history();

  /** The current status: the last entry of the history. */
  public MatterStatus status() {
    return history().get(history().size() - 1).status();
  }

  @Value.Check
  protected void check() {
    if (history().isEmpty() || history().get(0).status() != MatterStatus.OPEN) {
      throw new InvalidInputException(List.of(
          PartnershipProblems.PROBLEMS.problem("history", "MATTER_HISTORY")));
    }
  }
}
