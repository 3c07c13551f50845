package pl.lsw.core.process;

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
  private final ProcessService service = new ProcessService(repository, CLOCK, ids, publisher);

  private ProcessInstanceId startMk() {
    return service.start(new StartProcess(PARTNERSHIP, StandardProcesses.COOPERATION_MODEL_CODE, JAN, MANAGER))
        .get().instance().id();
  }

  @Test
  void starting_a_process_stores_it_at_version_1_with_an_id_from_the_id_source_and_publishes_after_saving() {
    ProcessChange change = service.start(
        new StartProcess(PARTNERSHIP, StandardProcesses.LSW_STAGES_CODE, JAN, MANAGER)).get();
    assertEquals(ProcessInstanceId.of(new UUID(0L, 1L)), change.instance().id());
    assertEquals(1L, change.instance().version());
    assertEquals(change.instance(), repository.findById(change.instance().id()).get());
    assertEquals(List.of("ProcessStarted"), publisher.types());
    assertEquals(List.of(change.instance()), service.ofPartnership(PARTNERSHIP));
  }

  @Test
  void completing_a_step_loads_saves_and_publishes_the_step_completed_event() {
    ProcessInstanceId id = startMk();
    ProcessChange change = service.completeStep(id, CompleteStep.of("1.1", JAN, ANIMATOR, MINUTES)).get();
    assertEquals(2L, change.instance().version());
    assertEquals(List.of("ProcessStarted", "StepCompleted"), publisher.types());
    StepCompleted event = assertInstanceOf(StepCompleted.class, publisher.events.get(1));
    assertEquals(ANIMATOR, event.completion().actor());
    assertEquals(List.of("1.2"), service.position(id).get().availableStepCodes());
  }

  @Test
  void a_refused_command_saves_and_publishes_nothing_and_says_why() {
    ProcessInstanceId id = startMk();
    int saves = repository.saves();
    Either<ProcessRefusal, ProcessChange> result =
        service.completeStep(id, CompleteStep.of("2.2", JAN, MANAGER, MINUTES));
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
        ProcessInstanceId.of(new UUID(9L, 9L)), CompleteStep.of("1.1", JAN, MANAGER, MINUTES)).getLeft().codes());
    assertEquals(List.of("PROCESS_DEFINITION_UNKNOWN"), service.start(
        new StartProcess(PARTNERSHIP, "NO_SUCH_PROCESS", JAN, MANAGER)).getLeft().codes());
    assertTrue(publisher.events.isEmpty());
  }

  @Test
  void the_access_hook_is_consulted_with_the_actor_and_can_refuse_any_command() {
    List<String> asked = new ArrayList<>();
    ProcessAccess onlyManagers = (actor, partnership, definitionCode, kind) -> {
      asked.add(kind + " " + definitionCode);
      return actor.role() == ActingRole.TASK_TEAM_MANAGER
          ? List.of()
          : List.of(Problem.of("PROCESS_ACCESS_DENIED", actor.role().englishName() + " may not " + kind));
    };
    ProcessService guarded = new ProcessService(repository, ProcessDefinitionCatalog.standard(), CLOCK, ids,
        publisher, onlyManagers);
    ProcessInstanceId id = guarded.start(
        new StartProcess(PARTNERSHIP, StandardProcesses.ACTION_BANK_LOOP_CODE, JAN, MANAGER)).get().instance().id();
    ProcessRefusal refusal = guarded.completeStep(id, CompleteStep.of("1", JAN, ANIMATOR, MINUTES)).getLeft();
    assertEquals(List.of("PROCESS_ACCESS_DENIED"), refusal.codes());
    assertTrue(guarded.completeStep(id, CompleteStep.of("1", JAN, MANAGER, MINUTES)).isRight());
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
        ids, publisher, ProcessAccess.allowAll());
    ProcessInstanceId id = custom.start(new StartProcess(PARTNERSHIP, "OWN", JAN, MANAGER)).get().instance().id();
    custom.recordStandingTaskActivity(id, new RecordStandingTaskActivity("T", JAN, ANIMATOR, MINUTES)).get();
    ProcessChange last = custom.completeStep(id, CompleteStep.of("1", JAN, MANAGER, MINUTES)).get();
    assertTrue(last.instance().isComplete(own));
    assertEquals(List.of("ProcessStarted", "StandingTaskActivityRecorded", "StepCompleted", "ProcessCompleted"),
        publisher.types());
  }

  @Test
  void the_service_runs_the_model_kooperacji_loop_and_publishes_the_new_iteration() {
    ProcessInstanceId id = startMk();
    for (String step : List.of("1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3", "4", "5.1", "5.2", "5.3",
        "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8", "9.1")) {
      service.completeStep(id, CompleteStep.of(step, JAN, MANAGER, MINUTES)).get();
    }
    service.completeStep(id, CompleteStep.of("9.2", JAN, MANAGER, MINUTES)
        .withDecision(ContinuationDecision.CONTINUE)).get();
    ProcessChange change = service.startNextIteration(id, StartNextIteration.withoutConclusions(
        StandardProcesses.COOPERATION_MODEL_CONTINUE, JAN, MANAGER)).get();
    assertEquals(2, change.instance().currentIteration().number());
    assertEquals("IterationStarted", publisher.types().get(publisher.types().size() - 1));
    assertEquals(List.of("2.2"), service.position(id).get().availableStepCodes());
  }

  @Test
  void a_version_conflict_on_save_publishes_nothing() {
    ProcessInstanceId id = startMk();
    ProcessInstanceRepositoryStub racing = new ProcessInstanceRepositoryStub(repository);
    ProcessService raced = new ProcessService(racing, CLOCK, ids, publisher);
    int published = publisher.events.size();
    assertThrows(VersionConflictException.class,
        () -> raced.completeStep(id, CompleteStep.of("1.1", JAN, MANAGER, MINUTES)));
    assertEquals(published, publisher.events.size());
    assertTrue(repository.findById(id).get().history().isEmpty());
  }

  /** A store where someone else always saved first: every save is a version conflict. */
  static final class ProcessInstanceRepositoryStub implements pl.lsw.core.process.port.ProcessInstanceRepository {
    private final InMemoryProcessInstanceRepository delegate;

    ProcessInstanceRepositoryStub(InMemoryProcessInstanceRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public ProcessInstance save(ProcessInstance instance) {
      throw new VersionConflictException("ProcessInstance", instance.id().toString(), instance.version());
    }

    @Override
    public io.vavr.control.Option<ProcessInstance> findById(ProcessInstanceId id) {
      return delegate.findById(id);
    }

    @Override
    public io.vavr.collection.List<ProcessInstance> findByPartnership(pl.lsw.core.partnership.PartnershipId p) {
      return delegate.findByPartnership(p);
    }
  }
}
