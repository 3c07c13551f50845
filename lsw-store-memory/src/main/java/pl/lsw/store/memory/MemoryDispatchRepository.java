package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.information.Dispatch;
import pl.lsw.core.information.DispatchId;
import pl.lsw.core.information.DispatchRepository;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Dispatches in memory: one immutable persistent map by id in an {@link AtomicReference}. A
 * dispatch is recorded once: a save of a stored id is a {@link VersionConflictException} and
 * leaves the stored one as it was.
 */
final class MemoryDispatchRepository implements DispatchRepository {

  private final AtomicReference<Map<DispatchId, Dispatch>> state =
      new AtomicReference<>(HashMap.empty());

  @Override
  public Dispatch save(Dispatch dispatch) {
    Map<DispatchId, Dispatch> before;
    do {
      before = state.get();
      if (before.containsKey(dispatch.id())) {
        throw new VersionConflictException("Dispatch", dispatch.id().toString(), 0);
      }
    } while (!state.compareAndSet(before, before.put(dispatch.id(), dispatch)));
    return dispatch;
  }

  @Override
  public Optional<Dispatch> findById(DispatchId id) {
    return state.get().get(id).toJavaOptional();
  }

  @Override
  public List<Dispatch> findByPartnership(PartnershipId partnership, Instant from, Instant until) {
    return state.get().values().toJavaStream()
        .filter(d -> d.partnership().equals(partnership))
        .filter(d -> !d.sentAt().isBefore(from) && d.sentAt().isBefore(until))
        .sorted(Comparator.comparing(Dispatch::sentAt).thenComparing(d -> d.id().toString()))
        .toList();
  }
}
