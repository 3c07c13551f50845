package pl.lsw.core.process;

import io.vavr.control.Either;
import java.time.Clock;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.partnership.governance.ActingPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The contract every {@link ProcessInstanceRepository} keeps. A store proves it with an empty
 * subclass that implements {@link #emptyRepository()}; the tests are {@code final} so that a
 * subclass cannot weaken them. Each test gets a fresh, empty repository and depends on no other.
 *
 * <p>A stored instance must come back equal to what was saved (with the new version): every
 * iteration with its carried-over steps and conclusions, every step completion with its decision
 * and evidence address, every standing-task activity, all in their order.
 */
public abstract class ProcessInstanceRepositoryContract {

  private static final ProcessDefinition MK = StandardProcesses.COOPERATION_MODEL_FIRST_IMPLEMENTATION;

  private ProcessInstanceRepository repository;
  private final Random rnd = new Random(20260630L);

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract ProcessInstanceRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  private ProcessInstance fresh(PartnershipId partnership, LocalDate startedOn) {
    return ProcessInstance.start(ProcessGen.instanceId(rnd), partnership, StandardProcesses.LSW_STAGES,
        startedOn, ProcessGen.actor(rnd), ProcessFixtures.CLOCK).get().state();
  }

  /** A Model Kooperacji instance in its second iteration, with a decision, a URI and an activity. */
  private ProcessInstance looped() {
    ProcessInstance instance = ProcessFixtures.started(MK, LocalDate.of(2026, 1, 10));
    instance = ProcessFixtures.doneAll(instance, MK, LocalDate.of(2026, 2, 1), "1.1", "1.2", "2.1", "2.2",
        "2.3", "2.4", "3", "4", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8", "9.1");
    instance = instance.completeStep(MK, ProcessFixtures.ANIMATOR, "9.2", LocalDate.of(2026, 3, 1), EvidenceReference.of("uchwała PZK 3/2026", java.net.URI.create("https://example.org/pzk/3")), Optional.of(ContinuationDecision.CONTINUE), ProcessFixtures.CLOCK).get().state();
    instance = instance.startNextIteration(MK, ProcessFixtures.MANAGER, StandardProcesses.COOPERATION_MODEL_CONTINUE, LocalDate.of(2026, 3, 2), Optional.empty(),
        ProcessFixtures.CLOCK).get().state();
    instance = instance.recordStandingTaskActivity(MK, ProcessFixtures.ANIMATOR, "S3", LocalDate.of(2026, 3, 3), EvidenceReference.of("ulotka"), ProcessFixtures.CLOCK)
        .get().state();
    return ProcessFixtures.done(instance, MK, "2.2", LocalDate.of(2026, 3, 4));
  }

  // --- round trip and versions ---------------------------------------------------------------

  @Test
  public final void a_new_instance_is_stored_with_version_1_and_found_equal() {
    ProcessInstance instance = fresh(ProcessFixtures.PARTNERSHIP, LocalDate.of(2026, 1, 5));

    ProcessInstance stored = repository.save(instance);

    assertEquals(instance.withVersion(1), stored);
    assertEquals(stored, repository.findById(instance.id()).get());
  }

  @Test
  public final void a_looped_instance_round_trips_with_iterations_decisions_evidence_and_activities() {
    ProcessInstance instance = looped();

    repository.save(instance);

    ProcessInstance found = repository.findById(instance.id()).get();
    assertEquals(instance.withVersion(1), found);
    assertEquals(2, found.iterations().size());
    assertEquals(List.of("1.1", "1.2", "2.1"), found.currentIteration().carriedOverSteps());
    assertEquals(Optional.of(StandardProcesses.COOPERATION_MODEL_CONTINUE), found.currentIteration().loopCode());
    assertEquals(Optional.of(ContinuationDecision.CONTINUE), found.history().get(19).decision());
    assertTrue(found.history().get(19).evidence().uri().isPresent());
    assertEquals(21, found.history().size());
    assertEquals("2.2", found.history().get(20).stepCode());
    assertEquals(1, found.standingTaskActivities().size());
    assertEquals(List.of("2.3"), found.position(MK).availableStepCodes());
  }

  @Test
  public final void randomly_advanced_instances_of_every_definition_round_trip() {
    for (int i = 0; i < 25; i++) {
      ProcessDefinition definition = ProcessGen.definition(rnd);
      ProcessInstance instance = ProcessGen.advancedInstance(rnd, definition, 60);

      ProcessInstance stored = repository.save(instance);

      assertEquals(instance.withVersion(1), stored);
      assertEquals(stored, repository.findById(instance.id()).get(), definition.code());
    }
  }

  @Test
  public final void every_save_increments_the_version_by_one_and_keeps_the_latest_state() {
    ProcessDefinition lsw = StandardProcesses.LSW_STAGES;
    ProcessInstance v1 = repository.save(fresh(ProcessFixtures.PARTNERSHIP, LocalDate.of(2026, 1, 5)));
    ProcessInstance v2 = repository.save(ProcessFixtures.done(v1, lsw, "1.1", LocalDate.of(2026, 1, 6)));
    ProcessInstance v3 = repository.save(ProcessFixtures.done(v2, lsw, "2.1", LocalDate.of(2026, 1, 7)));

    assertEquals(List.of(1L, 2L, 3L), List.of(v1.version(), v2.version(), v3.version()));
    assertEquals(v3, repository.findById(v1.id()).get());
    assertEquals(List.of("1.1", "2.1"), repository.findById(v1.id()).get().history().stream()
        .map(StepCompletion::stepCode).toList());
  }

  // --- optimistic versions -------------------------------------------------------------------

  @Test
  public final void saving_a_new_instance_whose_id_is_taken_is_a_version_conflict() {
    ProcessInstance instance = fresh(ProcessFixtures.PARTNERSHIP, LocalDate.of(2026, 1, 5));
    ProcessInstance stored = repository.save(instance);

    assertThrows(VersionConflictException.class, () -> repository.save(instance));

    assertEquals(stored, repository.findById(instance.id()).get());
  }

  @Test
  public final void saving_a_stale_version_is_a_conflict_and_writes_nothing() {
    ProcessDefinition lsw = StandardProcesses.LSW_STAGES;
    ProcessInstance v1 = repository.save(fresh(ProcessFixtures.PARTNERSHIP, LocalDate.of(2026, 1, 5)));
    ProcessInstance v2 = repository.save(ProcessFixtures.done(v1, lsw, "1.1", LocalDate.of(2026, 1, 6)));

    ProcessInstance stale = ProcessFixtures.done(v1, lsw, "1.1", LocalDate.of(2026, 1, 9));
    VersionConflictException e = assertThrows(VersionConflictException.class, () -> repository.save(stale));

    assertEquals(1L, e.expectedVersion());
    assertEquals(v2, repository.findById(v1.id()).get());
  }

  @Test
  public final void saving_a_stored_looking_version_of_an_unknown_instance_is_no_longer_stored() {
    ProcessInstance ghost =
        fresh(ProcessFixtures.PARTNERSHIP, LocalDate.of(2026, 1, 5)).withVersion(4);

    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> repository.save(ghost));

    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals(ghost.id().toString(), e.id());
    assertEquals(4L, e.version());

    assertTrue(repository.findById(ghost.id()).isEmpty());
  }

  @Test
  public final void of_two_concurrent_saves_of_one_version_exactly_one_wins_and_nothing_is_lost() throws Exception {
    ProcessDefinition lsw = StandardProcesses.LSW_STAGES;
    ProcessInstance v1 = repository.save(fresh(ProcessFixtures.PARTNERSHIP, LocalDate.of(2026, 1, 5)));
    ProcessInstance first = ProcessFixtures.done(v1, lsw, "1.1", LocalDate.of(2026, 1, 6));
    ProcessInstance second = ProcessFixtures.done(v1, lsw, "1.1", LocalDate.of(2026, 1, 7));
    CyclicBarrier barrier = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<ProcessInstance>> results = new ArrayList<>();
      for (ProcessInstance candidate : List.of(first, second)) {
        results.add(pool.submit(() -> {
          barrier.await(10, TimeUnit.SECONDS);
          return repository.save(candidate);
        }));
      }
      List<ProcessInstance> winners = new ArrayList<>();
      int conflicts = 0;
      for (Future<ProcessInstance> result : results) {
        try {
          winners.add(result.get(20, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          assertTrue(e.getCause() instanceof VersionConflictException, String.valueOf(e.getCause()));
          conflicts++;
        }
      }
      assertEquals(1, winners.size());
      assertEquals(1, conflicts);
      assertEquals(winners.get(0), repository.findById(v1.id()).get());
      assertEquals(2L, winners.get(0).version());
    } finally {
      pool.shutdownNow();
    }
  }

  // --- queries -------------------------------------------------------------------------------

  @Test
  public final void an_unknown_id_is_not_found() {
    assertTrue(repository.findById(ProcessGen.instanceId(rnd)).isEmpty());
  }

  @Test
  public final void the_instances_of_a_partnership_are_listed_by_start_day_then_id_and_no_others() {
    PartnershipId ours = ProcessGen.partnershipId(rnd);
    PartnershipId theirs = ProcessGen.partnershipId(rnd);
    ProcessInstance late = repository.save(fresh(ours, LocalDate.of(2026, 5, 1)));
    ProcessInstance earlyA = repository.save(fresh(ours, LocalDate.of(2026, 2, 1)));
    ProcessInstance earlyB = repository.save(fresh(ours, LocalDate.of(2026, 2, 1)));
    repository.save(fresh(theirs, LocalDate.of(2026, 1, 1)));

    List<ProcessInstance> expected = new ArrayList<>(List.of(earlyA, earlyB));
    expected.sort(Comparator.comparing(p -> p.id().toString()));
    expected.add(late);
    assertEquals(expected, repository.findByPartnership(ours));
    assertTrue(repository.findByPartnership(ProcessGen.partnershipId(rnd)).isEmpty());
  }
}
