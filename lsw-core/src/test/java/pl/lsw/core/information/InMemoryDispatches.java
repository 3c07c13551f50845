package pl.lsw.core.information;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/** Dispatches in a map, for the core's tests. */
public class InMemoryDispatches implements DispatchRepository {

  final Map<DispatchId, Dispatch> stored = new ConcurrentHashMap<>();

  @Override
  public synchronized Dispatch save(Dispatch dispatch) {
    if (stored.containsKey(dispatch.id())) {
      throw new VersionConflictException("Dispatch", dispatch.id().toString(), 0);
    }
    stored.put(dispatch.id(), dispatch);
    return dispatch;
  }

  @Override
  public Optional<Dispatch> findById(DispatchId id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public List<Dispatch> findByPartnership(PartnershipId partnership, Instant from, Instant until) {
    return stored.values().stream().filter(d -> d.partnership().equals(partnership))
        .filter(d -> !d.sentAt().isBefore(from) && d.sentAt().isBefore(until))
        .sorted(Comparator.comparing(Dispatch::sentAt).thenComparing(d -> d.id().toString()))
        .toList();
  }
}
