package pl.lsw.core.organisation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Regon;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.organisation.port.OrganisationRepository;

/**
 * The application service of the organisation registry: registers and changes organisations,
 * and finds them. It loads, asks the model, saves and then publishes what happened; events are
 * published only after a successful save. Thread-safe when its collaborators are.
 *
 * <p>Polish: <i>rejestr organizacji</i>.
 */
public final class OrganisationRegistry {

  private static final String AGGREGATE = "Organisation";

  private final OrganisationRepository repository;
  private final Clock clock;
  private final IdSource ids;
  private final EventPublisher events;

  /**
   * @param repository where organisations are kept
   * @param clock the time of events
   * @param ids the source of new organisation ids
   * @param events where events are published
   */
  public OrganisationRegistry(
      OrganisationRepository repository, Clock clock, IdSource ids, EventPublisher events) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.events = Objects.requireNonNull(events, "events");
  }

  /**
   * Registers a new organisation: validates the draft, gives it a new id, refuses a NIP or REGON
   * already in the registry, stores it and publishes {@link OrganisationRegistered}.
   *
   * @return the stored organisation (version 1)
   * @throws InvalidInputException listing every problem of the draft
   * @throws DuplicateKeyException when another organisation has the same NIP or REGON
   */
  public Organisation register(OrganisationDraft draft) {
    Objects.requireNonNull(draft, "draft");
    Organisation organisation = valid(draft.toOrganisation(OrganisationId.of(ids.nextId()), 0));
    refuseDuplicates(organisation);
    Organisation stored = repository.save(organisation);
    events.publish(new OrganisationRegistered(
        stored.id(), stored.version(), stored.name(), stored.sector(), clock.instant()));
    return stored;
  }

  /**
   * Replaces the data of an organisation with a draft, when the caller has seen the current
   * version; publishes {@link OrganisationUpdated}.
   *
   * @param id the organisation
   * @param expectedVersion the version the caller read (and edited)
   * @param draft the new data
   * @return the stored organisation with its new version
   * @throws UnknownOrganisationException when there is no such organisation
   * @throws VersionConflictException when the organisation has changed since that version
   * @throws InvalidInputException listing every problem of the draft
   * @throws DuplicateKeyException when another organisation has the same NIP or REGON
   */
  public Organisation update(OrganisationId id, long expectedVersion, OrganisationDraft draft) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(draft, "draft");
    Organisation current = repository.findById(id)
        .orElseThrow(() -> new UnknownOrganisationException(id));
    if (current.version() != expectedVersion) {
      throw new VersionConflictException(AGGREGATE, id.toString(), expectedVersion);
    }
    Organisation changed = valid(draft.toOrganisation(id, expectedVersion));
    return store(changed);
  }

  /**
   * Stores a changed organisation (for example built with its {@code withX(..)} methods from one
   * that was read); its version must be the stored one. Publishes {@link OrganisationUpdated}.
   *
   * @return the stored organisation with its new version
   * @throws UnknownOrganisationException when there is no such organisation
   * @throws VersionConflictException when the organisation has changed since it was read
   * @throws DuplicateKeyException when another organisation has the same NIP or REGON
   */
  public Organisation update(Organisation changed) {
    Objects.requireNonNull(changed, "changed");
    if (changed.isNew() || repository.findById(changed.id()).isEmpty()) {
      throw new UnknownOrganisationException(changed.id());
    }
    return store(changed);
  }

  private Organisation store(Organisation changed) {
    refuseDuplicates(changed);
    Organisation stored = repository.save(changed);
    events.publish(new OrganisationUpdated(stored.id(), stored.version(), clock.instant()));
    return stored;
  }

  private static Organisation valid(Validation<Seq<Problem>, Organisation> result) {
    if (result.isInvalid()) {
      throw new InvalidInputException(result.getError());
    }
    return result.get();
  }

  private void refuseDuplicates(Organisation o) {
    if (o.nip().isPresent()) {
      Nip nip = o.nip().get();
      Optional<Organisation> other = repository.findByNip(nip).filter(x -> !x.id().equals(o.id()));
      if (other.isPresent()) {
        throw new DuplicateKeyException(AGGREGATE, "nip", nip.value(), other.get().id().toString());
      }
    }
    if (o.regon().isPresent()) {
      Regon regon = o.regon().get();
      Optional<Organisation> other = repository.findByRegon(regon).filter(x -> !x.id().equals(o.id()));
      if (other.isPresent()) {
        throw new DuplicateKeyException(
            AGGREGATE, "regon", regon.value(), other.get().id().toString());
      }
    }
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
