package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Optional;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.Regon;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Seat;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.organisation.OrganisationRepository;

/**
 * The organisations in memory. The whole state (organisations by id and the unique indexes of
 * NIP and REGON) is one immutable snapshot of persistent maps in an {@link AtomicReference}; a
 * save computes the next snapshot and installs it with compare-and-set, retrying when another
 * save got in first. So a reader always sees organisations and indexes that agree, a save is
 * all or nothing, and the version check and the unique-key checks see the same state.
 */
final class MemoryOrganisationRepository implements OrganisationRepository {

  private static final String AGGREGATE = "Organisation";

  /** Listing order: name, then id as text (the order documented in the port). */
  private static final Comparator<Organisation> ORDER =
      Comparator.comparing(Organisation::name).thenComparing(o -> o.id().toString());

  private record State(
      Map<OrganisationId, Organisation> byId,
      Map<String, OrganisationId> byNip,
      Map<String, OrganisationId> byRegon) {}

  private final AtomicReference<State> state =
      new AtomicReference<>(new State(HashMap.empty(), HashMap.empty(), HashMap.empty()));

  @Override
  public Organisation save(Organisation organisation) {
    Organisation stored = organisation.withVersion(organisation.version() + 1);
    while (true) {
      State current = state.get();
      State next = apply(current, organisation, stored);
      if (state.compareAndSet(current, next)) {
        return stored;
      }
    }
  }

  private static State apply(State s, Organisation incoming, Organisation stored) {
    OrganisationId id = incoming.id();
    Option<Organisation> previous = s.byId().get(id);
    long storedVersion = previous.map(Organisation::version).getOrElse(0L);
    if (previous.isEmpty() && !incoming.isNew()) {
      throw new NoLongerStoredException(AGGREGATE, id.toString(), incoming.version());
    }
    if (previous.isDefined() != !incoming.isNew() || storedVersion != incoming.version()) {
      throw new VersionConflictException(AGGREGATE, id.toString(), incoming.version());
    }
    Map<String, OrganisationId> byNip = s.byNip();
    Map<String, OrganisationId> byRegon = s.byRegon();
    if (previous.isDefined()) {
      Organisation old = previous.get();
      byNip = old.nip().map(n -> s.byNip().remove(n.value())).orElse(byNip);
      byRegon = old.regon().map(r -> s.byRegon().remove(r.value())).orElse(byRegon);
    }
    if (stored.nip().isPresent()) {
      String nip = stored.nip().get().value();
      Option<OrganisationId> holder = byNip.get(nip);
      if (holder.isDefined()) {
        throw new DuplicateKeyException(AGGREGATE, "nip", nip, holder.get().toString());
      }
      byNip = byNip.put(nip, id);
    }
    if (stored.regon().isPresent()) {
      String regon = stored.regon().get().value();
      Option<OrganisationId> holder = byRegon.get(regon);
      if (holder.isDefined()) {
        throw new DuplicateKeyException(AGGREGATE, "regon", regon, holder.get().toString());
      }
      byRegon = byRegon.put(regon, id);
    }
    return new State(s.byId().put(id, stored), byNip, byRegon);
  }

  @Override
  public Optional<Organisation> findById(OrganisationId id) {
    return state.get().byId().get(id).toJavaOptional();
  }

  @Override
  public Optional<Organisation> findByNip(Nip nip) {
    State s = state.get();
    return s.byNip().get(nip.value()).flatMap(s.byId()::get).toJavaOptional();
  }

  @Override
  public Optional<Organisation> findByRegon(Regon regon) {
    State s = state.get();
    return s.byRegon().get(regon.value()).flatMap(s.byId()::get).toJavaOptional();
  }

  @Override
  public Page<Organisation> findBySector(Sector sector, PageRequest page) {
    return list(o -> o.sector() == sector, page);
  }

  @Override
  public Page<Organisation> findByField(SocialServiceField field, PageRequest page) {
    return list(o -> o.fields().contains(field), page);
  }

  @Override
  public Page<Organisation> findBySeatTerytPrefix(String terytPrefix, PageRequest page) {
    String prefix = Seat.requireTerytPrefix(terytPrefix);
    return list(o -> o.seat().teryt().hasPrefix(prefix), page);
  }

  @Override
  public long count() {
    return state.get().byId().size();
  }

  private Page<Organisation> list(Predicate<Organisation> filter, PageRequest page) {
    List<Organisation> all = state.get().byId().values().toJavaStream()
        .filter(filter)
        .sorted(ORDER)
        .toList();
    int from = (int) Math.min(page.offset(), all.size());
    int to = Math.min(from + page.size(), all.size());
    return new Page<>(all.subList(from, to), page, all.size());
  }
}
