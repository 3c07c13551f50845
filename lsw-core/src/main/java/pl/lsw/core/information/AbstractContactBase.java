package pl.lsw.core.information;

import static pl.lsw.core.information.InformationProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.FieldChanges;
import pl.lsw.core.kernel.history.History;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.partnership.PartnershipId;

/**
 * A partnership's contact base of key external partners (seed 000 §Płaszczyzna 2 a), with the
 * history of every accepted change: each added, changed or removed entry is a {@link pl.lsw.core.kernel.history.Revision}
 * (subject {@code external-contact:<id>}, kind {@code EXTERNAL_CONTACT_ADDED}, {@code _CHANGED}
 * or {@code _REMOVED}, each field from which value to which). One aggregate per partnership with
 * one optimistic {@link #version()}: 0 never stored, then 1, 2, ...
 *
 * <p>Polish: <i>baza danych kontaktowych kluczowych partnerów zewnętrznych</i>.
 *
 * <p>Commands name their actor and never store or publish; {@link ContactBaseService} checks who
 * may keep the base, stores and publishes. Rules ({@code build()} throws {@link
 * pl.lsw.core.kernel.InvalidInputException}): no two entries share an id.
 */
@Value.Immutable
abstract class AbstractContactBase {

  /** The change kind of an added entry. */
  public static final String ADDED = "EXTERNAL_CONTACT_ADDED";
  /** The change kind of a changed entry. */
  public static final String CHANGED = "EXTERNAL_CONTACT_CHANGED";
  /** The change kind of a removed entry. */
  public static final String REMOVED = "EXTERNAL_CONTACT_REMOVED";

  /** The partnership whose base it is. */
  public abstract PartnershipId partnership();

  /** The stored version: 0 for a base never stored. */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The entries, in the order added. */
  public abstract List<ExternalContact> externalContacts();

  /** Every accepted change, oldest first. */
  public abstract List<Revision> revisions();

  /** The history of changes, with queries per entry, period and actor. */
  public History history() {
    return new History(revisions());
  }

  /** The entry with this id. */
  public Optional<ExternalContact> externalContact(ExternalContactId id) {
    return externalContacts().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** An empty base of a partnership, never stored. */
  public static ContactBase empty(PartnershipId partnership) {
    return ContactBase.builder().partnership(partnership).build();
  }

  /** The history subject of an entry: {@code external-contact:<id>}. */
  public static String subject(ExternalContactId id) {
    return "external-contact:" + id;
  }

  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    if (version() < 0) {
      problems.add(PROBLEMS.problem("version", "CONTACT_BASE_VERSION_NEGATIVE", "version", version()));
    }
    Set<ExternalContactId> ids = new HashSet<>();
    for (ExternalContact c : externalContacts()) {
      if (!ids.add(c.id())) {
        problems.add(PROBLEMS.problem("externalContacts", "EXTERNAL_CONTACT_REPEATED",
            "contact", c.id().toString()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * Adds an entry.
   *
   * @param actor who adds it
   * @param contact the entry, with a new id
   * @param now when
   * @return the new state with one revision and {@link ContactBaseChanged}; refused with {@code
   *     EXTERNAL_CONTACT_REPEATED} when the id is taken
   */
  public Either<Refusal, Change<ContactBase>> add(Actor actor, ExternalContact contact, Instant now) {
    Objects.requireNonNull(contact, "contact");
    if (externalContact(contact.id()).isPresent()) {
      return Either.left(PROBLEMS.refusal("id", "EXTERNAL_CONTACT_REPEATED", "contact",
          contact.id().toString()));
    }
    List<ExternalContact> all = new ArrayList<>(externalContacts());
    all.add(contact);
    return Either.right(recorded(actor, now, ADDED, contact.id(), changes(null, contact),
        self().withExternalContacts(all)));
  }

  /**
   * Replaces an entry with a changed one of the same id. A change that changes nothing is
   * accepted with no revision and no event.
   *
   * @param actor who changes it
   * @param changed the entry as it is to be
   * @param now when
   * @return the new state with one revision and {@link ContactBaseChanged}; refused with {@code
   *     EXTERNAL_CONTACT_UNKNOWN}
   */
  public Either<Refusal, Change<ContactBase>> change(Actor actor, ExternalContact changed,
      Instant now) {
    Objects.requireNonNull(changed, "changed");
    Optional<ExternalContact> before = externalContact(changed.id());
    if (before.isEmpty()) {
      return Either.left(unknown(changed.id()));
    }
    List<FieldChange> fields = changes(before.get(), changed);
    if (fields.isEmpty()) {
      return Either.right(Change.of(self(), List.of()));
    }
    List<ExternalContact> all = new ArrayList<>();
    for (ExternalContact c : externalContacts()) {
      all.add(c.id().equals(changed.id()) ? changed : c);
    }
    return Either.right(recorded(actor, now, CHANGED, changed.id(), fields,
        self().withExternalContacts(all)));
  }

  /**
   * Removes an entry; its history stays.
   *
   * @param actor who removes it
   * @param id the entry
   * @param now when
   * @return the new state with one revision and {@link ContactBaseChanged}; refused with {@code
   *     EXTERNAL_CONTACT_UNKNOWN}
   */
  public Either<Refusal, Change<ContactBase>> remove(Actor actor, ExternalContactId id, Instant now) {
    Objects.requireNonNull(id, "id");
    Optional<ExternalContact> before = externalContact(id);
    if (before.isEmpty()) {
      return Either.left(unknown(id));
    }
    return Either.right(recorded(actor, now, REMOVED, id, changes(before.get(), null),
        self().withExternalContacts(externalContacts().stream()
            .filter(c -> !c.id().equals(id)).toList())));
  }

  private static Refusal unknown(ExternalContactId id) {
    return PROBLEMS.refusal("id", "EXTERNAL_CONTACT_UNKNOWN", "contact", id.toString());
  }

  private Change<ContactBase> recorded(Actor actor, Instant now, String kind, ExternalContactId id,
      List<FieldChange> fields, ContactBase after) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(now, "now");
    List<Revision> revisions = new ArrayList<>(revisions());
    revisions.add(new Revision(now, actor.reference(), subject(id), kind, fields));
    return Change.of(after.withRevisions(revisions),
        new ContactBaseChanged(partnership(), id, kind, actor.reference(), now));
  }

  private static List<FieldChange> changes(ExternalContact before, ExternalContact after) {
    return FieldChanges.between(before, after)
        .field("institution", ExternalContact::institution)
        .field("sector", ExternalContact::sector)
        .field("contact.name", c -> c.contact().name())
        .field("contact.role", c -> c.contact().role())
        .field("contact.email", c -> c.contact().email())
        .field("contact.phone", c -> c.contact().phone())
        .field("note", ExternalContact::note)
        .changes();
  }

  private ContactBase self() {
    return (ContactBase) this;
  }
}
