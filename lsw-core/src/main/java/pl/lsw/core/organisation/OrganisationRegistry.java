package pl.lsw.core.organisation;

import io.vavr.control.Either;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.service.CommandRunner;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Regon;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;

/**
 * The application service of the organisation registry: registers and changes organisations,
 * and finds them. Every command names its {@link RegistryClerk} and answers the kernel {@link
 * Refusal} (every problem of the draft, a NIP or REGON another organisation already has: {@code
 * NIP_TAKEN}, {@code REGON_TAKEN}; an organisation that is not registered: {@code
 * ORGANISATION_UNKNOWN}) or the kernel {@link Change}. It runs on the kernel {@link
 * CommandRunner}: loads, asks the model, saves and then publishes what happened; events are
 * published only after a successful save. Thread-safe when its collaborators are.
 *
 * <p>Polish: <i>rejestr organizacji</i>.
 */
public final class OrganisationRegistry {

  private static final String AGGREGATE = "Organisation";

  private final OrganisationRepository repository;
  private final Clock clock;
  private final IdSource ids;
  private final CommandRunner<OrganisationId, Organisation> runner;

  /**
   * @param repository where organisations are kept
   * @param clock the time of events
   * @param ids the source of new organisation ids
   * @param events where events are published
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public OrganisationRegistry(
      OrganisationRepository repository, Clock clock, IdSource ids, EventPublisher events,
      AccessPolicy policy) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.runner = new CommandRunner<>("organisations", CommandRunner.Store.of(repository::findById, repository::save), Objects.requireNonNull(events, "events"),
        id -> OrganisationProblems.PROBLEMS.problem("id", "ORGANISATION_UNKNOWN"), policy);
  }

  /**
   * Registers a new organisation: validates the draft, gives it a new id, refuses a NIP or REGON
   * already in the registry, stores it and publishes {@link OrganisationRegistered}.
   *
   * @param actor who registers it
   * @param draft the organisation's data
   * @return every problem of the draft and every NIP or REGON already taken; or the stored
   *     organisation (version 1) with its new {@link OrganisationId} as the created id
   * @throws DuplicateKeyException when another organisation took the NIP or REGON meanwhile
   */
  public Either<Refusal, Change<Organisation>> register(RegistryClerk actor,
      OrganisationDraft draft) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(draft, "draft");
    OrganisationId id = OrganisationId.of(ids.nextId());
    return runner.create("register", actor, () -> checked(draft.toOrganisation(id, 0).toEither()
        .mapLeft(problems -> problems.toJavaList()))
        .map(o -> Change.created(o, id, List.of(new OrganisationRegistered(
            id, 1, o.name(), o.sector(), clock.instant())))));
  }

  /**
   * Replaces the data of an organisation with a draft, when the caller has seen the current
   * version; publishes {@link OrganisationUpdated}.
   *
   * @param id the organisation
   * @param actor who changes it
   * @param expectedVersion the version the caller read (and edited)
   * @param draft the new data
   * @return the refusal ({@code ORGANISATION_UNKNOWN}, every problem of the draft, a NIP or
   *     REGON taken), or the stored organisation with its new version
   * @throws VersionConflictException when the organisation has changed since that version
   */
  public Either<Refusal, Change<Organisation>> update(OrganisationId id, RegistryClerk actor,
      long expectedVersion, OrganisationDraft draft) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(draft, "draft");
    return runner.run("update", id, actor, current -> {
      if (current.version() != expectedVersion) {
        throw new VersionConflictException(AGGREGATE, id.toString(), expectedVersion);
      }
      return checked(draft.toOrganisation(id, expectedVersion).toEither()
          .mapLeft(problems -> problems.toJavaList()))
          .map(this::updated);
    });
  }

  private Change<Organisation> updated(Organisation changed) {
    return Change.of(changed,
        new OrganisationUpdated(changed.id(), changed.version() + 1, clock.instant()));
  }

  /** The draft's problems and the NIP or REGON another organisation already has. */
  private Either<Refusal, Organisation> checked(Either<List<Problem>, Organisation> parsed) {
    List<Problem> problems = new ArrayList<>(parsed.fold(p -> p, o -> List.of()));
    parsed.forEach(o -> problems.addAll(duplicates(o)));
    return problems.isEmpty() ? Either.right(parsed.get()) : Either.left(Refusal.of(problems));
  }

  private List<Problem> duplicates(Organisation o) {
    List<Problem> problems = new ArrayList<>();
    o.nip().flatMap(nip -> repository.findByNip(nip).filter(x -> !x.id().equals(o.id())))
        .ifPresent(holder -> problems.add(OrganisationProblems.PROBLEMS.problem("nip",
            "NIP_TAKEN", "nip", o.nip().get().value(), "holder", holder.name(),
            "existingId", holder.id())));
    o.regon().flatMap(regon -> repository.findByRegon(regon).filter(x -> !x.id().equals(o.id())))
        .ifPresent(holder -> problems.add(OrganisationProblems.PROBLEMS.problem("regon",
            "REGON_TAKEN", "regon", o.regon().get().value(), "holder", holder.name(),
            "existingId", holder.id())));
    return problems;
  }

  /** The organisation with this id, or none. */
  public Optional<Organisation> findById(OrganisationId id) {
    return repository.findById(id);
  }

  /** The organisation with this NIP, or none. */
  public Optional<Organisation> findByNip(Nip nip) {
    return repository.findByNip(nip);
  }

  /** The organisation with this REGON, or none. */
  public Optional<Organisation> findByRegon(Regon regon) {
    return repository.findByRegon(regon);
  }

  /** One page of the organisations of a sector, ordered by name, then id. */
  public Page<Organisation> listBySector(Sector sector, PageRequest page) {
    return repository.findBySector(sector, page);
  }

  /** One page of the organisations working in a field, ordered by name, then id. */
  public Page<Organisation> listByField(SocialServiceField field, PageRequest page) {
    return repository.findByField(field, page);
  }

  /**
   * One page of the organisations seated in the area whose TERYT code starts with the prefix,
   * ordered by name, then id.
   */
  public Page<Organisation> listBySeatTerytPrefix(String terytPrefix, PageRequest page) {
    return repository.findBySeatTerytPrefix(Seat.requireTerytPrefix(terytPrefix), page);
  }

  /** How many organisations are registered. */
  public long count() {
    return repository.count();
  }
}
