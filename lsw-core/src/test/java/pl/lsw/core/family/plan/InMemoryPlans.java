package pl.lsw.core.family.plan;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.kernel.VersionConflictException;

/** A simple in-memory repository of individual plans for the core's tests. */
public class InMemoryPlans implements IndividualPlanRepository {

  private final Map<PlanId, IndividualPlan> stored = new HashMap<>();

  @Override
  public synchronized IndividualPlan save(IndividualPlan plan) {
    IndividualPlan previous = stored.get(plan.id());
    long version = previous == null ? 0 : previous.version();
    if ((previous == null) != (plan.version() == 0) || version != plan.version()) {
      throw new VersionConflictException("IndividualPlan", plan.id().toString(), plan.version());
    }
    IndividualPlan saved = plan.withVersion(plan.version() + 1);
    stored.put(saved.id(), saved);
    return saved;
  }

  @Override
  public synchronized Optional<IndividualPlan> findById(PlanId id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public synchronized List<IndividualPlan> findByFamily(FamilyReference family) {
    return stored.values().stream().filter(p -> p.family().equals(family))
        .sorted(Comparator.comparing(IndividualPlan::preparedOn)
            .thenComparing(p -> p.id().toString())).toList();
  }
}
