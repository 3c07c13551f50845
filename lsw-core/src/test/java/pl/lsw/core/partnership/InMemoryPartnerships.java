package pl.lsw.core.partnership;

import java.util.Optional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;

/** A map with the optimistic version check, for the service's tests. */
public class InMemoryPartnerships implements PartnershipRepository {

  final Map<PartnershipId, Partnership> stored = new ConcurrentHashMap<>();
  int saves;

  @Override
  public synchronized Partnership save(Partnership partnership) {
    Partnership current = stored.get(partnership.id());
    long storedVersion = current == null ? 0 : current.version();
    if (storedVersion != partnership.version()) {
      throw new VersionConflictException("Partnership", partnership.id().toString(),
          partnership.version());
    }
    Partnership saved = partnership.withVersion(partnership.version() + 1);
    stored.put(saved.id(), saved);
    saves++;
    return saved;
  }

  @Override
  public Optional<Partnership> findById(PartnershipId id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public Page<Partnership> findByTerytPrefix(String terytPrefix, PageRequest page) {
    return page(p -> p.territory().stream().anyMatch(t -> t.hasPrefix(terytPrefix)), page);
  }

  @Override
  public Page<Partnership> findByMember(OrganisationId organisation, PageRequest page) {
    return page(p -> p.isActiveMember(organisation), page);
  }

  @Override
  public long count() {
    return stored.size();
  }

  private Page<Partnership> page(Predicate<Partnership> filter, PageRequest page) {
    List<Partnership> all = stored.values().stream().filter(filter)
        .sorted(Comparator.comparing(Partnership::name).thenComparing(p -> p.id().toString()))
        .toList();
    List<Partnership> items = all.stream().skip(page.offset()).limit(page.size()).toList();
    return new Page<>(items, page, all.size());
  }
}
