package pl.lsw.core.financing.programme;

import pl.lsw.core.kernel.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.FinancingChecks;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;

/**
 * The yearly programme of cooperation with NGOs (UDPP art. 5a): the year, the council's adoption
 * day, what it states, whether it provides for cooperative problem solving, the funds planned for
 * NGO grants, and when the report on it was published. Checked by {@code FIN-PROGRAMME} ({@link
 * ProgrammeRules}).
 *
 * <p>Polish: <i>roczny program współpracy z organizacjami pozarządowymi</i>.
 */
@Value.Immutable
abstract class AbstractCooperationProgramme {

  /** The body whose programme it is (its council adopts it). */
  public abstract GrantingBody body();

  /** The year the programme covers. */
  public abstract int year();

  /** The day the council adopted it, once adopted. */
  public abstract Optional<LocalDate> adoptedOn();

  /** The items it states. */
  public abstract Set<ProgrammeContent> contents();

  /** Whether it provides for cooperative problem solving (then seed 000's two items are required). */
  @Value.Default
  public boolean coversCooperativeProblemSolving() {
    return false;
  }

  /** The funds planned for grants to NGOs in the year. */
  public abstract Money plannedGrantFunds();

  /** The day the report on the programme was published, once published. */
  public abstract Optional<LocalDate> reportPublishedOn();

  /** The planned grant funds as a budget of the body for the year. */
  public PlannedGrantBudget plannedBudget() {
    return new PlannedGrantBudget(body(), year(), plannedGrantFunds());
  }

  /** Checks the year and the planned funds. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    if (year() < 2000 || year() > 2200) {
      problems.add(ProgrammeProblems.PROBLEMS.problem("year", "YEAR_RANGE", "year", year()));
    }
    FinancingChecks.requireNonNegative(problems, "plannedGrantFunds", "PLANNED_GRANT_FUNDS", Label.of("Planowane środki", "The planned funds"),
        plannedGrantFunds());
    FinancingChecks.throwIfAny(problems);
  }
}
