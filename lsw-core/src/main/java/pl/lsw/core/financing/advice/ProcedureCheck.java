package pl.lsw.core.financing.advice;

import pl.lsw.core.financing.FundingProcedure;
import pl.lsw.core.financing.smallgrant.GrantHistory;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.ReferenceData;
import pl.lsw.core.rules.RuleReport;

/**
 * How the {@link ProcedureAdvisor} judges one procedure; a new procedure is advised on by adding a
 * check for it ({@link ProcedureAdvisor#with}).
 *
 * <p>Polish: <i>sprawdzenie dopuszczalności jednego trybu</i>.
 */
public interface ProcedureCheck {

  /** The procedure judged. */
  FundingProcedure procedure();

  /**
   * Checks the task against the procedure's rules, with parameters valid on the question's date.
   *
   * @param question the task
   * @param history the organisation's and body's small grants and planned budgets
   * @param parameters the parameter values
   * @param referenceData reference data such as the working-day calendar
   */
  RuleReport check(ProcedureQuestion question, GrantHistory history, ParameterSet parameters,
      ReferenceData referenceData);
}
