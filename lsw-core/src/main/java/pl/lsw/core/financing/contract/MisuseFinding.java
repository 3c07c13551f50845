package pl.lsw.core.financing.contract;

import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.kernel.Money;

/**
 * The body's finding that part of the grant was misused, taken without basis or in excess (UFP
 * art. 252); the amount goes back within 15 days of the finding.
 *
 * <p>Polish: <i>stwierdzenie wykorzystania dotacji niezgodnie z przeznaczeniem</i>.
 *
 * @param foundOn the day of the finding
 * @param amount the amount to return
 * @param description what was found
 */
public record MisuseFinding(LocalDate foundOn, Money amount, String description) {

  /** Refuses nulls. */
  public MisuseFinding {
    Objects.requireNonNull(foundOn, "foundOn");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(description, "description");
  }
}
