package pl.lsw.core.process;

import static pl.lsw.core.process.ProcessProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.service.CommandRunner;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * The application service of processes, in the one shape of every service ({@link
 * CommandRunner}): loads an instance (an unknown id is a refusal with the code {@code
 * PROCESS_INSTANCE_NOT_FOUND}), checks access, asks the instance, saves the new state and, only
 * after a successful save, publishes the events. A refused command saves and publishes nothing.
 * A {@link pl.lsw.core.kernel.VersionConflictException} from the store propagates (nothing was
 * saved or published); the caller may reload and retry.
 *
 * <p>Every command answers {@code Either<Refusal, Change<ProcessInstance>>}; its first arguments
 * are the instance's id (none for {@link #start}) and the actor.
 *
 * <p>Refusal codes: {@code PROCESS_INSTANCE_NOT_FOUND}, {@code PROCESS_DEFINITION_UNKNOWN},
 * {@code PROCESS_DEFINITION_MISMATCH}, {@code PROCESS_ACCESS_DENIED}, {@code
 * PROCESS_STEP_UNKNOWN}, {@code PROCESS_STEP_NOT_COMPLETABLE}, {@code PROCESS_STEP_ALREADY_DONE},
 * {@code PROCESS_STEP_PREREQUISITE_MISSING} (one per missing step, its path {@code
 * prerequisites[<code>]}), {@code PROCESS_DATE_IN_FUTURE}, {@code PROCESS_DATE_BEFORE_START},
 * {@code PROCESS_STEP_DATE_BEFORE_PREREQUISITE}, {@code PROCESS_DATE_BEFORE_ITERATION}, {@code
 * PROCESS_DECISION_MISSING}, {@code PROCESS_DECISION_NOT_EXPECTED}, {@code PROCESS_LOOP_UNKNOWN},
 * {@code PROCESS_LOOP_TRIGGER_NOT_DONE}, {@code PROCESS_LOOP_NO_DECISION_TO_CONTINUE}, {@code
 * PROCESS_LOOP_CONCLUSIONS_MISSING}, {@code PROCESS_LOOP_DATE_BEFORE_TRIGGER}, {@code
 * PROCESS_STANDING_TASK_UNKNOWN}.
 *
 * <p>Thread-safe when its collaborators are. Polish: <i>usługa aplikacyjna procesów</i>.
 */
public final class ProcessService {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessService.class);

  private final ProcessInstanceRepository repository;
  private final ProcessDefinitionCatalog catalog;
  private final Clock clock;
  private final IdSource ids;
  private final ProcessAccess access;
  private final CommandRunner<ProcessInstanceId, ProcessInstance> runner;

  /**
   * A service with the given collaborators.
   *
   * @param repository where instances are kept
   * @param catalog the known definitions
   * @param clock the source of today and of events' time
   * @param ids the source of new instance ids
   * @param publisher where events go after a successful save
   * @param access the access check consulted before every command, e.g. {@link
   *     PartnershipProcessAccess}
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public ProcessService(
      ProcessInstanceRepository repository,
      ProcessDefinitionCatalog catalog,
      Clock clock,
      IdSource ids,
      EventPublisher publisher,
      ProcessAccess access,
      AccessPolicy policy) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.access = Objects.requireNonNull(access, "access");
    this.runner = new CommandRunner<>("processes", new Store(repository), Objects.requireNonNull(publisher, "publisher"),
        id -> PROBLEMS.problem("id", "PROCESS_INSTANCE_NOT_FOUND"), policy);
  }

  /**
   * Starts a process for a partnership with the latest version of the named definition.
   *
   * @param actor who starts it, in which role
   * @param partnershipId the partnership the process belongs to
   * @param definitionCode the code of the definition, e.g. {@code "LSW_STAGES"}
   * @param startedOn the day it starts (not after today, by the clock)
   * @return the stored instance with its events and its new id ({@code
   *     change.createdId(ProcessInstanceId.class)}), or the refusal
   */
  public Either<Refusal, Change<ProcessInstance>> start(ActingPerson actor,
      PartnershipId partnershipId, String definitionCode, LocalDate startedOn) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(definitionCode, "definitionCode");
    Objects.requireNonNull(startedOn, "startedOn");
    return runner.create("start", actor, () -> {
      Optional<ProcessDefinition> definition = catalog.latest(definitionCode);
      if (definition.isEmpty()) {
        return Either.left(PROBLEMS.refusal("definitionCode", "PROCESS_DEFINITION_UNKNOWN",
            "code", definitionCode));
      }
      List<Problem> denied = access.check(actor, partnershipId, definitionCode,
          ProcessCommandKind.START);
      if (!denied.isEmpty()) {
        return Either.left(Refusal.of(denied));
      }
      return ProcessInstance.start(ProcessInstanceId.of(ids.nextId()), partnershipId,
          definition.get(), startedOn, actor, clock);
    });
  }

  /**
   * Records a step that takes no decision as done in the instance's current iteration.
   *
   * @param id the instance
   * @param actor who records it, in which role
   * @param stepCode the code of the step or sub-step
   * @param completedOn the day it was done (not after today, by the clock)
   * @param evidence the reference to the evidence
   * @return the change, or the refusal
   */
  public Either<Refusal, Change<ProcessInstance>> completeStep(ProcessInstanceId id,
      ActingPerson actor, String stepCode, LocalDate completedOn, EvidenceReference evidence) {
    return change("completeStep", id, actor, ProcessCommandKind.COMPLETE_STEP, (instance, definition) ->
        instance.completeStep(definition, actor, stepCode, completedOn, evidence, clock));
  }

  /**
   * Records a decision-point step as done in the instance's current iteration, with the decision
   * taken.
   *
   * @param id the instance
   * @param actor who records it, in which role
   * @param stepCode the code of the step or sub-step
   * @param completedOn the day it was done (not after today, by the clock)
   * @param evidence the reference to the evidence
   * @param decision the decision taken
   * @return the change, or the refusal
   */
  public Either<Refusal, Change<ProcessInstance>> completeStep(ProcessInstanceId id,
      ActingPerson actor, String stepCode, LocalDate completedOn, EvidenceReference evidence,
      ContinuationDecision decision) {
    Objects.requireNonNull(decision, "decision");
    return change("completeStep", id, actor, ProcessCommandKind.COMPLETE_STEP, (instance, definition) ->
        instance.completeStep(definition, actor, stepCode, completedOn, evidence,
            Optional.of(decision), clock));
  }

  /**
   * Starts a new iteration through a loop of the instance's definition, from the conclusions of
   * the last one.
   *
   * @param id the instance
   * @param actor who starts it, in which role
   * @param loopCode the code of the loop
   * @param startedOn the day the iteration starts
   * @param conclusions the reference to the conclusions it starts from
   * @return the change, or the refusal
   */
  public Either<Refusal, Change<ProcessInstance>> startNextIteration(ProcessInstanceId id,
      ActingPerson actor, String loopCode, LocalDate startedOn, EvidenceReference conclusions) {
    Objects.requireNonNull(conclusions, "conclusions");
    return change("startNextIteration", id, actor, ProcessCommandKind.START_NEXT_ITERATION, (instance, definition) ->
        instance.startNextIteration(definition, actor, loopCode, startedOn,
            Optional.of(conclusions), clock));
  }

  /**
   * Starts a new iteration through a loop of the instance's definition without a reference to
   * conclusions (refused for a loop that needs them).
   *
   * @param id the instance
   * @param actor who starts it, in which role
   * @param loopCode the code of the loop
   * @param startedOn the day the iteration starts
   * @return the change, or the refusal
   */
  public Either<Refusal, Change<ProcessInstance>> startNextIteration(ProcessInstanceId id,
      ActingPerson actor, String loopCode, LocalDate startedOn) {
    return change("startNextIteration", id, actor, ProcessCommandKind.START_NEXT_ITERATION, (instance, definition) ->
        instance.startNextIteration(definition, actor, loopCode, startedOn, Optional.empty(),
            clock));
  }

  /**
   * Records an activity on a standing task of the instance's definition.
   *
   * @param id the instance
   * @param actor who records it, in which role
   * @param taskCode the code of the standing task
   * @param performedOn the day it was done (not after today, not before the process started)
   * @param evidence the reference to the evidence
   * @return the change, or the refusal
   */
  public Either<Refusal, Change<ProcessInstance>> recordStandingTaskActivity(ProcessInstanceId id,
      ActingPerson actor, String taskCode, LocalDate performedOn, EvidenceReference evidence) {
    return change("recordStandingTaskActivity", id, actor, ProcessCommandKind.RECORD_STANDING_TASK_ACTIVITY,
        (instance, definition) -> instance.recordStandingTaskActivity(definition, actor, taskCode,
            performedOn, evidence, clock));
  }

  /**
   * The instance with this id.
   *
   * @param id the id
   * @return the instance, or empty
   */
  public Optional<ProcessInstance> find(ProcessInstanceId id) {
    return repository.findById(id);
  }

  /**
   * The instances of a partnership, ordered by the day they started, then by id.
   *
   * @param partnershipId the partnership
   * @return the instances
   */
  public List<ProcessInstance> ofPartnership(PartnershipId partnershipId) {
    return repository.findByPartnership(partnershipId);
  }

  /**
   * Where the instance stands.
   *
   * @param id the instance
   * @return the position, or empty when there is no such instance or its definition is unknown
   */
  public Optional<ProcessPosition> position(ProcessInstanceId id) {
    return repository.findById(id).flatMap(instance -> definitionOf(instance).map(instance::position));
  }

  /**
   * The definition an instance runs, from the service's catalog.
   *
   * @param instance the instance
   * @return the definition, or empty when the catalog does not know it
   */
  public Optional<ProcessDefinition> definitionOf(ProcessInstance instance) {
    return catalog.find(instance.definitionCode(), instance.definitionVersion());
  }

  private interface Command {
    Either<Refusal, Change<ProcessInstance>> apply(ProcessInstance instance, ProcessDefinition definition);
  }

  private Either<Refusal, Change<ProcessInstance>> change(String commandName, 
      ProcessInstanceId id, ActingPerson actor, ProcessCommandKind kind, Command command) {
    Objects.requireNonNull(actor, "actor");
    Function<ProcessInstance, Either<Refusal, Change<ProcessInstance>>> guarded = instance -> {
      Optional<ProcessDefinition> definition = definitionOf(instance);
      if (definition.isEmpty()) {
        return Either.left(Refusal.of(PROBLEMS.keyed("PROCESS_DEFINITION_UNKNOWN.instance",
            "definition", "PROCESS_DEFINITION_UNKNOWN", "code", instance.definitionCode(),
            "version", instance.definitionVersion())));
      }
      List<Problem> denied = access.check(actor, instance.partnershipId(), instance.definitionCode(), kind);
      if (!denied.isEmpty()) {
        return Either.left(Refusal.of(denied));
      }
      return command.apply(instance, definition.get());
    };
    return runner.run(commandName, id, actor, guarded);
  }

  /** The repository as the runner's store. */
  private static final class Store implements CommandRunner.Store<ProcessInstanceId, ProcessInstance> {
    private final ProcessInstanceRepository repository;

    Store(ProcessInstanceRepository repository) {
      this.repository = repository;
    }

    @Override
    public Optional<ProcessInstance> find(ProcessInstanceId id) {
      return repository.findById(id);
    }

    @Override
    public ProcessInstance save(ProcessInstance state, List<DomainEvent> events) {
      ProcessInstance saved = repository.save(state);
      LOG.debug("process instance saved at version {} with {} event(s)", saved.version(), events.size());
      return saved;
    }
  }
}
