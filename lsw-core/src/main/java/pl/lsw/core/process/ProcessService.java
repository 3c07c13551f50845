package pl.lsw.core.process;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.process.port.ProcessInstanceRepository;

/**
 * The application service of processes: loads an instance, checks access, asks the instance,
 * saves the new state and, only after a successful save, publishes the events. A refused command
 * saves and publishes nothing. A {@link pl.lsw.core.kernel.VersionConflictException} from the
 * store propagates (nothing was saved or published); the caller may reload and retry.
 *
 * <p>Polish: <i>usługa aplikacyjna procesów</i>.
 */
public final class ProcessService {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessService.class);

  private final ProcessInstanceRepository repository;
  private final ProcessDefinitionCatalog catalog;
  private final Clock clock;
  private final IdSource ids;
  private final EventPublisher publisher;
  private final ProcessAccess access;

  /**
   * A service with the given collaborators.
   *
   * @param repository where instances are kept
   * @param catalog the known definitions
   * @param clock the source of today and of events' time
   * @param ids the source of new instance ids
   * @param publisher where events go after a successful save
   * @param access the access check consulted before every command
   */
  public ProcessService(
      ProcessInstanceRepository repository,
      ProcessDefinitionCatalog catalog,
      Clock clock,
      IdSource ids,
      EventPublisher publisher,
      ProcessAccess access) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.access = Objects.requireNonNull(access, "access");
  }

  /**
   * A service with the standard definitions that lets every actor give every command; plug in the
   * partnership's access rules with the full constructor.
   */
  public ProcessService(
      ProcessInstanceRepository repository, Clock clock, IdSource ids, EventPublisher publisher) {
    this(repository, ProcessDefinitionCatalog.standard(), clock, ids, publisher, ProcessAccess.allowAll());
  }

  /**
   * Starts a process for a partnership with the latest version of the named definition.
   *
   * @return the stored instance with its events, or the refusal
   */
  public Either<ProcessRefusal, ProcessChange> start(StartProcess command) {
    Option<ProcessDefinition> definition = catalog.latest(command.definitionCode());
    if (definition.isEmpty()) {
      return Either.left(ProcessRefusal.of(new Problem("definitionCode", "PROCESS_DEFINITION_UNKNOWN",
          "no process definition has the code '" + command.definitionCode() + "'")));
    }
    List<Problem> denied = access.check(command.actor(), command.partnershipId(),
        command.definitionCode(), ProcessCommandKind.START);
    if (!denied.isEmpty()) {
      return Either.left(ProcessRefusal.of(denied));
    }
    return ProcessInstance.start(ProcessInstanceId.of(ids.nextId()), command.partnershipId(),
            definition.get(), command.startedOn(), command.actor(), clock)
        .map(this::saveAndPublish);
  }

  /** Records a step as done in the instance's current iteration. */
  public Either<ProcessRefusal, ProcessChange> completeStep(ProcessInstanceId id, CompleteStep command) {
    return change(id, command.actor(), ProcessCommandKind.COMPLETE_STEP,
        (instance, definition) -> instance.completeStep(definition, command, clock));
  }

  /** Starts a new iteration through a loop of the instance's definition. */
  public Either<ProcessRefusal, ProcessChange> startNextIteration(ProcessInstanceId id, StartNextIteration command) {
    return change(id, command.actor(), ProcessCommandKind.START_NEXT_ITERATION,
        (instance, definition) -> instance.startNextIteration(definition, command, clock));
  }

  /** Records an activity on a standing task of the instance's definition. */
  public Either<ProcessRefusal, ProcessChange> recordStandingTaskActivity(
      ProcessInstanceId id, RecordStandingTaskActivity command) {
    return change(id, command.actor(), ProcessCommandKind.RECORD_STANDING_TASK_ACTIVITY,
        (instance, definition) -> instance.recordStandingTaskActivity(definition, command, clock));
  }

  /** The instance with this id, or none. */
  public Option<ProcessInstance> find(ProcessInstanceId id) {
    return repository.findById(id);
  }

  /** The instances of a partnership, ordered by the day they started, then by id. */
  public List<ProcessInstance> ofPartnership(PartnershipId partnershipId) {
    return repository.findByPartnership(partnershipId).asJava();
  }

  /** Where the instance stands, or none when there is no such instance or its definition is unknown. */
  public Option<ProcessPosition> position(ProcessInstanceId id) {
    return repository.findById(id).flatMap(instance ->
        catalog.find(instance.definitionCode(), instance.definitionVersion()).map(instance::position));
  }

  /** The definition an instance runs, from the service's catalog, or none. */
  public Option<ProcessDefinition> definitionOf(ProcessInstance instance) {
    return catalog.find(instance.definitionCode(), instance.definitionVersion());
  }

  private interface Command {
    Either<ProcessRefusal, ProcessChange> apply(ProcessInstance instance, ProcessDefinition definition);
  }

  private Either<ProcessRefusal, ProcessChange> change(
      ProcessInstanceId id, ActingPerson actor, ProcessCommandKind kind, Command command) {
    Option<ProcessInstance> found = repository.findById(id);
    if (found.isEmpty()) {
      return Either.left(ProcessRefusal.of(new Problem("id", "PROCESS_INSTANCE_NOT_FOUND",
          "there is no process instance " + id)));
    }
    ProcessInstance instance = found.get();
    Option<ProcessDefinition> definition = definitionOf(instance);
    if (definition.isEmpty()) {
      return Either.left(ProcessRefusal.of(new Problem("definition", "PROCESS_DEFINITION_UNKNOWN",
          "process instance " + id + " runs " + instance.definitionCode() + " v"
              + instance.definitionVersion() + ", which this application does not know")));
    }
    List<Problem> denied = access.check(actor, instance.partnershipId(), instance.definitionCode(), kind);
    if (!denied.isEmpty()) {
      return Either.left(ProcessRefusal.of(denied));
    }
    return command.apply(instance, definition.get()).map(this::saveAndPublish);
  }

  private ProcessChange saveAndPublish(ProcessChange change) {
    ProcessInstance saved = repository.save(change.instance());
    LOG.debug("process instance {} saved at version {} with {} event(s)",
        saved.id(), saved.version(), change.events().size());
    change.events().forEach(publisher::publish);
    return new ProcessChange(saved, change.events());
  }
}
