package pl.lsw.core.financing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;

/**
 * The amount a granting body planned in its budget for grants to non-governmental organisations
 * for public tasks in one budget year; the base of the small-grant budget share (UDPP art. 19a).
 * A body has at most one planned amount per year; storing another replaces it.
 *
 * <p>Polish: <i>wysokość dotacji planowanych w roku budżetowym na realizację zadań publicznych
 * przez organizacje pozarządowe</i>.
 *
 * @param body the granting body
 * @param year the budget year (equal to the calendar year)
 * @param amount the planned amount, not negative
 */
public record PlannedGrantBudget(GrantingBody body, int year, Money amount) {

  /**
   * Refuses nulls; refuses a year outside 2000–2999 and a negative amount with an {@link
   * InvalidInputException} listing both.
   */
  public PlannedGrantBudget {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(amount, "amount");
    List<Problem> problems = new ArrayList<>();
    if (year < 2000 || year > 2999) {
      problems.add(FinancingProblems.PROBLEMS.problem("", "PLANNED_BUDGET_YEAR", "year", year));
    }
    if (amount.isNegative()) {
      problems.add(FinancingProblems.PROBLEMS.problem("", "PLANNED_BUDGET_AMOUNT", "amount", amount));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
