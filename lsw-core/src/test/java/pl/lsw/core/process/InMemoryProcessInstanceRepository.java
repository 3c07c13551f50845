package pl.lsw.core.process;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/** A fake repository for the core's own tests, held to the same contract as the real stores. */
public final class InMemoryProcessInstanceRepository implements ProcessInstanceRepository {

  private final Map<ProcessInstanceId, ProcessInstance> stored = new LinkedHashMap<>();
  private int saves;

  @Override
  public synchronized ProcessInstance save(ProcessInstance instance) {
    ProcessInstance current = stored.get(instance.id());
    long currentVersion = current == null ? 0L : current.version();
    if (current == null && instance.version() > 0) {
      throw new NoLongerStoredException("ProcessInstance", instance.id().toString(), instance.version());
    }
    if (currentVersion != instance.version()) {
      throw new VersionConflictException("ProcessInstance", instance.id().toString(), instance.version());
    }
    ProcessInstance saved = instance.withVersion(instance.version() + 1);
    stored.put(saved.id(), saved);
    saves++;
    return saved;
  }

  @Override
  public synchronized Optional<ProcessInstance> findById(ProcessInstanceId id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public synchronized List<ProcessInstance> findByPartnership(PartnershipId partnershipId) {
    return stored.values().stream()
        .filter(p -> p.partnershipId().equals(partnershipId))
        .sorted(Comparator.comparing(ProcessInstance::startedOn).thenComparing(p -> p.id().toString()))
        .toList();
  }

  /** How many saves succeeded. */
  synchronized int saves() {
    return saves;
  }
}
