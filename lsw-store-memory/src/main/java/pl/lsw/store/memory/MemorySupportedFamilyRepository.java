package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.family.SupportedFamily;
import pl.lsw.core.family.SupportedFamilyRepository;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The supported families in memory: one immutable persistent map in an {@link AtomicReference},
 * replaced by compare-and-set after the version check against the same snapshot.
 */
final class MemorySupportedFamilyRepository implements SupportedFamilyRepository {

  private static final String AGGREGATE = "SupportedFamily";

  private final AtomicReference<Map<FamilyReference, SupportedFamily>> state =
      new AtomicReference<>(HashMap.empty());

  @Override
  public SupportedFamily save(SupportedFamily family) {
    SupportedFamily stored = family.withVersion(family.version() + 1);
    while (true) {
      Map<FamilyReference, SupportedFamily> current = state.get();
      Option<SupportedFamily> previous = current.get(family.reference());
      long storedVersion = previous.map(SupportedFamily::version).getOrElse(0L);
      if (previous.isEmpty() && family.version() > 0) {
        throw new NoLongerStoredException(AGGREGATE, family.reference().value(), family.version());
      }
      if (previous.isDefined() == (family.version() == 0) || storedVersion != family.version()) {
        throw new VersionConflictException(AGGREGATE, family.reference().value(), family.version());
      }
      if (state.compareAndSet(current, current.put(stored.reference(), stored))) {
        return stored;
      }
    }
  }

  @Override
  public Optional<SupportedFamily> find(FamilyReference reference) {
    return state.get().get(reference).toJavaOptional();
  }

  @Override
  public List<SupportedFamily> findByPartnership(PartnershipId partnership) {
    return state.get().values().toJavaStream()
        .filter(f -> f.partnership().equals(partnership))
        .sorted(Comparator.comparing(SupportedFamily::reference))
        .toList();
  }
}
