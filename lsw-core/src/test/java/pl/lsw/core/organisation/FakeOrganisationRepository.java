package pl.lsw.core.organisation;

import java.util.Optional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.Regon;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;

/**
 * A simple, lock-based repository for the core's own tests, kept honest by running the same
 * contract as the real stores ({@link FakeOrganisationRepositoryTest}). It can be told to fail
 * the next save, as a broken database would.
 */
public final class FakeOrganisationRepository implements OrganisationRepository {

  private final Map<OrganisationId, Organisation> byId = new LinkedHashMap<>();
  private boolean failNextSave;
  private int saves;

  synchronized void failNextSave() {
    failNextSave = true;
  }

  synchronized int saves() {
    return saves;
  }

  @Override
  public synchronized Organisation save(Organisation o) {
    if (failNextSave) {
      failNextSave = false;
      throw new StoreException("the database is down (test)");
    }
    Organisation previous = byId.get(o.id());
    long storedVersion = previous == null ? 0 : previous.version();
    if (previous == null && !o.isNew()) {
      throw new NoLongerStoredException("Organisation", o.id().toString(), o.version());
    }
    if ((previous == null) == !o.isNew() || storedVersion != o.version()) {
      throw new VersionConflictException("Organisation", o.id().toString(), o.version());
    }
    for (Organisation other : byId.values()) {
      if (other.id().equals(o.id())) {
        continue;
      }
      if (o.nip().isPresent() && o.nip().equals(other.nip())) {
        throw new DuplicateKeyException("Organisation", "nip", o.nip().get().value(),
            other.id().toString());
      }
      if (o.regon().isPresent() && o.regon().equals(other.regon())) {
        throw new DuplicateKeyException("Organisation", "regon", o.regon().get().value(),
            other.id().toString());
      }
    }
    Organisation stored = o.withVersion(o.version() + 1);
    byId.put(o.id(), stored);
    saves++;
    return stored;
  }

  @Override
  public synchronized Optional<Organisation> findById(OrganisationId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Optional<Organisation> findByNip(Nip nip) {
    return first(o -> o.nip().equals(java.util.Optional.of(nip)));
  }

  @Override
  public synchronized Optional<Organisation> findByRegon(Regon regon) {
    return first(o -> o.regon().equals(java.util.Optional.of(regon)));
  }

  @Override
  public synchronized Page<Organisation> findBySector(Sector sector, PageRequest page) {
    return list(o -> o.sector() == sector, page);
  }

  @Override
  public synchronized Page<Organisation> findByField(SocialServiceField field, PageRequest page) {
    return list(o -> o.fields().contains(field), page);
  }

  @Override
  public synchronized Page<Organisation> findBySeatTerytPrefix(String prefix, PageRequest page) {
    Seat.requireTerytPrefix(prefix);
    return list(o -> o.seat().teryt().hasPrefix(prefix), page);
  }

  @Override
  public synchronized long count() {
    return byId.size();
  }

  private Optional<Organisation> first(Predicate<Organisation> p) {
    return byId.values().stream().filter(p).findFirst();
  }

  private Page<Organisation> list(Predicate<Organisation> p, PageRequest page) {
    List<Organisation> all = new ArrayList<>(byId.values().stream().filter(p)
        .sorted(Comparator.comparing(Organisation::name).thenComparing(o -> o.id().toString()))
        .toList());
    int from = (int) Math.min(page.offset(), all.size());
    int to = Math.min(from + page.size(), all.size());
    return new Page<>(all.subList(from, to), page, all.size());
  }
}
