package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.competition.CompetitionId;
import pl.lsw.core.financing.competition.CompetitionRepository;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;

/**
 * The competitions in memory: one immutable persistent map in an {@link AtomicReference},
 * replaced by compare-and-set after the version check against the same snapshot (see
 * {@link MemoryPartnershipRepository}). A body's competitions are matched by the TERYT code of
 * the body's area, as the grants of a body are.
 */
final class MemoryCompetitionRepository implements CompetitionRepository {

  private static final String AGGREGATE = "Competition";

  /** Listing order: title, then id as text (documented in the port). */
  private static final Comparator<Competition> ORDER =
      Comparator.comparing(Competition::title).thenComparing(c -> c.id().toString());

  private final AtomicReference<Map<CompetitionId, Competition>> state =
      new AtomicReference<>(HashMap.empty());

  @Override
  public Competition save(Competition competition) {
    Competition stored = competition.withVersion(competition.version() + 1);
    while (true) {
      Map<CompetitionId, Competition> current = state.get();
      Option<Competition> previous = current.get(competition.id());
      long storedVersion = previous.map(Competition::version).getOrElse(0L);
      if (previous.isEmpty() && competition.version() > 0) {
        throw new NoLongerStoredException(AGGREGATE, competition.id().toString(),
            competition.version());
      }
      if (previous.isDefined() == (competition.version() == 0)
          || storedVersion != competition.version()) {
        throw new VersionConflictException(AGGREGATE, competition.id().toString(),
            competition.version());
      }
      if (state.compareAndSet(current, current.put(stored.id(), stored))) {
        return stored;
      }
    }
  }

  @Override
  public java.util.Optional<Competition> findById(CompetitionId id) {
    return state.get().get(id).toJavaOptional();
  }

  @Override
  public List<Competition> findByBodyAndYear(GrantingBody body, int budgetYear) {
    return state.get().values().toJavaStream()
        .filter(c -> c.budgetYear() == budgetYear && c.body().area().equals(body.area()))
        .sorted(ORDER)
        .toList();
  }
}
