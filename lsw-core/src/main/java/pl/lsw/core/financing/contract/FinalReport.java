package pl.lsw.core.financing.contract;

import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.kernel.Money;

/**
 * The final report (UDPP art. 18 ust. 1): when it was submitted and how much of the grant was
 * spent.
 *
 * <p>Polish: <i>sprawozdanie końcowe</i>.
 *
 * @param submittedOn the day of submission
 * @param grantSpent the part of the grant spent, not negative
 */
public record FinalReport(LocalDate submittedOn, Money grantSpent) {

  /** Refuses nulls. */
  public FinalReport {
    Objects.requireNonNull(submittedOn, "submittedOn");
    Objects.requireNonNull(grantSpent, "grantSpent");
  }
}
