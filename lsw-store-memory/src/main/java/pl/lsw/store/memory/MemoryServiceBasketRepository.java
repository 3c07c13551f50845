package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.basket.ServiceBasket;
import pl.lsw.core.basket.ServiceBasketRepository;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The Local Service Baskets in memory: one immutable persistent map in an {@link
 * AtomicReference}; a save checks the version against the current snapshot and installs the next
 * one with compare-and-set, retrying when another save got in first (the retry then sees the
 * other save's version and refuses a stale one). A basket is an immutable value, so a reader
 * never sees half of a save.
 */
final class MemoryServiceBasketRepository implements ServiceBasketRepository {

  private static final String AGGREGATE = "ServiceBasket";

  private final AtomicReference<Map<PartnershipId, ServiceBasket>> state =
      new AtomicReference<>(HashMap.empty());

  @Override
  public ServiceBasket save(ServiceBasket basket) {
    ServiceBasket stored = basket.withVersion(basket.version() + 1);
    while (true) {
      Map<PartnershipId, ServiceBasket> current = state.get();
      Option<ServiceBasket> previous = current.get(basket.partnership());
      long storedVersion = previous.map(ServiceBasket::version).getOrElse(0L);
      if (previous.isEmpty() && basket.version() > 0) {
        throw new NoLongerStoredException(AGGREGATE, basket.partnership().toString(),
            basket.version());
      }
      if (previous.isDefined() == (basket.version() == 0) || storedVersion != basket.version()) {
        throw new VersionConflictException(AGGREGATE, basket.partnership().toString(),
            basket.version());
      }
      if (state.compareAndSet(current, current.put(stored.partnership(), stored))) {
        return stored;
      }
    }
  }

  @Override
  public Optional<ServiceBasket> find(PartnershipId partnership) {
    return state.get().get(partnership).toJavaOptional();
  }
}
