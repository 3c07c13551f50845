package pl.lsw.core.partnership;

import java.util.Optional;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.organisation.OrganisationId;

/**
 * Where partnerships are kept: the whole aggregate (memberships, people, matters, bodies,
 * meetings, decisions) under one optimistic version. Implementations are thread-safe.
 *
 * <p>Polish: <i>repozytorium partnerstw</i>.
 *
 * <p>Listings are ordered by name, then by id (as text), and paged with a {@link PageRequest}.
 * Any failure of the store itself is a {@link pl.lsw.core.kernel.StoreException}, never an empty
 * result.
 */
public interface PartnershipRepository {

  /**
   * Stores a partnership: a new one (version 0) is inserted, an existing one (version n) is
   * replaced only when the stored version is still n. All of it is written, or nothing.
   *
   * @return the partnership as stored, with version n + 1 and otherwise equal to the argument
   * @throws pl.lsw.core.kernel.VersionConflictException when the stored version is not n (or, for
   *     version 0, when a partnership with that id exists); nothing is written
   * @throws pl.lsw.core.kernel.NoLongerStoredException when the version is above 0 but nothing is
   *     stored under that id (deleted meanwhile, or never stored): a retry will not help; nothing
   *     is written
   * @throws pl.lsw.core.kernel.StoreException when the store fails
   */
  Partnership save(Partnership partnership);

  /** The partnership with this id, or none. */
  Optional<Partnership> findById(PartnershipId id);

  /**
   * One page of the partnerships with at least one territory unit whose TERYT code starts with
   * the given digits (e.g. {@code "14"} a voivodeship, {@code "1465"} Warsaw, {@code "1465088"} a
   * district), ordered by name, then id. The empty prefix lists every partnership.
   *
   * @param terytPrefix 0 to 7 ASCII digits
   * @throws pl.lsw.core.kernel.InvalidInputException when the prefix is not 0 to 7 digits
   */
  Page<Partnership> findByTerytPrefix(String terytPrefix, PageRequest page);

  /**
   * One page of the partnerships in which the organisation has a membership that has not ended
   * (formal or informal, any role), ordered by name, then id.
   */
  Page<Partnership> findByMember(OrganisationId organisation, PageRequest page);

  /** How many partnerships are stored. */
  long count();
}
