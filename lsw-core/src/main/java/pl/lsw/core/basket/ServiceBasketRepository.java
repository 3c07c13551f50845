package pl.lsw.core.basket;

import java.util.Optional;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Where the Local Service Baskets are kept: one per partnership, the whole aggregate (services
 * with their access conditions and contacts, agreements, history) under one optimistic version.
 * Implementations are thread-safe; a failure of the store is a {@link
 * pl.lsw.core.kernel.StoreException}, never an empty result.
 *
 * <p>Polish: <i>repozytorium Lokalnych Koszyków Usług</i>.
 */
public interface ServiceBasketRepository {

  /**
   * Stores a basket: a new one (version 0) is inserted, an existing one (version n) is replaced
   * only when the stored version is still n. All of it is written, or nothing.
   *
   * @param basket the basket
   * @return the basket as stored, with version n + 1 and otherwise equal to the argument
   * @throws pl.lsw.core.kernel.VersionConflictException when the stored version is not n (or, for
   *     version 0, when the partnership already has a basket); nothing is written
   * @throws pl.lsw.core.kernel.NoLongerStoredException when the version is above 0 but nothing is
   *     stored under that id (deleted meanwhile, or never stored): a retry will not help; nothing
   *     is written
   */
  ServiceBasket save(ServiceBasket basket);

  /**
   * The basket of a partnership.
   *
   * @param partnership the partnership's id
   * @return the basket, or empty when none is stored
   */
  Optional<ServiceBasket> find(PartnershipId partnership);
}
