package pl.lsw.store.memory;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.smallgrant.SmallGrantRepository;
import pl.lsw.core.financing.smallgrant.SmallGrant;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;

/**
 * The small grants in memory. The state is one immutable snapshot in an {@link AtomicReference}:
 * the grants by id and two indexes — by organisation and grant year, and by the body's area and
 * grant year — each a sorted set in the listing order ({@link SmallGrant#ACCUMULATION_ORDER}). A
 * save checks the version against the snapshot, computes the next snapshot (grant and indexes
 * together) and installs it with compare-and-set, retrying when another save got in first. So a
 * listing of one organisation's or body's year reads only that year's grants, already in order,
 * and never sees a grant in one index but not in the other.
 *
 * <p>The planned budgets are a separate map (they do not depend on the grants), keyed by the
 * body's area and the year.
 */
final class MemorySmallGrantRepository implements SmallGrantRepository {

  private static final String AGGREGATE = "SmallGrant";

  private record State(
      Map<GrantId, SmallGrant> byId,
      Map<Tuple2<OrganisationId, Integer>, TreeSet<SmallGrant>> byOrganisationYear,
      Map<Tuple2<String, Integer>, TreeSet<SmallGrant>> byBodyYear) {}

  private final AtomicReference<State> state =
      new AtomicReference<>(new State(HashMap.empty(), HashMap.empty(), HashMap.empty()));

  private final AtomicReference<Map<Tuple2<String, Integer>, PlannedGrantBudget>> budgets =
      new AtomicReference<>(HashMap.empty());

  @Override
  public SmallGrant save(SmallGrant grant) {
    SmallGrant stored = grant.withVersion(grant.version() + 1);
    while (true) {
      State current = state.get();
      Option<SmallGrant> previous = current.byId().get(grant.id());
      long storedVersion = previous.map(SmallGrant::version).getOrElse(0L);
      if (previous.isEmpty() && grant.version() > 0) {
        throw new NoLongerStoredException(AGGREGATE, grant.id().toString(), grant.version());
      }
      if (previous.isDefined() == (grant.version() == 0) || storedVersion != grant.version()) {
        throw new VersionConflictException(AGGREGATE, grant.id().toString(), grant.version());
      }
      if (state.compareAndSet(current, next(current, previous, stored))) {
        return stored;
      }
    }
  }

  private static State next(State s, Option<SmallGrant> previous, SmallGrant stored) {
    Map<Tuple2<OrganisationId, Integer>, TreeSet<SmallGrant>> byOrganisation = s.byOrganisationYear();
    Map<Tuple2<String, Integer>, TreeSet<SmallGrant>> byBody = s.byBodyYear();
    if (previous.isDefined()) {
      SmallGrant old = previous.get();
      byOrganisation = without(byOrganisation, organisationKey(old), old);
      byBody = without(byBody, bodyKey(old), old);
    }
    byOrganisation = with(byOrganisation, organisationKey(stored), stored);
    byBody = with(byBody, bodyKey(stored), stored);
    return new State(s.byId().put(stored.id(), stored), byOrganisation, byBody);
  }

  private static <K> Map<K, TreeSet<SmallGrant>> without(Map<K, TreeSet<SmallGrant>> index, K key,
      SmallGrant grant) {
    TreeSet<SmallGrant> remaining = index.get(key).map(set -> set.remove(grant)).getOrElse(TreeSet.empty(
        SmallGrant.ACCUMULATION_ORDER));
    return remaining.isEmpty() ? index.remove(key) : index.put(key, remaining);
  }

  private static <K> Map<K, TreeSet<SmallGrant>> with(Map<K, TreeSet<SmallGrant>> index, K key,
      SmallGrant grant) {
    return index.put(key, index.get(key).getOrElse(() -> TreeSet.empty(SmallGrant.ACCUMULATION_ORDER))
        .add(grant));
  }

  private static Tuple2<OrganisationId, Integer> organisationKey(SmallGrant g) {
    return Tuple.of(g.applicant(), g.grantYear());
  }

  private static Tuple2<String, Integer> bodyKey(SmallGrant g) {
    return Tuple.of(g.body().area().value(), g.grantYear());
  }

  @Override
  public java.util.Optional<SmallGrant> findById(GrantId id) {
    return state.get().byId().get(id).toJavaOptional();
  }

  @Override
  public Page<SmallGrant> findByOrganisationAndYear(OrganisationId organisation, int year,
      PageRequest page) {
    return page(state.get().byOrganisationYear().get(Tuple.of(organisation, year)), page);
  }

  @Override
  public Page<SmallGrant> findByBodyAndYear(TerytCode bodyArea, int year, PageRequest page) {
    return page(state.get().byBodyYear().get(Tuple.of(bodyArea.value(), year)), page);
  }

  private static Page<SmallGrant> page(Option<TreeSet<SmallGrant>> grants, PageRequest page) {
    TreeSet<SmallGrant> all = grants.getOrElse(() -> TreeSet.empty(SmallGrant.ACCUMULATION_ORDER));
    if (page.offset() >= all.size()) {
      return new Page<>(java.util.List.of(), page, all.size());
    }
    return new Page<>(all.drop((int) page.offset()).take(page.size()).toJavaList(), page, all.size());
  }

  @Override
  public PlannedGrantBudget savePlannedBudget(PlannedGrantBudget budget) {
    Tuple2<String, Integer> key = Tuple.of(budget.body().area().value(), budget.year());
    budgets.updateAndGet(all -> all.put(key, budget));
    return budget;
  }

  @Override
  public java.util.Optional<PlannedGrantBudget> findPlannedBudget(TerytCode bodyArea, int year) {
    return budgets.get().get(Tuple.of(bodyArea.value(), year)).toJavaOptional();
  }
}
