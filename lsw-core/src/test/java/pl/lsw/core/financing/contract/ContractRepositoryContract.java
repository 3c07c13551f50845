package pl.lsw.core.financing.contract;

import pl.lsw.core.testing.ConcurrentSaves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FinancingSamples;
import pl.lsw.core.financing.FundingProcedure;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;

/**
 * The contract every {@link ContractRepository} keeps. A store proves it with an empty subclass
 * that implements {@link #emptyRepository()}; the tests are {@code public final} so that a
 * subclass cannot weaken them. Each test gets a fresh, empty repository and depends on no other.
 *
 * <p>A stored contract comes back equal to what was saved (with the new version): the parties in
 * their order, the procedure (also one declared outside the library), the links to competition,
 * offer and partnership, the budget's cost items, the allowed shift share, the expected results,
 * every amendment (with or without a new budget, grant or period — an empty new budget stays
 * present), the cost shifts, the partial-report demands, the final report, the misuse findings
 * and the returns. A body's contracts are those whose body governs the same area (TERYT code),
 * as for small grants, and whose task starts in the year asked for.
 */
public abstract class ContractRepositoryContract {

  private ContractRepository repository;

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract ContractRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  private static Contract plain(long n) {
    return FinancingSamples.plainContract(n, FinancingSamples.WARSAW, LocalDate.of(2026, 3, 30),
        LocalDate.of(2026, 4, 1));
  }

  // --- round trip and versions ---------------------------------------------------------------

  @Test
  public final void a_plain_contract_is_stored_with_version_1_and_found_equal() {
    Contract contract = plain(1);

    Contract stored = repository.save(contract);

    assertEquals(contract.withVersion(1), stored);
    assertEquals(stored, repository.findById(contract.id()).get());
  }

  @Test
  public final void a_full_contract_round_trips_with_every_part() {
    Contract full = FinancingSamples.fullContract(1);

    repository.save(full);

    Contract found = repository.findById(full.id()).get();
    assertEquals(full.withVersion(1), found);
    assertEquals(full.parties(), found.parties());
    assertEquals(full.budget(), found.budget());
    assertEquals(full.amendments(), found.amendments());
    assertEquals(Optional.of(List.of()), found.amendments().get(2).budget().map(b -> b.items()));
    assertTrue(found.amendments().get(1).budget().isEmpty());
    assertEquals(full.costShifts(), found.costShifts());
    assertEquals(full.partialReportDemands(), found.partialReportDemands());
    assertEquals(full.finalReport(), found.finalReport());
    assertEquals(full.misuseFindings(), found.misuseFindings());
    assertEquals(full.returns(), found.returns());
    assertEquals(Percent.of("12.5"), found.allowedShiftShare());
    assertEquals(full.itemTotalsAfterShifts(), found.itemTotalsAfterShifts());
  }

  @Test
  public final void a_procedure_declared_by_the_embedder_is_kept_by_its_code() {
    Contract pilot = plain(1).withProcedure(FundingProcedure.of("PUBLIC_SOCIAL_PILOT", "pilotaż", "pilot"));

    repository.save(pilot);

    assertEquals("PUBLIC_SOCIAL_PILOT", repository.findById(pilot.id()).get().procedure().code());
  }

  @Test
  public final void every_save_increments_the_version_and_replaces_every_part() {
    Contract v1 = repository.save(FinancingSamples.fullContract(1));
    Contract changed = v1.withAmendments(List.of()).withReturns(List.of()).withFinalReport(Optional.empty())
        .withParties(List.of(FinancingSamples.org(5))).withGrantAmount(Money.of("0.01"));

    Contract v2 = repository.save(changed);
    Contract v3 = repository.save(v2.withExpectedResults(List.of("jeden wynik")));

    assertEquals(List.of(1L, 2L, 3L), List.of(v1.version(), v2.version(), v3.version()));
    assertEquals(changed.withVersion(2), v2);
    assertEquals(v3, repository.findById(v1.id()).get());
  }

  // --- optimistic versions -------------------------------------------------------------------

  @Test
  public final void saving_a_new_contract_whose_id_is_taken_is_a_conflict_and_writes_nothing() {
    Contract stored = repository.save(FinancingSamples.fullContract(1));

    assertThrows(VersionConflictException.class, () -> repository.save(plain(1)));

    assertEquals(stored, repository.findById(stored.id()).get());
  }

  @Test
  public final void saving_a_stale_version_is_a_conflict_and_writes_nothing() {
    Contract v1 = repository.save(FinancingSamples.fullContract(1));
    Contract v2 = repository.save(v1.withGrantAmount(Money.ofZloty(9_000)));

    Contract stale = v1.withAmendments(List.of()).withCostShifts(List.of()).withGrantAmount(Money.ofZloty(1));
    VersionConflictException e = assertThrows(VersionConflictException.class, () -> repository.save(stale));

    assertEquals(1L, e.expectedVersion());
    assertEquals(v2, repository.findById(v1.id()).get());
  }

  @Test
  public final void saving_a_stored_looking_version_of_an_unknown_contract_is_no_longer_stored() {
    Contract ghost = FinancingSamples.fullContract(1).withVersion(2);

    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> repository.save(ghost));

    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals(ghost.id().toString(), e.id());
    assertEquals(2L, e.version());

    assertTrue(repository.findById(ghost.id()).isEmpty());
  }

  @Test
  public final void of_two_concurrent_saves_of_one_version_exactly_one_wins_and_nothing_is_lost()
      throws Exception {
    Contract v1 = repository.save(FinancingSamples.fullContract(1));
    Contract first = v1.withReturns(List.of());
    Contract second = v1.withGrantAmount(Money.ofZloty(1)).withAmendments(List.of());
    ConcurrentSaves.Outcome<Contract> outcome = ConcurrentSaves.race(repository::save, first, second);
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
    repository.save(plain(1));

    assertTrue(repository.findById(FinancingSamples.contractId(2)).isEmpty());
  }

  @Test
  public final void the_contracts_of_a_body_and_year_are_listed_by_signing_date_then_id_and_no_others() {
    GrantingBody warsaw = FinancingSamples.WARSAW;
    Contract late = repository.save(FinancingSamples.plainContract(1, warsaw, LocalDate.of(2026, 5, 1),
        LocalDate.of(2026, 5, 2)));
    // ids whose order as text differs from their order as signed numbers
    Contract earlyHigh = repository.save(FinancingSamples.plainContract(-1, warsaw, LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 2, 2)));
    Contract earlyLow = repository.save(FinancingSamples.plainContract(2, warsaw, LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 3, 2)));
    // signed the year before, but its task starts in the year asked for
    Contract signedBefore = repository.save(FinancingSamples.plainContract(3, warsaw,
        LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 2)));
    Contract full = repository.save(FinancingSamples.fullContract(4));
    repository.save(FinancingSamples.plainContract(5, warsaw, LocalDate.of(2026, 12, 20),
        LocalDate.of(2027, 1, 2)));
    repository.save(FinancingSamples.plainContract(6, FinancingSamples.DISTRICT, LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 2, 2)));

    List<Contract> expected = new ArrayList<>(List.of(late, earlyHigh, earlyLow, signedBefore, full));
    expected.sort(Comparator.comparing(Contract::signedOn).thenComparing(c -> c.id().toString()));
    List<Contract> found = repository.findByBodyAndYear(warsaw, 2026);

    assertEquals(expected, found);
    assertEquals(List.of(signedBefore, earlyLow, earlyHigh), found.subList(0, 3));
    assertEquals(1, repository.findByBodyAndYear(warsaw, 2027).size());
    assertEquals(1, repository.findByBodyAndYear(FinancingSamples.DISTRICT, 2026).size());
    assertTrue(repository.findByBodyAndYear(warsaw, 2025).isEmpty());
  }

  @Test
  public final void a_body_is_matched_by_its_area_as_for_small_grants() {
    repository.save(plain(1));
    GrantingBody sameAreaOtherName = GrantingBody.builder().from(FinancingSamples.WARSAW)
        .name("Prezydent Miasta Stołecznego Warszawy").build();

    assertEquals(1, repository.findByBodyAndYear(sameAreaOtherName, 2026).size());
  }
}
