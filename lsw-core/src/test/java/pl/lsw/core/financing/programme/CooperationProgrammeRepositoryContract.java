package pl.lsw.core.financing.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FinancingSamples;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.Money;

/**
 * The contract every {@link CooperationProgrammeRepository} keeps. A store proves it with an
 * empty subclass that implements {@link #emptyRepository()}; the tests are {@code public final}
 * so that a subclass cannot weaken them. Each test gets a fresh, empty repository and depends on
 * no other.
 *
 * <p>A stored programme comes back equal to what was saved: the body, the year, the adoption day,
 * every item it states, whether it provides for cooperative problem solving, the planned funds to
 * the grosz and the report's publication day. There is one programme per body (matched by the
 * TERYT code of its area) and year; a save replaces it with every part, the last save winning.
 */
public abstract class CooperationProgrammeRepositoryContract {

  private CooperationProgrammeRepository repository;

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract CooperationProgrammeRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  /** A draft: not adopted, nothing stated, no funds, no report. */
  private static CooperationProgramme draft(GrantingBody body, int year) {
    return CooperationProgramme.builder().body(body).year(year).plannedGrantFunds(Money.ZERO).build();
  }

  /** Every field present: every item (the seed additions too), odd grosze. */
  private static CooperationProgramme full(GrantingBody body, int year) {
    return CooperationProgramme.builder().body(body).year(year)
        .adoptedOn(LocalDate.of(year - 1, 11, 27))
        .contents(EnumSet.allOf(ProgrammeContent.class))
        .coversCooperativeProblemSolving(true)
        .plannedGrantFunds(Money.of("1234567.89"))
        .reportPublishedOn(LocalDate.of(year + 1, 5, 31))
        .build();
  }

  // --- round trip ----------------------------------------------------------------------------

  @Test
  public final void a_draft_programme_round_trips_with_its_empty_parts() {
    CooperationProgramme draft = draft(FinancingSamples.WARSAW, 2026);

    CooperationProgramme stored = repository.save(draft);

    assertEquals(draft, stored);
    CooperationProgramme found = repository.find(FinancingSamples.WARSAW, 2026).get();
    assertEquals(draft, found);
    assertTrue(found.adoptedOn().isEmpty());
    assertTrue(found.contents().isEmpty());
    assertTrue(found.reportPublishedOn().isEmpty());
    assertFalse(found.coversCooperativeProblemSolving());
    assertEquals(Money.ZERO, found.plannedGrantFunds());
  }

  @Test
  public final void a_full_programme_round_trips_with_every_field() {
    CooperationProgramme full = full(FinancingSamples.WARSAW, 2026);

    repository.save(full);

    CooperationProgramme found = repository.find(FinancingSamples.WARSAW, 2026).get();
    assertEquals(full, found);
    assertEquals(FinancingSamples.WARSAW, found.body());
    assertEquals(Optional.of(LocalDate.of(2025, 11, 27)), found.adoptedOn());
    assertEquals(EnumSet.allOf(ProgrammeContent.class), found.contents());
    assertTrue(found.coversCooperativeProblemSolving());
    assertEquals(Money.of("1234567.89"), found.plannedGrantFunds());
    assertEquals(Optional.of(LocalDate.of(2027, 5, 31)), found.reportPublishedOn());
    assertEquals(new PlannedGrantBudget(FinancingSamples.WARSAW, 2026, Money.of("1234567.89")),
        found.plannedBudget());
  }

  @Test
  public final void some_items_stated_come_back_as_exactly_those_items() {
    Set<ProgrammeContent> some = EnumSet.of(ProgrammeContent.GOALS, ProgrammeContent.PLANNED_FUNDS,
        ProgrammeContent.CONSORTIUM_PARTNER_SELECTION);
    CooperationProgramme programme = draft(FinancingSamples.DISTRICT, 2026).withContents(some);

    repository.save(programme);

    assertEquals(some, repository.find(FinancingSamples.DISTRICT, 2026).get().contents());
  }

  // --- replace semantics ---------------------------------------------------------------------

  @Test
  public final void a_second_save_for_the_same_body_and_year_replaces_every_part() {
    repository.save(full(FinancingSamples.WARSAW, 2026));
    CooperationProgramme replacement = draft(FinancingSamples.WARSAW, 2026)
        .withContents(EnumSet.of(ProgrammeContent.SCOPE)).withPlannedGrantFunds(Money.of("0.01"));

    repository.save(replacement);

    assertEquals(replacement, repository.find(FinancingSamples.WARSAW, 2026).get());
    assertEquals(List.of(replacement), repository.findByBody(FinancingSamples.WARSAW));
  }

  @Test
  public final void the_last_save_wins_also_from_empty_to_full() {
    repository.save(draft(FinancingSamples.WARSAW, 2026));
    CooperationProgramme adopted = full(FinancingSamples.WARSAW, 2026);

    repository.save(adopted);

    assertEquals(adopted, repository.find(FinancingSamples.WARSAW, 2026).get());
  }

  @Test
  public final void a_body_of_the_same_area_under_another_name_replaces_and_finds_the_programme() {
    repository.save(full(FinancingSamples.WARSAW, 2026));
    GrantingBody renamed = GrantingBody.builder().from(FinancingSamples.WARSAW)
        .name("Prezydent Miasta Stołecznego Warszawy").build();

    assertEquals(FinancingSamples.WARSAW, repository.find(renamed, 2026).get().body());

    CooperationProgramme again = full(renamed, 2026);
    repository.save(again);

    assertEquals(again, repository.find(FinancingSamples.WARSAW, 2026).get());
    assertEquals(1, repository.findByBody(FinancingSamples.WARSAW).size());
  }

  @Test
  public final void of_two_concurrent_first_saves_of_one_body_and_year_one_is_kept_whole()
      throws Exception {
    CooperationProgramme first = full(FinancingSamples.WARSAW, 2026);
    CooperationProgramme second = draft(FinancingSamples.WARSAW, 2026)
        .withContents(EnumSet.of(ProgrammeContent.GOALS)).withPlannedGrantFunds(Money.of("7.77"));
    CyclicBarrier barrier = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<CooperationProgramme>> results = new ArrayList<>();
      for (CooperationProgramme candidate : List.of(first, second)) {
        results.add(pool.submit(() -> {
          barrier.await(10, TimeUnit.SECONDS);
          return repository.save(candidate);
        }));
      }
      for (Future<CooperationProgramme> result : results) {
        result.get(30, TimeUnit.SECONDS);
      }
      CooperationProgramme kept = repository.find(FinancingSamples.WARSAW, 2026).get();
      assertTrue(kept.equals(first) || kept.equals(second), kept.toString());
      assertEquals(List.of(kept), repository.findByBody(FinancingSamples.WARSAW));
    } finally {
      pool.shutdownNow();
    }
  }

  // --- queries -------------------------------------------------------------------------------

  @Test
  public final void nothing_is_found_for_an_unknown_body_or_year() {
    repository.save(full(FinancingSamples.WARSAW, 2026));

    assertTrue(repository.find(FinancingSamples.WARSAW, 2025).isEmpty());
    assertTrue(repository.find(FinancingSamples.DISTRICT, 2026).isEmpty());
    assertTrue(repository.findByBody(FinancingSamples.DISTRICT).isEmpty());
  }

  @Test
  public final void the_programmes_of_a_body_are_listed_by_year_and_no_others() {
    CooperationProgramme y2027 = repository.save(full(FinancingSamples.WARSAW, 2027));
    CooperationProgramme y2025 = repository.save(draft(FinancingSamples.WARSAW, 2025));
    CooperationProgramme y2026 = repository.save(full(FinancingSamples.WARSAW, 2026));
    CooperationProgramme y2000 = repository.save(draft(FinancingSamples.WARSAW, 2000));
    CooperationProgramme district = repository.save(full(FinancingSamples.DISTRICT, 2026));

    assertEquals(List.of(y2000, y2025, y2026, y2027), repository.findByBody(FinancingSamples.WARSAW));
    assertEquals(List.of(district), repository.findByBody(FinancingSamples.DISTRICT));
    assertEquals(y2026, repository.find(FinancingSamples.WARSAW, 2026).get());
    assertEquals(district, repository.find(FinancingSamples.DISTRICT, 2026).get());
  }
}
