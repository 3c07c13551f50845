package pl.lsw.core.evaluation.record;

import java.util.Optional;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Where the evaluation of each partnership is kept: one {@link PartnershipEvaluation} per
 * partnership, under optimistic versions. Implementations are thread-safe; a save writes the
 * whole state or nothing.
 *
 * <p>Polish: <i>repozytorium ewaluacji partnerstw</i>.
 */
public interface PartnershipEvaluationRepository {

  /**
   * The evaluation of a partnership.
   *
   * @param partnership the partnership
   * @return the evaluation, or empty when none is stored yet
   */
  Optional<PartnershipEvaluation> find(PartnershipId partnership);

  /**
   * Stores the evaluation: a state of version 0 is inserted, any other replaces the stored state
   * of that version.
   *
   * @param evaluation the new state, with the version it was read at
   * @return the state as stored, with its new version (one more)
   * @throws VersionConflictException when the stored version is another (someone else saved
   *     meanwhile, or a state of version 0 is already stored); nothing is written
   * @throws NoLongerStoredException when the version is above 0 but nothing is stored under that id
   *     (deleted meanwhile, or never stored): a retry will not help; nothing is written
   */
  PartnershipEvaluation save(PartnershipEvaluation evaluation);
}
