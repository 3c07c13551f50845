package pl.lsw.core.basket;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/** A map with the optimistic version check, for the core's tests. */
public class InMemoryServiceBaskets implements ServiceBasketRepository {

  final Map<PartnershipId, ServiceBasket> stored = new ConcurrentHashMap<>();
  int saves;

  @Override
  public synchronized ServiceBasket save(ServiceBasket basket) {
    ServiceBasket current = stored.get(basket.partnership());
    if ((current == null) != (basket.version() == 0)
        || (current != null && current.version() != basket.version())) {
      throw new VersionConflictException("ServiceBasket", basket.partnership().toString(),
          basket.version());
    }
    ServiceBasket saved = basket.withVersion(basket.version() + 1);
    stored.put(saved.partnership(), saved);
    saves++;
    return saved;
  }

  @Override
  public Optional<ServiceBasket> find(PartnershipId partnership) {
    return Optional.ofNullable(stored.get(partnership));
  }
}
