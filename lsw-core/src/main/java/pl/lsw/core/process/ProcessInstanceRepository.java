package pl.lsw.core.process;

import java.util.List;
import java.util.Optional;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Where process instances are kept. Implementations are thread-safe. A stored instance is
 * rebuilt exactly as saved (every iteration, completion and standing-task activity, in order).
 *
 * <p>Polish: <i>repozytorium przebiegów procesów</i>.
 *
 * <p>Any failure of the store itself is a {@link StoreException}, never an empty result.
 */
public interface ProcessInstanceRepository {

  /**
   * Stores a process instance: a new one (version 0) is inserted, an existing one (version n) is
   * replaced only when the stored version is still n. All of it is written, or nothing.
   *
   * @param instance the instance to store
   * @return the instance as stored, with version n + 1
   * @throws VersionConflictException when the stored version is not n (or, for version 0, when an
   *     instance with that id exists); nothing is written
   * @throws NoLongerStoredException when the version is above 0 but nothing is stored under that id
   *     (deleted meanwhile, or never stored): a retry will not help; nothing is written
   * @throws StoreException when the store fails
   */
  ProcessInstance save(ProcessInstance instance);

  /**
   * The process instance with this id.
   *
   * @param id the id
   * @return the instance, or empty when none is stored
   */
  Optional<ProcessInstance> findById(ProcessInstanceId id);

  /**
   * The process instances of a partnership, ordered by the day they started, then by id (as
   * text).
   *
   * @param partnershipId the partnership
   * @return the instances (unmodifiable); empty when it has none
   */
  List<ProcessInstance> findByPartnership(PartnershipId partnershipId);
}
