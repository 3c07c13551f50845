package pl.lsw.core.evaluation.record;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/** A simple in-memory {@link PartnershipEvaluationRepository} for the core's own tests. */
public final class InMemoryEvaluations implements PartnershipEvaluationRepository {

  private final Map<PartnershipId, PartnershipEvaluation> rows = new ConcurrentHashMap<>();

  @Override
  public Optional<PartnershipEvaluation> find(PartnershipId partnership) {
    return Optional.ofNullable(rows.get(partnership));
  }

  @Override
  public synchronized PartnershipEvaluation save(PartnershipEvaluation evaluation) {
    PartnershipEvaluation stored = rows.get(evaluation.partnership());
    if (stored == null && evaluation.version() > 0) {
      throw new NoLongerStoredException("PartnershipEvaluation", evaluation.partnership().toString(), evaluation.version());
    }
    if ((stored == null) != (evaluation.version() == 0)
        || (stored != null && stored.version() != evaluation.version())) {
      throw new VersionConflictException("PartnershipEvaluation",
          evaluation.partnership().toString(), evaluation.version());
    }
    PartnershipEvaluation next = evaluation.withVersion(evaluation.version() + 1);
    rows.put(evaluation.partnership(), next);
    return next;
  }
}
