package pl.lsw.core.information;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Where dispatches are kept. A dispatch is recorded once and never changed, so it has no version.
 * Implementations are thread-safe; a failure of the store is a {@link
 * pl.lsw.core.kernel.StoreException}, never an empty result.
 *
 * <p>Polish: <i>repozytorium wysyłek informacji</i>.
 */
public interface DispatchRepository {

  /**
   * Records a new dispatch with its item and every recipient's outcome; all of it is written, or
   * nothing.
   *
   * @return the dispatch as stored, equal to the argument
   * @throws pl.lsw.core.kernel.VersionConflictException when a dispatch with that id is already
   *     stored; nothing is written
   */
  Dispatch save(Dispatch dispatch);

  /** The dispatch with this id, or none. */
  Optional<Dispatch> findById(DispatchId id);

  /**
   * The dispatches of a partnership sent within a period, ordered by the instant of sending, then
   * by id (as text).
   *
   * @param partnership the partnership
   * @param from the first instant (inclusive)
   * @param until the end (exclusive)
   * @return the dispatches
   */
  List<Dispatch> findByPartnership(PartnershipId partnership, Instant from, Instant until);
}
