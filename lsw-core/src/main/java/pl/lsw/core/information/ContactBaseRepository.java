package pl.lsw.core.information;

import java.util.Optional;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Where the partnerships' contact bases of key external partners are kept, each with its history
 * of changes, under one optimistic version. Implementations are thread-safe; a failure of the
 * store is a {@link pl.lsw.core.kernel.StoreException}, never an empty result.
 *
 * <p>Polish: <i>repozytorium baz kontaktów zewnętrznych</i>.
 */
public interface ContactBaseRepository {

  /**
   * Stores a contact base: a new one (version 0) is inserted, an existing one (version n) is
   * replaced only when the stored version is still n. All of it is written, or nothing.
   *
   * @return the contact base as stored, with version n + 1
   * @throws pl.lsw.core.kernel.VersionConflictException when the stored version is not n (for
   *     version 0: when one is stored for the partnership); nothing is written
   * @throws pl.lsw.core.kernel.NoLongerStoredException when the version is above 0 but nothing is
   *     stored under that id (deleted meanwhile, or never stored): a retry will not help; nothing
   *     is written
   */
  ContactBase save(ContactBase base);

  /** The contact base of the partnership, or none when none was ever stored. */
  Optional<ContactBase> findByPartnership(PartnershipId partnership);
}
