package pl.lsw.core.financing.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.financing.FinancingChecks;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
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

  /**
   * Refuses nulls, and a description that holds a PESEL number ({@code
   * MISUSE_DESCRIPTION_PESEL}).
   */
  public MisuseFinding {
    Objects.requireNonNull(foundOn, "foundOn");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(description, "description");
    List<Problem> problems = new ArrayList<>();
    TextChecks.refusePesel(problems, "description", "MISUSE_DESCRIPTION",
        Label.of("Opis stwierdzenia", "The finding's description"), description);
    FinancingChecks.throwIfAny(problems);
  }
}
