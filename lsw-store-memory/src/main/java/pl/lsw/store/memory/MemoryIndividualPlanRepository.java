package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.family.plan.IndividualPlan;
import pl.lsw.core.family.plan.IndividualPlanRepository;
import pl.lsw.core.family.plan.PlanId;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;

/**
 * The individual plans in memory (with their items, reviews and revisions): one immutable
 * persistent map in an {@link AtomicReference}, replaced by compare-and-set after the version
 * check against the same snapshot.
 */
final class MemoryIndividualPlanRepository implements IndividualPlanRepository {

  private static final String AGGREGATE = "IndividualPlan";

  /** Listing order: day of preparation, then id as text (documented in the port). */
  private static final Comparator<IndividualPlan> ORDER =
      Comparator.comparing(IndividualPlan::preparedOn).thenComparing(p -> p.id().toString());

  private final AtomicReference<Map<PlanId, IndividualPlan>> state =
      new AtomicReference<>(HashMap.empty());

  @Override
  public IndividualPlan save(IndividualPlan plan) {
    IndividualPlan stored = plan.withVersion(plan.version() + 1);
    while (true) {
      Map<PlanId, IndividualPlan> current = state.get();
      Option<IndividualPlan> previous = current.get(plan.id());
      long storedVersion = previous.map(IndividualPlan::version).getOrElse(0L);
      if (previous.isEmpty() && plan.version() > 0) {
        throw new NoLongerStoredException(AGGREGATE, plan.id().toString(), plan.version());
      }
      if (previous.isDefined() == (plan.version() == 0) || storedVersion != plan.version()) {
        throw new VersionConflictException(AGGREGATE, plan.id().toString(), plan.version());
      }
      if (state.compareAndSet(current, current.put(stored.id(), stored))) {
        return stored;
      }
    }
  }

  @Override
  public Optional<IndividualPlan> findById(PlanId id) {
    return state.get().get(id).toJavaOptional();
  }

  @Override
  public List<IndividualPlan> findByFamily(FamilyReference family) {
    return state.get().values().toJavaStream()
        .filter(p -> p.family().equals(family))
        .sorted(ORDER)
        .toList();
  }
}
