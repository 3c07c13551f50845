package pl.lsw.core.family;

import java.util.List;
import java.util.Optional;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Where supported families are kept, one per {@link FamilyReference}. Implementations are
 * thread-safe; a failure of the store is a {@link pl.lsw.core.kernel.StoreException}, never an
 * empty result.
 *
 * <p>Polish: <i>repozytorium rodzin wspieranych</i>.
 */
public interface SupportedFamilyRepository {

  /**
   * Stores a family: a new one (version 0) is inserted, an existing one (version n) is replaced
   * when the stored version is n. All of it is written, or nothing.
   *
   * @param family the family
   * @return the family as stored, with version n + 1
   * @throws pl.lsw.core.kernel.VersionConflictException when the stored version is not n (or a
   *     new family's reference is already stored)
   * @throws pl.lsw.core.kernel.NoLongerStoredException when the version is above 0 but nothing is
   *     stored under that id (deleted meanwhile, or never stored): a retry will not help; nothing
   *     is written
   */
  SupportedFamily save(SupportedFamily family);

  /**
   * The family with this reference.
   *
   * @param reference the reference
   * @return the family, or empty
   */
  Optional<SupportedFamily> find(FamilyReference reference);

  /**
   * The families a partnership supports, ordered by reference.
   *
   * @param partnership the partnership
   * @return the families
   */
  List<SupportedFamily> findByPartnership(PartnershipId partnership);
}
