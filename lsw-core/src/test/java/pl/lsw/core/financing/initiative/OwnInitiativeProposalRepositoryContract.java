package pl.lsw.core.financing.initiative;

import pl.lsw.core.testing.ConcurrentSaves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FinancingSamples;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;

/**
 * The contract every {@link OwnInitiativeProposalRepository} keeps. A store proves it with an
 * empty subclass that implements {@link #emptyRepository()}; the tests are {@code public final}
 * so that a subclass cannot weaken them. Each test gets a fresh, empty repository and depends on
 * no other.
 *
 * <p>A stored proposal comes back equal to what was saved (with the new version): the body, the
 * organisations in their order, the task, the day of receipt and, once assessed, the day and the
 * verdict. A body's proposals are those whose body governs the same area (TERYT code) and that
 * were received in the year asked for.
 */
public abstract class OwnInitiativeProposalRepositoryContract {

  private OwnInitiativeProposalRepository repository;

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract OwnInitiativeProposalRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  private static ProposalId id(long n) {
    return ProposalId.of(new UUID(0x1A17L, n));
  }

  private static OwnInitiativeProposal received(long n, GrantingBody body, LocalDate on) {
    return OwnInitiativeProposal.builder().id(id(n)).body(body)
        .addOrganisations(FinancingSamples.org(1)).task("Klub seniora – zajęcia ruchowe")
        .receivedOn(on).build();
  }

  /** Three organisations out of numeric order, assessed: every field present. */
  private static OwnInitiativeProposal assessed(long n) {
    return OwnInitiativeProposal.builder().id(id(n)).body(FinancingSamples.WARSAW)
        .addOrganisations(FinancingSamples.org(3), FinancingSamples.org(1), FinancingSamples.org(2))
        .task("Wsparcie opiekunów osób zależnych – „wytchnienie” w weekendy")
        .receivedOn(LocalDate.of(2026, 2, 27)).assessedOn(LocalDate.of(2026, 3, 27))
        .decision(ProposalDecision.NOT_WORTH_DOING).build();
  }

  /** The proposal assessed on {@code on} with {@code decision} (both set together). */
  private static OwnInitiativeProposal assessedAs(OwnInitiativeProposal p, LocalDate on, ProposalDecision decision) {
    return OwnInitiativeProposal.builder().from(p).assessedOn(on).decision(decision).build();
  }

  /** The proposal without an assessment. */
  private static OwnInitiativeProposal unassessed(OwnInitiativeProposal p) {
    return OwnInitiativeProposal.builder().from(p).assessedOn(Optional.empty()).decision(Optional.empty()).build();
  }

  // --- round trip and versions ---------------------------------------------------------------

  @Test
  public final void a_new_proposal_is_stored_with_version_1_and_found_equal() {
    OwnInitiativeProposal proposal = received(1, FinancingSamples.WARSAW, LocalDate.of(2026, 3, 2));

    OwnInitiativeProposal stored = repository.save(proposal);

    assertEquals(proposal.withVersion(1), stored);
    assertEquals(stored, repository.findById(proposal.id()).get());
    assertTrue(stored.assessedOn().isEmpty());
    assertTrue(stored.decision().isEmpty());
  }

  @Test
  public final void an_assessed_proposal_round_trips_with_every_field() {
    OwnInitiativeProposal full = assessed(1);

    repository.save(full);

    OwnInitiativeProposal found = repository.findById(full.id()).get();
    assertEquals(full.withVersion(1), found);
    assertEquals(FinancingSamples.WARSAW, found.body());
    assertEquals(List.of(FinancingSamples.org(3), FinancingSamples.org(1), FinancingSamples.org(2)),
        found.organisations());
    assertEquals(full.task(), found.task());
    assertEquals(LocalDate.of(2026, 2, 27), found.receivedOn());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 27)), found.assessedOn());
    assertEquals(Optional.of(ProposalDecision.NOT_WORTH_DOING), found.decision());
  }

  @Test
  public final void every_save_increments_the_version_and_replaces_every_field() {
    OwnInitiativeProposal v1 = repository.save(assessed(1));
    OwnInitiativeProposal changed = assessedAs(v1.withOrganisations(List.of(FinancingSamples.org(9)))
        .withTask("Inne zadanie").withBody(FinancingSamples.DISTRICT), LocalDate.of(2026, 3, 1),
        ProposalDecision.WORTH_DOING);

    OwnInitiativeProposal v2 = repository.save(changed);
    OwnInitiativeProposal v3 = repository.save(unassessed(v2));

    assertEquals(List.of(1L, 2L, 3L), List.of(v1.version(), v2.version(), v3.version()));
    assertEquals(changed.withVersion(2), v2);
    assertEquals(v3, repository.findById(v1.id()).get());
    assertTrue(repository.findById(v1.id()).get().decision().isEmpty());
  }

  // --- optimistic versions -------------------------------------------------------------------

  @Test
  public final void saving_a_new_proposal_whose_id_is_taken_is_a_conflict_and_writes_nothing() {
    OwnInitiativeProposal stored = repository.save(assessed(1));

    assertThrows(VersionConflictException.class,
        () -> repository.save(received(1, FinancingSamples.DISTRICT, LocalDate.of(2026, 1, 5))));

    assertEquals(stored, repository.findById(stored.id()).get());
  }

  @Test
  public final void saving_a_stale_version_is_a_conflict_and_writes_nothing() {
    OwnInitiativeProposal v1 = repository.save(received(1, FinancingSamples.WARSAW, LocalDate.of(2026, 3, 2)));
    OwnInitiativeProposal v2 = repository.save(v1.withTask("Zmienione zadanie"));

    OwnInitiativeProposal stale = assessedAs(v1, LocalDate.of(2026, 3, 9), ProposalDecision.WORTH_DOING);
    VersionConflictException e = assertThrows(VersionConflictException.class, () -> repository.save(stale));

    assertEquals(1L, e.expectedVersion());
    assertEquals(v2, repository.findById(v1.id()).get());
  }

  @Test
  public final void saving_a_stored_looking_version_of_an_unknown_proposal_is_no_longer_stored() {
    OwnInitiativeProposal ghost = assessed(1).withVersion(2);

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
    OwnInitiativeProposal v1 = repository.save(received(1, FinancingSamples.WARSAW, LocalDate.of(2026, 3, 2)));
    OwnInitiativeProposal first = assessedAs(v1, LocalDate.of(2026, 3, 20), ProposalDecision.WORTH_DOING);
    OwnInitiativeProposal second = assessedAs(v1.withOrganisations(List.of(FinancingSamples.org(7),
        FinancingSamples.org(8))), LocalDate.of(2026, 3, 25), ProposalDecision.NOT_WORTH_DOING);
    ConcurrentSaves.Outcome<OwnInitiativeProposal> outcome = ConcurrentSaves.race(repository::save, first, second);
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
    repository.save(assessed(1));

    assertTrue(repository.findById(id(2)).isEmpty());
  }

  @Test
  public final void the_proposals_of_a_body_and_year_are_listed_by_receipt_then_id_and_no_others() {
    GrantingBody warsaw = FinancingSamples.WARSAW;
    OwnInitiativeProposal late = repository.save(received(1, warsaw, LocalDate.of(2026, 11, 30)));
    // ids whose order as text differs from their order as signed numbers
    OwnInitiativeProposal sameDayHigh = repository.save(received(-1, warsaw, LocalDate.of(2026, 2, 27)));
    OwnInitiativeProposal sameDayLow = repository.save(received(2, warsaw, LocalDate.of(2026, 2, 27)));
    OwnInitiativeProposal firstDay = repository.save(received(3, warsaw, LocalDate.of(2026, 1, 1)));
    OwnInitiativeProposal lastDay = repository.save(received(4, warsaw, LocalDate.of(2026, 12, 31)));
    repository.save(received(5, warsaw, LocalDate.of(2025, 12, 31)));
    repository.save(received(6, warsaw, LocalDate.of(2027, 1, 1)));
    repository.save(received(7, FinancingSamples.DISTRICT, LocalDate.of(2026, 2, 27)));

    List<OwnInitiativeProposal> found = repository.findByBodyAndYear(warsaw, 2026);

    assertEquals(List.of(firstDay, sameDayLow, sameDayHigh, late, lastDay), found);
    assertEquals(1, repository.findByBodyAndYear(warsaw, 2025).size());
    assertEquals(1, repository.findByBodyAndYear(FinancingSamples.DISTRICT, 2026).size());
    assertTrue(repository.findByBodyAndYear(FinancingSamples.DISTRICT, 2027).isEmpty());
  }

  @Test
  public final void a_body_is_matched_by_its_area() {
    repository.save(assessed(1));
    GrantingBody sameAreaOtherName = GrantingBody.builder().from(FinancingSamples.WARSAW)
        .name("Prezydent Miasta Stołecznego Warszawy").build();

    List<OwnInitiativeProposal> found = repository.findByBodyAndYear(sameAreaOtherName, 2026);

    assertEquals(1, found.size());
    assertEquals(FinancingSamples.WARSAW, found.get(0).body());
  }
}
