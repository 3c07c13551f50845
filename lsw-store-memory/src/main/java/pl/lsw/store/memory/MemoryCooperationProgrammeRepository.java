package pl.lsw.store.memory;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.programme.CooperationProgrammeRepository;
import pl.lsw.core.financing.programme.CooperationProgramme;

/**
 * The yearly cooperation programmes in memory: one immutable persistent map, keyed by the TERYT
 * code of the body's area and the year, in an {@link AtomicReference}. A save replaces the entry
 * of its key atomically; of two concurrent saves the last one wins, as the port documents.
 */
final class MemoryCooperationProgrammeRepository implements CooperationProgrammeRepository {

  private final AtomicReference<Map<Tuple2<String, Integer>, CooperationProgramme>> state =
      new AtomicReference<>(HashMap.empty());

  private static Tuple2<String, Integer> key(GrantingBody body, int year) {
    return Tuple.of(body.area().value(), year);
  }

  @Override
  public CooperationProgramme save(CooperationProgramme programme) {
    state.updateAndGet(m -> m.put(key(programme.body(), programme.year()), programme));
    return programme;
  }

  @Override
  public java.util.Optional<CooperationProgramme> find(GrantingBody body, int year) {
    return state.get().get(key(body, year)).toJavaOptional();
  }

  @Override
  public List<CooperationProgramme> findByBody(GrantingBody body) {
    return state.get().values().toJavaStream()
        .filter(p -> p.body().area().equals(body.area()))
        .sorted(Comparator.comparingInt(CooperationProgramme::year))
        .toList();
  }
}
