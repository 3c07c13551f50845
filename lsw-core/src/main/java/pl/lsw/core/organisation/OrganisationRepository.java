package pl.lsw.core.organisation;

import java.util.Optional;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.Regon;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;

/**
 * Where organisations are kept. Implementations are thread-safe and pass the contract suite
 * {@code pl.lsw.core.organisation.OrganisationRepositoryContract} of the core's test-jar.
 *
 * <p>Polish: <i>repozytorium organizacji</i>.
 *
 * <p>Listings are ordered by name, then by id (as text), and paged with a {@link PageRequest}.
 * The order of names is the store's collation: {@link String#compareTo} order in the memory
 * store, the database's collation in a database (identical for ASCII names in the usual
 * collations). Any failure of the store itself is a {@link StoreException}, never an empty result.
 */
public interface OrganisationRepository {

  /**
   * Stores an organisation: a new one (version 0) is inserted, an existing one (version n) is
   * replaced only when the stored version is still n. All of it is written, or nothing.
   *
   * @return the organisation as stored, with version n + 1
   * @throws VersionConflictException when the stored version is not n (or, for version 0, when an
   *     organisation with that id exists); nothing is written
   * @throws NoLongerStoredException when the version is above 0 but nothing is stored under that id
   *     (deleted meanwhile, or never stored): a retry will not help; nothing is written
   * @throws DuplicateKeyException when another organisation has the same NIP or REGON; nothing
   *     is written
   * @throws StoreException when the store fails
   */
  Organisation save(Organisation organisation);

  /** The organisation with this id, or none. */
  Optional<Organisation> findById(OrganisationId id);

  /** The organisation with this NIP, or none. */
  Optional<Organisation> findByNip(Nip nip);

  /** The organisation with this REGON (compared as written: 9 and 14 digits differ), or none. */
  Optional<Organisation> findByRegon(Regon regon);

  /** One page of the organisations of a sector, ordered by name, then id. */
  Page<Organisation> findBySector(Sector sector, PageRequest page);

  /** One page of the organisations working in a field, ordered by name, then id. */
  Page<Organisation> findByField(SocialServiceField field, PageRequest page);

  /**
   * One page of the organisations whose seat's TERYT code starts with the given digits (e.g.
   * {@code "32"} a voivodeship, {@code "3201"} a county, {@code "320103"} a commune with its town
   * and rural area), ordered by name, then id. The empty prefix lists every organisation.
   *
   * @param terytPrefix 0 to 7 ASCII digits
   * @throws pl.lsw.core.kernel.InvalidInputException when the prefix is not 0 to 7 digits
   */
  Page<Organisation> findBySeatTerytPrefix(String terytPrefix, PageRequest page);

  /** How many organisations are stored. */
  long count();
}
