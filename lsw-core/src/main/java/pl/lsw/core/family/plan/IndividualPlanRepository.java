package pl.lsw.core.family.plan;

import java.util.List;
import java.util.Optional;
import pl.lsw.core.family.FamilyReference;

/**
 * Where individual plans are kept: the whole plan (items, reviews, history of revisions).
 * Implementations are thread-safe; a failure of the store is a {@link
 * pl.lsw.core.kernel.StoreException}, never an empty result.
 *
 * <p>Polish: <i>repozytorium planów indywidualnych</i>.
 */
public interface IndividualPlanRepository {

  /**
   * Stores a plan: a new one (version 0) is inserted, an existing one (version n) is replaced
   * when the stored version is n. All of it is written, or nothing.
   *
   * @param plan the plan
   * @return the plan as stored, with version n + 1
   * @throws pl.lsw.core.kernel.VersionConflictException when the stored version is not n (or a
   *     new plan's id is already stored)
   * @throws pl.lsw.core.kernel.NoLongerStoredException when the version is above 0 but nothing is
   *     stored under that id (deleted meanwhile, or never stored): a retry will not help; nothing
   *     is written
   */
  IndividualPlan save(IndividualPlan plan);

  /**
   * The plan with this id.
   *
   * @param id the id
   * @return the plan, or empty
   */
  Optional<IndividualPlan> findById(PlanId id);

  /**
   * The plans of a family, ordered by the day of preparation, then by id as text.
   *
   * @param family the family
   * @return the plans
   */
  List<IndividualPlan> findByFamily(FamilyReference family);
}
