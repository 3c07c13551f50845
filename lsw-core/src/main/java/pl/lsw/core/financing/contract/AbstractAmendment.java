package pl.lsw.core.financing.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.lsw.core.financing.FinancingChecks;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import org.immutables.value.Value;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;

/**
 * An annex changing the contract: its number, the day it was signed, what it changes, and the
 * new budget, grant or task period where it changes them. A new budget becomes the base of later
 * cost shifts, and absorbs the shifts made before it.
 *
 * <p>Polish: <i>aneks do umowy</i>.
 */
@Value.Immutable
abstract class AbstractAmendment {

  /** The annex number, 1, 2, ... */
  public abstract int number();

  /** The day it was signed. */
  public abstract LocalDate signedOn();

  /** What it changes, in words. */
  public abstract String description();

  /** The new budget, if changed. */
  public abstract Optional<Budget> budget();

  /** The new grant amount, if changed. */
  public abstract Optional<Money> grantAmount();

  /** The new task period, if changed. */
  public abstract Optional<DateRange> taskPeriod();

  /** Refuses a description that holds a PESEL number. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    TextChecks.refusePesel(problems, "description", "AMENDMENT_DESCRIPTION",
        Label.of("Opis aneksu", "The annex's description"), description());
    FinancingChecks.throwIfAny(problems);
  }
}
