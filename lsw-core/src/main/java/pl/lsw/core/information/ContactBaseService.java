package pl.lsw.core.information;

import pl.lsw.core.kernel.service.CommandRunner;
import static pl.lsw.core.information.InformationProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * The application service of the contact bases (seed 000 §Płaszczyzna 2 a, b): keeps a
 * partnership's contact base of key external partners by commands, each recorded in its history,
 * and derives the internal contact base from the people registered for the active members.
 *
 * <p>Who may keep the external base: the same people who may send information ({@link
 * InformationService#SENDER_ROLES}, with the same reasons of refusal: {@code ACTOR_UNKNOWN},
 * {@code ACTOR_OUTSIDE_PARTNERSHIP}, {@code ACTOR_MEMBERSHIP_ENDED}, {@code ACTOR_ROLE_NOT_HELD},
 * {@code ACTOR_ROLE_NOT_ALLOWED}, all at once); an unknown partnership is refused with {@code
 * PARTNERSHIP_UNKNOWN}. A refused command stores and publishes nothing.
 *
 * <p>Thread-safe when its collaborators are. Polish: <i>obsługa baz kontaktowych</i>.
 */
public final class ContactBaseService {

  private final ContactBaseRepository bases;
  private final PartnershipRepository partnerships;
  private final Clock clock;
  private final IdSource ids;
  private final CommandRunner<PartnershipId, ContactBase> runner;

  /**
   * A service over the given ports.
   *
   * @param bases where the contact bases are kept
   * @param partnerships where the partnerships are read
   * @param clock the time of revisions and events
   * @param ids the source of entry ids
   * @param events where events go after a save
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public ContactBaseService(ContactBaseRepository bases, PartnershipRepository partnerships,
      Clock clock, IdSource ids, EventPublisher events,
      AccessPolicy policy) {
    this.bases = Objects.requireNonNull(bases, "bases");
    this.partnerships = Objects.requireNonNull(partnerships, "partnerships");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.runner = new CommandRunner<>("contactBases", 
        CommandRunner.Store.of(bases::findByPartnership, bases::save),
        Objects.requireNonNull(events, "events"),
        id -> PROBLEMS.problem("partnership", "PARTNERSHIP_UNKNOWN", "partnership", id.toString()), policy);
  }

  /**
   * Adds an entry to the contact base of key external partners.
   *
   * @param partnershipId the partnership
   * @param actor who adds it
   * @param draft the raw input
   * @return the change with the base as stored and the new entry's {@link ExternalContactId} as
   *     the created id; or every reason (the access and the draft's problems together)
   */
  public Either<Refusal, Change<ContactBase>> addExternalContact(PartnershipId partnershipId,
      ActingPerson actor, ExternalContactDraft draft) {
    Objects.requireNonNull(draft, "draft");
    ExternalContactId id = ExternalContactId.of(ids.nextId());
    return run("addExternalContact", partnershipId, actor, draft, id, (base, contact) -> base.add(actor, contact,
        clock.instant())).map(c -> new Change<>(c.state(), c.events(), Optional.of(id)));
  }

  /**
   * Changes an entry of the contact base of key external partners.
   *
   * @param partnershipId the partnership
   * @param actor who changes it
   * @param id the entry
   * @param draft the entry as it is to be
   * @return the change with the base as stored; or every reason ({@code EXTERNAL_CONTACT_UNKNOWN}
   *     for an unknown entry)
   */
  public Either<Refusal, Change<ContactBase>> changeExternalContact(PartnershipId partnershipId,
      ActingPerson actor, ExternalContactId id, ExternalContactDraft draft) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(draft, "draft");
    return run("changeExternalContact", partnershipId, actor, draft, id, (base, contact) -> base.change(actor, contact,
        clock.instant()));
  }

  /**
   * Removes an entry of the contact base of key external partners; its history stays.
   *
   * @param partnershipId the partnership
   * @param actor who removes it
   * @param id the entry
   * @return the change with the base as stored; or every reason
   */
  public Either<Refusal, Change<ContactBase>> removeExternalContact(PartnershipId partnershipId,
      ActingPerson actor, ExternalContactId id) {
    Objects.requireNonNull(id, "id");
    return run("removeExternalContact", partnershipId, actor, null, id, (base, none) -> base.remove(actor, id, clock.instant()));
  }

  /**
   * The contact base of key external partners of a partnership, empty when nothing was ever
   * stored.
   *
   * @param partnershipId the partnership
   * @return the base
   */
  public ContactBase externalContacts(PartnershipId partnershipId) {
    Objects.requireNonNull(partnershipId, "partnershipId");
    return bases.findByPartnership(partnershipId).orElseGet(() -> ContactBase.empty(partnershipId));
  }

  /**
   * The internal contact base: every person registered in the partnership whose organisation is
   * an active member, with their professional contacts, in registration order.
   *
   * @param partnershipId the partnership
   * @return the contacts, or the refusal {@code PARTNERSHIP_UNKNOWN}
   */
  public Either<Refusal, List<InternalContact>> internalContacts(PartnershipId partnershipId) {
    return partnership(partnershipId).map(p -> p.persons().stream()
        .filter(person -> p.isActiveMember(person.organisation()))
        .map(person -> new InternalContact(person.organisation(), person.id(), person.name(),
            person.position(), person.email(), person.phone())).toList());
  }

  @FunctionalInterface
  private interface Command {
    Either<Refusal, Change<ContactBase>> apply(ContactBase base, ExternalContact contact);
  }

  private Either<Refusal, Change<ContactBase>> run(String commandName, PartnershipId partnershipId, ActingPerson actor,
      ExternalContactDraft draft, ExternalContactId id, Command command) {
    Objects.requireNonNull(actor, "actor");
    Either<Refusal, ?> permitted = runner.authorise(commandName, actor, Optional.of(partnershipId));
    if (permitted.isLeft()) {
      return Either.left(permitted.getLeft());
    }
    Either<Refusal, Partnership> partnership = partnership(partnershipId);
    if (partnership.isLeft()) {
      return Either.left(partnership.getLeft());
    }
    List<Problem> problems = new java.util.ArrayList<>(
        InformationService.access(partnership.get(), actor));
    ExternalContact contact = null;
    if (draft != null) {
      var validated = ExternalContact.validate(id, draft);
      if (validated.isInvalid()) {
        validated.getError().forEach(problems::add);
      } else {
        contact = validated.get();
      }
    }
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    ContactBase base = externalContacts(partnershipId);
    return command.apply(base, contact).map(change -> {
      if (change.events().isEmpty()) {
        return change;
      }
      return runner.commit(partnershipId, actor, change);
    });
  }

  private Either<Refusal, Partnership> partnership(PartnershipId id) {
    Objects.requireNonNull(id, "partnershipId");
    return partnerships.findById(id).<Either<Refusal, Partnership>>map(Either::right)
        .orElseGet(() -> Either.left(PROBLEMS.refusal("partnership", "PARTNERSHIP_UNKNOWN",
            "partnership", id.toString())));
  }
}
