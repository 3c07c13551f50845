package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.information.ContactBase;
import pl.lsw.core.information.ContactBaseRepository;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The contact bases in memory: one immutable persistent map by partnership in an {@link
 * AtomicReference}; a save compares the stored version and swaps the map atomically, so of two
 * saves of one version only the first succeeds.
 */
final class MemoryContactBaseRepository implements ContactBaseRepository {

  private final AtomicReference<Map<PartnershipId, ContactBase>> state =
      new AtomicReference<>(HashMap.empty());

  @Override
  public ContactBase save(ContactBase base) {
    ContactBase saved = base.withVersion(base.version() + 1);
    Map<PartnershipId, ContactBase> before;
    do {
      before = state.get();
      if (!before.containsKey(base.partnership()) && base.version() > 0) {
        throw new NoLongerStoredException("ContactBase", base.partnership().toString(),
            base.version());
      }
      long stored = before.get(base.partnership()).map(ContactBase::version).getOrElse(0L);
      if (stored != base.version()) {
        throw new VersionConflictException("ContactBase", base.partnership().toString(),
            base.version());
      }
    } while (!state.compareAndSet(before, before.put(base.partnership(), saved)));
    return saved;
  }

  @Override
  public Optional<ContactBase> findByPartnership(PartnershipId partnership) {
    return state.get().get(partnership).toJavaOptional();
  }
}
