package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.initiative.InitiativeBase;
import pl.lsw.core.initiative.InitiativeBaseRepository;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The co-informing bases in memory: one immutable persistent map in an {@link AtomicReference};
 * a save checks the version against the current snapshot and installs the next one with
 * compare-and-set, so a reader never sees half of a save and a stale save is refused.
 */
final class MemoryInitiativeBaseRepository implements InitiativeBaseRepository {

  private static final String AGGREGATE = "InitiativeBase";

  private final AtomicReference<Map<PartnershipId, InitiativeBase>> state =
      new AtomicReference<>(HashMap.empty());

  @Override
  public Optional<InitiativeBase> find(PartnershipId partnership) {
    return state.get().get(partnership).toJavaOptional();
  }

  @Override
  public InitiativeBase save(InitiativeBase base) {
    InitiativeBase stored = base.withVersion(base.version() + 1);
    while (true) {
      Map<PartnershipId, InitiativeBase> current = state.get();
      Option<InitiativeBase> previous = current.get(base.partnership());
      long storedVersion = previous.map(InitiativeBase::version).getOrElse(0L);
      if (previous.isEmpty() && base.version() > 0) {
        throw new NoLongerStoredException(AGGREGATE, base.partnership().toString(), base.version());
      }
      if (previous.isDefined() == (base.version() == 0) || storedVersion != base.version()) {
        throw new VersionConflictException(AGGREGATE, base.partnership().toString(),
            base.version());
      }
      if (state.compareAndSet(current, current.put(stored.partnership(), stored))) {
        return stored;
      }
    }
  }
}
