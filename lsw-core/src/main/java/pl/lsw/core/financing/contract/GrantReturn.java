package pl.lsw.core.financing.contract;

import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.kernel.Money;

/**
 * Money paid back to the body.
 *
 * <p>Polish: <i>zwrot dotacji</i>.
 *
 * @param kind unused or misused part
 * @param amount the amount paid back
 * @param paidOn the day it reached the body's account
 */
public record GrantReturn(ReturnKind kind, Money amount, LocalDate paidOn) {

  /** Refuses nulls. */
  public GrantReturn {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paidOn, "paidOn");
  }
}
