package pl.lsw.core.initiative;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/** A simple in-memory {@link InitiativeBaseRepository} for the core's own tests. */
public final class InMemoryInitiativeBases implements InitiativeBaseRepository {

  private final Map<PartnershipId, InitiativeBase> rows = new ConcurrentHashMap<>();

  @Override
  public Optional<InitiativeBase> find(PartnershipId partnership) {
    return Optional.ofNullable(rows.get(partnership));
  }

  @Override
  public synchronized InitiativeBase save(InitiativeBase base) {
    InitiativeBase stored = rows.get(base.partnership());
    if (stored == null && base.version() > 0) {
      throw new NoLongerStoredException("InitiativeBase", base.partnership().toString(), base.version());
    }
    if ((stored == null) != (base.version() == 0)
        || (stored != null && stored.version() != base.version())) {
      throw new VersionConflictException("InitiativeBase", base.partnership().toString(),
          base.version());
    }
    InitiativeBase next = base.withVersion(base.version() + 1);
    rows.put(base.partnership(), next);
    return next;
  }
}
