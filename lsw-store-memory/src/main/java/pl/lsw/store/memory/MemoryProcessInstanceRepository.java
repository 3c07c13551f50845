package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.process.ProcessInstance;
import pl.lsw.core.process.ProcessInstanceId;
import pl.lsw.core.process.ProcessInstanceRepository;

/**
 * The process instances in memory: one immutable persistent map in an {@link AtomicReference},
 * replaced by compare-and-set after the version check against the same snapshot (see
 * {@link MemoryPartnershipRepository}).
 */
final class MemoryProcessInstanceRepository implements ProcessInstanceRepository {

  private static final String AGGREGATE = "ProcessInstance";

  /** Listing order: the day the instance started, then id as text (documented in the port). */
  private static final Comparator<ProcessInstance> ORDER =
      Comparator.comparing(ProcessInstance::startedOn).thenComparing(p -> p.id().toString());

  private final AtomicReference<Map<ProcessInstanceId, ProcessInstance>> state =
      new AtomicReference<>(HashMap.empty());

  @Override
  public ProcessInstance save(ProcessInstance instance) {
    ProcessInstance stored = instance.withVersion(instance.version() + 1);
    while (true) {
      Map<ProcessInstanceId, ProcessInstance> current = state.get();
      Option<ProcessInstance> previous = current.get(instance.id());
      long storedVersion = previous.map(ProcessInstance::version).getOrElse(0L);
      if (previous.isEmpty() && instance.version() > 0) {
        throw new NoLongerStoredException(AGGREGATE, instance.id().toString(), instance.version());
      }
      if (previous.isDefined() == (instance.version() == 0)
          || storedVersion != instance.version()) {
        throw new VersionConflictException(AGGREGATE, instance.id().toString(),
            instance.version());
      }
      if (state.compareAndSet(current, current.put(stored.id(), stored))) {
        return stored;
      }
    }
  }

  @Override
  public java.util.Optional<ProcessInstance> findById(ProcessInstanceId id) {
    return state.get().get(id).toJavaOptional();
  }

  @Override
  public java.util.List<ProcessInstance> findByPartnership(PartnershipId partnershipId) {
    return state.get().values()
        .filter(p -> p.partnershipId().equals(partnershipId))
        .toList()
        .sorted(ORDER)
        .toJavaList()
        .stream()
        .toList();
  }
}
