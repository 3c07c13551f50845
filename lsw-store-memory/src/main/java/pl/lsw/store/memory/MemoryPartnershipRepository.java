package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Optional;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Seat;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipRepository;

/**
 * The partnerships in memory. The whole state is one immutable persistent map in an
 * {@link AtomicReference}; a save checks the version against the current snapshot, computes the
 * next one and installs it with compare-and-set, retrying when another save got in first (the
 * retry sees the other save's version and so refuses a stale one). A partnership is an immutable
 * value, so a reader can never see half of a save.
 */
final class MemoryPartnershipRepository implements PartnershipRepository {

  private static final String AGGREGATE = "Partnership";

  /** Listing order: name, then id as text (the order documented in the port). */
  private static final Comparator<Partnership> ORDER =
      Comparator.comparing(Partnership::name).thenComparing(p -> p.id().toString());

  private final AtomicReference<Map<PartnershipId, Partnership>> state =
      new AtomicReference<>(HashMap.empty());

  @Override
  public Partnership save(Partnership partnership) {
    Partnership stored = partnership.withVersion(partnership.version() + 1);
    while (true) {
      Map<PartnershipId, Partnership> current = state.get();
      Option<Partnership> previous = current.get(partnership.id());
      long storedVersion = previous.map(Partnership::version).getOrElse(0L);
      if (previous.isEmpty() && partnership.version() > 0) {
        throw new NoLongerStoredException(AGGREGATE, partnership.id().toString(),
            partnership.version());
      }
      if (previous.isDefined() == (partnership.version() == 0)
          || storedVersion != partnership.version()) {
        throw new VersionConflictException(AGGREGATE, partnership.id().toString(),
            partnership.version());
      }
      if (state.compareAndSet(current, current.put(stored.id(), stored))) {
        return stored;
      }
    }
  }

  @Override
  public Optional<Partnership> findById(PartnershipId id) {
    return state.get().get(id).toJavaOptional();
  }

  @Override
  public Page<Partnership> findByTerytPrefix(String terytPrefix, PageRequest page) {
    String prefix = Seat.requireTerytPrefix(terytPrefix);
    return list(p -> p.territory().stream().anyMatch(unit -> unit.hasPrefix(prefix)), page);
  }

  @Override
  public Page<Partnership> findByMember(OrganisationId organisation, PageRequest page) {
    return list(p -> p.isActiveMember(organisation), page);
  }

  @Override
  public long count() {
    return state.get().size();
  }

  private Page<Partnership> list(Predicate<Partnership> filter, PageRequest page) {
    List<Partnership> all = state.get().values().toJavaStream()
        .filter(filter)
        .sorted(ORDER)
        .toList();
    int from = (int) Math.min(page.offset(), all.size());
    int to = Math.min(from + page.size(), all.size());
    return new Page<>(all.subList(from, to), page, all.size());
  }
}
