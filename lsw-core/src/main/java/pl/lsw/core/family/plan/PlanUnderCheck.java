package pl.lsw.core.family.plan;

import java.util.Map;
import java.util.Objects;
import pl.lsw.core.family.SupportedFamily;
import pl.lsw.core.initiative.AccessConditions;

/**
 * What the plan rules check: a plan, its family, and the access conditions known of the sources
 * of its items (a source without known conditions is not checked by {@code PLAN-ACCESS}).
 *
 * <p>Polish: <i>plan poddawany sprawdzeniu</i>.
 *
 * @param plan the plan
 * @param family the family it is for
 * @param conditions the known access conditions by source; copied
 */
public record PlanUnderCheck(IndividualPlan plan, SupportedFamily family,
    Map<PlanSource, AccessConditions> conditions) {

  /** Refuses nulls and copies the conditions. */
  public PlanUnderCheck {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(family, "family");
    conditions = Map.copyOf(conditions);
  }
}
