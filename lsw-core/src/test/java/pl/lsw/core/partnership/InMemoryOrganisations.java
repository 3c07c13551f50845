package pl.lsw.core.partnership;

import java.util.Optional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.Regon;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.organisation.OrganisationRepository;

/** A plain map of organisations (no version or key checks), for the service's tests. */
public final class InMemoryOrganisations implements OrganisationRepository {

  private final Map<OrganisationId, Organisation> stored = new ConcurrentHashMap<>();

  public InMemoryOrganisations with(Organisation organisation) {
    stored.put(organisation.id(), organisation);
    return this;
  }

  @Override
  public Organisation save(Organisation organisation) {
    Organisation saved = organisation.withVersion(organisation.version() + 1);
    stored.put(saved.id(), saved);
    return saved;
  }

  @Override
  public Optional<Organisation> findById(OrganisationId id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public Optional<Organisation> findByNip(Nip nip) {
    return stored.values().stream()
        .filter(o -> o.nip().equals(java.util.Optional.of(nip))).findFirst();
  }

  @Override
  public Optional<Organisation> findByRegon(Regon regon) {
    return stored.values().stream()
        .filter(o -> o.regon().equals(java.util.Optional.of(regon))).findFirst();
  }

  @Override
  public Page<Organisation> findBySector(Sector sector, PageRequest page) {
    return page(o -> o.sector() == sector, page);
  }

  @Override
  public Page<Organisation> findByField(SocialServiceField field, PageRequest page) {
    return page(o -> o.fields().contains(field), page);
  }

  @Override
  public Page<Organisation> findBySeatTerytPrefix(String terytPrefix, PageRequest page) {
    return page(o -> o.seat().teryt().hasPrefix(terytPrefix), page);
  }

  @Override
  public long count() {
    return stored.size();
  }

  private Page<Organisation> page(Predicate<Organisation> filter, PageRequest page) {
    List<Organisation> all = stored.values().stream().filter(filter)
        .sorted(Comparator.comparing(Organisation::name)).toList();
    return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page,
        all.size());
  }
}
