package pl.lsw.core.financing.contract;

import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.kernel.Money;

/**
 * Money moved from one cost item of the contract's budget to another without an annex.
 *
 * <p>Polish: <i>przesunięcie między pozycjami kosztorysu</i>.
 *
 * @param fromItem the index of the item the money leaves, in {@link Contract#budget()}
 * @param toItem the index of the item it goes to
 * @param amount the amount moved, positive
 * @param on the day of the shift
 */
public record CostShift(int fromItem, int toItem, Money amount, LocalDate on) {

  /** Refuses nulls. */
  public CostShift {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(on, "on");
  }

  /** Shorthand. */
  public static CostShift of(int fromItem, int toItem, Money amount, LocalDate on) {
    return new CostShift(fromItem, toItem, amount, on);
  }
}
