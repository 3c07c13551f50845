package pl.lsw.core.process;

import java.time.Clock;
import java.util.Optional;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.partnership.governance.ActingPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.process.ProcessFixtures.ANIMATOR;
import static pl.lsw.core.process.ProcessFixtures.CLOCK;
import static pl.lsw.core.process.ProcessFixtures.MANAGER;
import static pl.lsw.core.process.ProcessFixtures.MINUTES;
import static pl.lsw.core.process.ProcessFixtures.PARTNERSHIP;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.partnership.governance.ActingRole;

class ProcessServiceTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 15);

  /** Keeps every published event, in order. */
  static final class RecordingPublisher implements EventPublisher {
    final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(DomainEvent event) {
      events.add(event);
    }

    List<String> types() {
      return events.stream().map(DomainEvent::type).toList();
    }
  }

  private final InMemoryProcessInstanceRepository repository = new InMemoryProcessInstanceRepository();
  private final RecordingPublisher publisher = new RecordingPublisher();
  private final AtomicLong sequence = new AtomicLong();
  private final IdSource ids = () -> new UUID(0L, sequence.incrementAndGet());
  private final ProcessService service = new ProcessService(repository, ProcessDefinitionCatalog.standard(), CLOCK, ids, publisher,
      ProcessAccess.allowAll(), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());

  private ProcessInstanceId startMk() {
    return service.start(MANAGER, PARTNERSHIP, StandardProcesses.COOPERATION_MODEL_CODE, JAN)
        .get().state().id();
  }

  @Test
  void starting_a_process_stores_it_at_version_1_with_an_id_from_the_id_source_and_publishes_after_saving() {
    Change<ProcessInstance> change = service.start(
        MANAGER, PARTNERSHIP, StandardProcesses.LSW_STAGES_CODE, JAN).get();
    assertEquals(ProcessInstanceId.of(new UUID(0L, 1L)), change.state().id());
    assertEquals(1L, change.state().version());
    assertEquals(change.state(), repository.findById(change.state().id()).get());
    assertEquals(List.of("ProcessStarted"), publisher.types());
    assertEquals(List.of(change.state()), service.ofPartnership(PARTNERSHIP));
  }

  @Test
  void completing_a_step_loads_saves_and_publishes_the_step_completed_event() {
    ProcessInstanceId id = startMk();
    Change<ProcessInstance> change = service.completeStep(id, ANIMATOR, "1.1", JAN, MINUTES).get();
    assertEquals(2L, change.state().version());
    assertEquals(List.of("ProcessStarted", "StepCompleted"), publisher.types());
    StepCompleted event = assertInstanceOf(StepCompleted.class, publisher.events.get(1));
    assertEquals(ANIMATOR, event.completion().actor());
    assertEquals(List.of("1.2"), service.position(id).get().availableStepCodes());
  }

  @Test
  void a_refused_command_saves_and_publishes_nothing_and_says_why() {
    ProcessInstanceId id = startMk();
    int saves = repository.saves();
    Either<Refusal, Change<ProcessInstance>> result =
        service.completeStep(id, MANAGER, "2.2", JAN, MINUTES);
    assertTrue(result.isLeft());
    assertEquals(List.of("prerequisites[1.1]", "prerequisites[1.2]", "prerequisites[2.1]"),
        result.getLeft().reasons("PROCESS_STEP_PREREQUISITE_MISSING").stream().map(Problem::path).toList());
    assertEquals(saves, repository.saves());
    assertEquals(List.of("ProcessStarted"), publisher.types());
    assertEquals(1L, repository.findById(id).get().version());
  }

  @Test
  void an_unknown_instance_and_an_unknown_definition_are_refused() {
    assertEquals(List.of("PROCESS_INSTANCE_NOT_FOUND"), service.completeStep(
        ProcessInstanceId.of(new UUID(9L, 9L)), MANAGER, "1.1", JAN, MINUTES).getLeft().codes());
    assertEquals(List.of("PROCESS_DEFINITION_UNKNOWN"), service.start(
        MANAGER, PARTNERSHIP, "NO_SUCH_PROCESS", JAN).getLeft().codes());
    assertTrue(publisher.events.isEmpty());
  }

  @Test
  void the_access_hook_is_consulted_with_the_actor_and_can_refuse_any_command() {
    List<String> asked = new ArrayList<>();
    ProcessAccess onlyManagers = (actor, partnership, definitionCode, kind) -> {
      asked.add(kind + " " + definitionCode);
      return actor.role() == ActingRole.TASK_TEAM_MANAGER
          ? List.of()
          : List.of(ProcessProblems.PROBLEMS.problem("actor", "PROCESS_ACCESS_DENIED"));
    };
    ProcessService guarded = new ProcessService(repository, ProcessDefinitionCatalog.standard(), CLOCK, ids,
        publisher, onlyManagers, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
    ProcessInstanceId id = guarded.start(
        MANAGER, PARTNERSHIP, StandardProcesses.ACTION_BANK_LOOP_CODE, JAN).get().state().id();
    Refusal refusal = guarded.completeStep(id, ANIMATOR, "1", JAN, MINUTES).getLeft();
    assertEquals(List.of("PROCESS_ACCESS_DENIED"), refusal.codes());
    assertTrue(guarded.completeStep(id, MANAGER, "1", JAN, MINUTES).isRight());
    assertEquals(List.of("START ACTION_BANK_LOOP", "COMPLETE_STEP ACTION_BANK_LOOP", "COMPLETE_STEP ACTION_BANK_LOOP"),
        asked);
    assertEquals(List.of("ProcessStarted", "StepCompleted"), publisher.types());
  }

  @Test
  void a_users_own_definition_runs_through_a_catalog_that_knows_it() {
    ProcessDefinition own = ProcessDefinition.builder("OWN", 1, Title.of("Własny", "Own"), "handbook")
        .stage("A", Title.of("Etap", "Stage"))
        .step("1", Title.of("Krok", "Step"))
        .standingTask("T", Title.of("Zadanie", "Task"))
        .buildOrThrow();
    ProcessService custom = new ProcessService(repository, ProcessDefinitionCatalog.standard().with(own), CLOCK,
        ids, publisher, ProcessAccess.allowAll(), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
    ProcessInstanceId id = custom.start(MANAGER, PARTNERSHIP, "OWN", JAN).get().state().id();
    custom.recordStandingTaskActivity(id, ANIMATOR, "T", JAN, MINUTES).get();
    Change<ProcessInstance> last = custom.completeStep(id, MANAGER, "1", JAN, MINUTES).get();
    assertTrue(last.state().isComplete(own));
    assertEquals(List.of("ProcessStarted", "StandingTaskActivityRecorded", "StepCompleted", "ProcessCompleted"),
        publisher.types());
  }

  @Test
  void the_service_runs_the_model_kooperacji_loop_and_publishes_the_new_iteration() {
    ProcessInstanceId id = startMk();
    for (String step : List.of("1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3", "4", "5.1", "5.2", "5.3",
        "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8", "9.1")) {
      service.completeStep(id, MANAGER, step, JAN, MINUTES).get();
    }
    service.completeStep(id, MANAGER, "9.2", JAN, MINUTES, ContinuationDecision.CONTINUE).get();
    Change<ProcessInstance> change = service.startNextIteration(id, MANAGER, StandardProcesses.COOPERATION_MODEL_CONTINUE, JAN).get();
    assertEquals(2, change.state().currentIteration().number());
    assertEquals("IterationStarted", publisher.types().get(publisher.types().size() - 1));
    assertEquals(List.of("2.2"), service.position(id).get().availableStepCodes());
  }

  @Test
  void a_version_conflict_on_save_publishes_nothing() {
    ProcessInstanceId id = startMk();
    ProcessInstanceRepositoryStub racing = new ProcessInstanceRepositoryStub(repository);
    ProcessService raced = new ProcessService(racing, ProcessDefinitionCatalog.standard(), CLOCK, ids, publisher,
        ProcessAccess.allowAll(), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
    int published = publisher.events.size();
    assertThrows(VersionConflictException.class,
        () -> raced.completeStep(id, MANAGER, "1.1", JAN, MINUTES));
    assertEquals(published, publisher.events.size());
    assertTrue(repository.findById(id).get().history().isEmpty());
  }

  @Test
  void starting_answers_the_new_instance_id_as_the_created_id() {
    Change<ProcessInstance> change = service.start(MANAGER, PARTNERSHIP, StandardProcesses.LSW_STAGES_CODE, JAN).get();
    assertEquals(change.state().id(), change.createdId(ProcessInstanceId.class));
    assertEquals(List.of("ProcessStarted"), change.events().stream().map(DomainEvent::type).toList());
  }

  @Test
  void a_command_to_an_unknown_instance_is_refused_in_both_languages_without_naming_its_id() {
    ProcessInstanceId unknown = ProcessInstanceId.of(new UUID(9L, 9L));
    Refusal refusal = service.recordStandingTaskActivity(unknown, MANAGER, "S3", JAN, MINUTES).getLeft();
    assertEquals(List.of("PROCESS_INSTANCE_NOT_FOUND"), refusal.codes());
    assertEquals("there is no such process instance", refusal.reasons().get(0).message(java.util.Locale.ENGLISH));
    assertEquals("nie ma takiego przebiegu procesu", refusal.reasons().get(0).message(pl.lsw.core.kernel.Messages.POLISH));
    assertTrue(!refusal.message().contains(unknown.toString()));
    assertEquals(0, repository.saves());
    assertTrue(publisher.events.isEmpty());
  }

  @Test
  void a_missing_prerequisite_is_explained_in_polish_and_english_by_step_titles() {
    ProcessInstanceId id = startMk();
    Problem missing = service.completeStep(id, MANAGER, "1.2", JAN, MINUTES).getLeft()
        .reasons("PROCESS_STEP_PREREQUISITE_MISSING").get(0);
    ProcessStep first = StandardProcesses.COOPERATION_MODEL_FIRST_IMPLEMENTATION.step("1.1").get();
    assertTrue(missing.message(pl.lsw.core.kernel.Messages.POLISH)
        .contains("wymaga kroku 1.1 „" + first.title().polish() + "”"), missing.message(pl.lsw.core.kernel.Messages.POLISH));
    assertTrue(missing.message(java.util.Locale.ENGLISH)
        .contains("needs step 1.1 \"" + first.title().english() + "\""), missing.message());
    assertTrue(!missing.message(pl.lsw.core.kernel.Messages.POLISH).equals(missing.message(java.util.Locale.ENGLISH)));
  }

  /** A store where someone else always saved first: every save is a version conflict. */
  static final class ProcessInstanceRepositoryStub implements pl.lsw.core.process.ProcessInstanceRepository {
    private final InMemoryProcessInstanceRepository delegate;

    ProcessInstanceRepositoryStub(InMemoryProcessInstanceRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public ProcessInstance save(ProcessInstance instance) {
      throw new VersionConflictException("ProcessInstance", instance.id().toString(), instance.version());
    }

    @Override
    public java.util.Optional<ProcessInstance> findById(ProcessInstanceId id) {
      return delegate.findById(id);
    }

    @Override
    public List<ProcessInstance> findByPartnership(pl.lsw.core.partnership.PartnershipId p) {
      return delegate.findByPartnership(p);
    }
  }
}
