package pl.lsw.core.financing.competition;

import pl.lsw.core.financing.PublicationPlace;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;

/**
 * A competition announcement: which of the seven required items it states (UDPP art. 13 ust. 2),
 * the public funds allocated, the offer deadline, and where and when it was published (ust. 3).
 * Missing items and places are reported by {@code FIN-COMPETITION-ANNOUNCEMENT}, not refused here.
 *
 * <p>Polish: <i>ogłoszenie o otwartym konkursie ofert</i>.
 */
@Value.Immutable
abstract class AbstractAnnouncement {

  /** The required items the announcement states. */
  public abstract Set<AnnouncementItem> contents();

  /** The public funds allocated to the task. */
  public abstract Money allocatedFunds();

  /** The last day offers may be filed. */
  public abstract LocalDate offerDeadline();

  /** The day of publication in each place it was published in; empty before publication. */
  public abstract Map<PublicationPlace, LocalDate> publications();

  /** The day of the last publication, from which the offer period is counted (art. 13 ust. 1). */
  public Optional<LocalDate> lastPublication() {
    return publications().values().stream().max(LocalDate::compareTo);
  }

  /** Refuses negative allocated funds. */
  @Value.Check
  protected void check() {
    if (allocatedFunds().isNegative()) {
      throw new InvalidInputException(List.of(CompetitionProblems.PROBLEMS.problem(
          "allocatedFunds", "ALLOCATED_FUNDS_NEGATIVE", "funds", allocatedFunds())));
    }
  }
}
