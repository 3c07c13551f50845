package pl.lsw.core.family.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.family.FamilyReference;

/**
 * What is given to prepare an individual plan: the family, the kind, for a UCUS plan the day of
 * the application and the declared months of coordination, the day of preparation, the period
 * (both days inclusive) and the first items. Checked when the plan is prepared
 * ({@link IndividualPlan#prepare}).
 *
 * <p>Polish: <i>projekt planu indywidualnego (dane wejściowe)</i>.
 */
@Value.Immutable
abstract class AbstractPlanDraft {

  /** The family. */
  public abstract FamilyReference family();

  /** The kind of plan. */
  public abstract PlanKind kind();

  /** The day the family applied (for a UCUS plan). */
  public abstract Optional<LocalDate> appliedOn();

  /** The day the plan is prepared. */
  public abstract LocalDate preparedOn();

  /** The first day of the plan. */
  public abstract LocalDate periodFrom();

  /** The last day of the plan (inclusive). */
  public abstract LocalDate periodTo();

  /** For how many months the services must be coordinated, as declared (for a UCUS plan). */
  public abstract Optional<Integer> coordinationMonths();

  /** The first items, in order (numbered 1, 2, ...). */
  public abstract List<PlanItem> items();
}
