package pl.lsw.core.family.plan;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.kernel.DomainEvent;

/**
 * An individual plan was prepared or changed: which plan, whose (the pseudonymous family
 * reference), what kind of change ({@code PLAN_PREPARED}, {@code PLAN_ITEM_ADDED} ... as in its
 * revision) and when.
 *
 * <p>Polish: <i>zmieniono plan indywidualny</i>.
 *
 * @param plan the plan
 * @param family the family
 * @param change the kind of change
 * @param occurredAt when
 */
public record IndividualPlanChanged(PlanId plan, FamilyReference family, String change,
    Instant occurredAt) implements DomainEvent {

  /** Refuses nulls. */
  public IndividualPlanChanged {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The plan's id. */
  @Override
  public String aggregateId() {
    return plan.toString();
  }
}
