package pl.lsw.core.financing.competition;

import pl.lsw.core.testing.ConcurrentSaves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FinancingSamples;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;

/**
 * The contract every {@link CompetitionRepository} keeps. A store proves it with an empty
 * subclass that implements {@link #emptyRepository()}; the tests are {@code public final} so that
 * a subclass cannot weaken them. Each test gets a fresh, empty repository and depends on no other.
 *
 * <p>A stored competition comes back equal to what was saved (with the new version): the
 * announcement with its items and publications, the operator and the acts, the committee with
 * nominators and conflicts of interest, every offer with its applicants, cost items (fractional
 * quantities keep their scale) and expected results, the assessments with their scores, the
 * results with their awards, the annulment, and the cooperative problem. A body's competitions
 * are those whose body governs the same area (TERYT code), as for small grants.
 */
public abstract class CompetitionRepositoryContract {

  private CompetitionRepository repository;

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract CompetitionRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  // --- round trip and versions ---------------------------------------------------------------

  @Test
  public final void a_draft_is_stored_with_version_1_and_found_equal() {
    Competition draft = FinancingSamples.draft(1, "Wspieranie rodzin", 2026, FinancingSamples.WARSAW);

    Competition stored = repository.save(draft);

    assertEquals(draft.withVersion(1), stored);
    assertEquals(stored, repository.findById(draft.id()).get());
  }

  @Test
  public final void a_decided_competition_round_trips_with_every_part() {
    Competition decided = FinancingSamples.decided(1);

    repository.save(decided);

    Competition found = repository.findById(decided.id()).get();
    assertEquals(decided.withVersion(1), found);
    assertEquals(decided.offers(), found.offers());
    assertEquals(decided.offers().get(0).budget().items(), found.offers().get(0).budget().items());
    assertEquals(new java.math.BigDecimal("0.50"), found.offers().get(0).budget().items().get(1).quantity());
    assertEquals(decided.offers().get(0).totalCost(), found.offers().get(0).totalCost());
    assertEquals(decided.committee(), found.committee());
    assertEquals(decided.assessments(), found.assessments());
    assertEquals(decided.results(), found.results());
    assertEquals(decided.cooperativeProblem(), found.cooperativeProblem());
    assertEquals(decided.announcement(), found.announcement());
    assertEquals(decided.acts(), found.acts());
    assertEquals(decided.maxMunicipalShare(), found.maxMunicipalShare());
  }

  @Test
  public final void an_annulled_competition_round_trips_with_its_annulment() {
    Competition annulled = FinancingSamples.annulled(1);

    repository.save(annulled);

    Competition found = repository.findById(annulled.id()).get();
    assertEquals(annulled.withVersion(1), found);
    assertEquals(annulled.annulment(), found.annulment());
    assertTrue(found.results().isEmpty());
  }

  @Test
  public final void every_save_increments_the_version_and_replaces_every_part() {
    Competition v1 = repository.save(FinancingSamples.decided(1));
    Competition changed = v1.withOffers(List.of(FinancingSamples.jointOffer(1, LocalDate.of(2026, 3, 11))))
        .withAssessments(List.of()).withCommittee(List.of()).withTitle("Nowy tytuł")
        .withResults(Results.builder().decidedOn(LocalDate.of(2026, 4, 11)).build());

    Competition v2 = repository.save(changed);
    Competition v3 = repository.save(v2.withTitle("Jeszcze nowszy"));

    assertEquals(List.of(1L, 2L, 3L), List.of(v1.version(), v2.version(), v3.version()));
    assertEquals(changed.withVersion(2), v2);
    assertEquals(v3, repository.findById(v1.id()).get());
    assertEquals(1, repository.findById(v1.id()).get().offers().size());
    assertTrue(repository.findById(v1.id()).get().committee().isEmpty());
  }

  // --- optimistic versions -------------------------------------------------------------------

  @Test
  public final void saving_a_new_competition_whose_id_is_taken_is_a_conflict_and_writes_nothing() {
    Competition stored = repository.save(FinancingSamples.decided(1));
    Competition other = FinancingSamples.draft(1, "Inny", 2027, FinancingSamples.DISTRICT);

    assertThrows(VersionConflictException.class, () -> repository.save(other));

    assertEquals(stored, repository.findById(stored.id()).get());
  }

  @Test
  public final void saving_a_stale_version_is_a_conflict_and_writes_nothing() {
    Competition v1 = repository.save(FinancingSamples.decided(1));
    Competition v2 = repository.save(v1.withTitle("Druga wersja"));

    Competition stale = v1.withOffers(List.of()).withAssessments(List.of()).withTitle("Spóźniona");
    VersionConflictException e = assertThrows(VersionConflictException.class, () -> repository.save(stale));

    assertEquals(1L, e.expectedVersion());
    assertEquals(v2, repository.findById(v1.id()).get());
  }

  @Test
  public final void saving_a_stored_looking_version_of_an_unknown_competition_is_no_longer_stored() {
    Competition ghost = FinancingSamples.decided(1).withVersion(4);

    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> repository.save(ghost));

    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals(ghost.id().toString(), e.id());
    assertEquals(4L, e.version());

    assertTrue(repository.findById(ghost.id()).isEmpty());
  }

  @Test
  public final void of_two_concurrent_saves_of_one_version_exactly_one_wins_and_nothing_is_lost()
      throws Exception {
    Competition v1 = repository.save(FinancingSamples.decided(1));
    Competition first = v1.withTitle("Pierwszy wątek").withCommittee(List.of());
    Competition second = v1.withTitle("Drugi wątek").withOffers(List.of(FinancingSamples.jointOffer(1,
        LocalDate.of(2026, 3, 12))));
    ConcurrentSaves.Outcome<Competition> outcome = ConcurrentSaves.race(repository::save, first, second);
    for (Throwable failure : outcome.failures()) {
      assertTrue(failure instanceof VersionConflictException, String.valueOf(failure));
    }
    assertEquals(1, outcome.winners().size());
    assertEquals(1, outcome.failures().size());
    assertEquals(2L, outcome.winners().get(0).version());
    assertEquals(outcome.winners().get(0), repository.findById(v1.id()).get());
  }

  // --- queries -------------------------------------------------------------------------------

  @Test
  public final void an_unknown_id_is_not_found() {
    repository.save(FinancingSamples.decided(1));

    assertTrue(repository.findById(FinancingSamples.competitionId(2)).isEmpty());
  }

  @Test
  public final void the_competitions_of_a_body_and_year_are_listed_by_title_then_id_and_no_others() {
    GrantingBody warsaw = FinancingSamples.WARSAW;
    Competition zeta = repository.save(FinancingSamples.draft(1, "Zeta", 2026, warsaw));
    // ids whose order as text differs from their order as signed numbers
    Competition alphaHigh = repository.save(FinancingSamples.draft(-1, "Alfa", 2026, warsaw));
    Competition alphaLow = repository.save(FinancingSamples.draft(2, "Alfa", 2026, warsaw));
    Competition decided = repository.save(FinancingSamples.decided(3));
    repository.save(FinancingSamples.draft(4, "Inny rok", 2027, warsaw));
    repository.save(FinancingSamples.draft(5, "Inny organ", 2026, FinancingSamples.DISTRICT));

    List<Competition> expected = new ArrayList<>(List.of(zeta, alphaHigh, alphaLow, decided));
    expected.sort(Comparator.comparing(Competition::title).thenComparing(c -> c.id().toString()));
    List<Competition> found = repository.findByBodyAndYear(warsaw, 2026);

    assertEquals(expected, found);
    assertEquals(List.of(alphaLow, alphaHigh), found.subList(0, 2));
    assertEquals(1, repository.findByBodyAndYear(FinancingSamples.DISTRICT, 2026).size());
    assertTrue(repository.findByBodyAndYear(warsaw, 2025).isEmpty());
  }

  @Test
  public final void amounts_are_kept_to_the_grosz() {
    Competition decided = FinancingSamples.decided(1);

    repository.save(decided);

    Competition found = repository.findById(decided.id()).get();
    assertEquals(Money.of("120000.01"), found.announcement().allocatedFunds());
    assertEquals(Money.ofGrosze(1), found.results().get().awards().get(1).grant());
    assertEquals(Money.of("58561.73"), found.offers().get(0).requestedGrant());
  }

  @Test
  public final void a_body_is_matched_by_its_area_as_for_small_grants() {
    repository.save(FinancingSamples.draft(1, "Wspieranie rodzin", 2026, FinancingSamples.WARSAW));
    GrantingBody sameAreaOtherName = GrantingBody.builder().from(FinancingSamples.WARSAW)
        .name("Prezydent Miasta Stołecznego Warszawy").build();

    assertEquals(1, repository.findByBodyAndYear(sameAreaOtherName, 2026).size());
  }
}
