package pl.lsw.core.financing.competition;

import java.util.Optional;
import java.util.List;
import pl.lsw.core.financing.GrantingBody;

/**
 * Where competitions are kept, with everything they hold (announcement and publications,
 * committee, offers with their budgets, assessments, results, annulment, acts, cooperative
 * problem). Implementations are thread-safe; a failure of the store is a {@link
 * pl.lsw.core.kernel.StoreException}, never an empty result.
 *
 * <p>Polish: <i>repozytorium konkursów</i>.
 */
public interface CompetitionRepository {

  /**
   * Stores a competition: a new one (version 0) is inserted, an existing one (version n) replaced
   * only when the stored version is still n. All of it is written, or nothing.
   *
   * @return the competition as stored, with version n + 1
   * @throws pl.lsw.core.kernel.VersionConflictException when the stored version is not n (for
   *     version 0: when a competition with that id exists)
   * @throws pl.lsw.core.kernel.NoLongerStoredException when the version is above 0 but nothing is
   *     stored under that id (deleted meanwhile, or never stored): a retry will not help; nothing
   *     is written
   */
  Competition save(Competition competition);

  /** The competition with this id, or none. */
  Optional<Competition> findById(CompetitionId id);

  /**
   * The competitions of a body for a budget year ({@link Competition#budgetYear()}), ordered by
   * title, then id.
   */
  List<Competition> findByBodyAndYear(GrantingBody body, int budgetYear);
}
