package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.evaluation.record.PartnershipEvaluation;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepository;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The evaluations of partnerships in memory: one immutable persistent map in an {@link
 * AtomicReference}; a save checks the version against the current snapshot and installs the
 * next one with compare-and-set, so a reader never sees half of a save and a stale save is
 * refused.
 */
final class MemoryEvaluationRepository implements PartnershipEvaluationRepository {

  private static final String AGGREGATE = "PartnershipEvaluation";

  private final AtomicReference<Map<PartnershipId, PartnershipEvaluation>> state =
      new AtomicReference<>(HashMap.empty());

  @Override
  public Optional<PartnershipEvaluation> find(PartnershipId partnership) {
    return state.get().get(partnership).toJavaOptional();
  }

  @Override
  public PartnershipEvaluation save(PartnershipEvaluation evaluation) {
    PartnershipEvaluation stored = evaluation.withVersion(evaluation.version() + 1);
    while (true) {
      Map<PartnershipId, PartnershipEvaluation> current = state.get();
      Option<PartnershipEvaluation> previous = current.get(evaluation.partnership());
      long storedVersion = previous.map(PartnershipEvaluation::version).getOrElse(0L);
      if (previous.isEmpty() && evaluation.version() > 0) {
        throw new NoLongerStoredException(AGGREGATE, evaluation.partnership().toString(),
            evaluation.version());
      }
      if (previous.isDefined() == (evaluation.version() == 0)
          || storedVersion != evaluation.version()) {
        throw new VersionConflictException(AGGREGATE, evaluation.partnership().toString(),
            evaluation.version());
      }
      if (state.compareAndSet(current, current.put(stored.partnership(), stored))) {
        return stored;
      }
    }
  }
}
