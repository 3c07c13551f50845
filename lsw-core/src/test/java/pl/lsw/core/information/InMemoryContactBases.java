package pl.lsw.core.information;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/** Contact bases in a map with the optimistic version check, for the core's tests. */
public class InMemoryContactBases implements ContactBaseRepository {

  final Map<PartnershipId, ContactBase> stored = new ConcurrentHashMap<>();

  @Override
  public synchronized ContactBase save(ContactBase base) {
    ContactBase current = stored.get(base.partnership());
    long version = current == null ? 0 : current.version();
    if (current == null && base.version() > 0) {
      throw new NoLongerStoredException("ContactBase", base.partnership().toString(), base.version());
    }
    if (version != base.version()) {
      throw new VersionConflictException("ContactBase", base.partnership().toString(), base.version());
    }
    ContactBase saved = base.withVersion(base.version() + 1);
    stored.put(saved.partnership(), saved);
    return saved;
  }

  @Override
  public Optional<ContactBase> findByPartnership(PartnershipId partnership) {
    return Optional.ofNullable(stored.get(partnership));
  }
}
