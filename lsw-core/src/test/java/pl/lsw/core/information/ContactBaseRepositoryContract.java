package pl.lsw.core.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The contract every {@link ContactBaseRepository} keeps. A store proves it with an empty
 * subclass that implements {@link #emptyRepository()}; the tests are {@code public final}.
 *
 * <p>A stored contact base comes back equal to what was saved, with its version raised by one:
 * every entry in order with its contact person (e-mail only, phone only, both) and note, and every
 * revision with its instant to the nanosecond, actor, subject, kind and field changes (values
 * from and to, either absent). Saves are optimistic: a stale version is a conflict and writes
 * nothing.
 */
public abstract class ContactBaseRepositoryContract {

  private static final PartnershipId P = PartnershipId.of(new UUID(0x1fa, 1));
  private static final Instant AT = Instant.parse("2026-03-02T09:15:30.123456789Z");

  private ContactBaseRepository repository;

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract ContactBaseRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  private static ExternalContact contact(long n, String email, String phone, String note) {
    return ExternalContact.builder().id(ExternalContactId.of(new UUID(0x1fb, n)))
        .institution("Instytucja „Łąka” nr " + n).sector(n % 2 == 0 ? Sector.PUBLIC : Sector.BUSINESS)
        .contact(ContactPerson.builder().name("Zofia Żak").role("koordynatorka")
            .email(java.util.Optional.ofNullable(email)).phone(java.util.Optional.ofNullable(phone))
            .build())
        .note(java.util.Optional.ofNullable(note)).build();
  }

  private static ContactBase full() {
    return ContactBase.builder().partnership(P)
        .addExternalContacts(contact(1, "a@b.example", null, "uwaga"),
            contact(2, null, "+48 22 123 45 67", null), contact(3, "c@d.example", "22 123 45 678", null))
        .addRevisions(new Revision(AT, "person:x/NETWORK_WORKER", "external-contact:1",
            ContactBase.ADDED, List.of(FieldChange.of("institution", null, "Łąka"),
                FieldChange.of("note", "stara", null))),
            new Revision(AT.plusNanos(1), "person:y/TASK_TEAM_MANAGER", "external-contact:2",
                ContactBase.REMOVED, List.of()))
        .build();
  }

  @Test
  public final void a_contact_base_round_trips_with_every_part_and_a_new_version() {
    ContactBase saved = repository.save(full());

    assertEquals(full().withVersion(1), saved);
    assertEquals(saved, repository.findByPartnership(P).get());
  }

  @Test
  public final void an_empty_base_round_trips_and_an_unknown_partnership_has_none() {
    repository.save(ContactBase.empty(P));
    assertEquals(ContactBase.empty(P).withVersion(1), repository.findByPartnership(P).get());
    assertTrue(repository.findByPartnership(PartnershipId.of(new UUID(0x1fa, 2))).isEmpty());
  }

  @Test
  public final void a_save_replaces_every_part_and_raises_the_version() {
    ContactBase first = repository.save(full());
    ContactBase second = first.withExternalContacts(List.of(contact(4, "e@f.example", null, null)))
        .withRevisions(List.of(first.revisions().get(1)));

    ContactBase saved = repository.save(second);

    assertEquals(2, saved.version());
    assertEquals(second.withVersion(2), repository.findByPartnership(P).get());
  }

  @Test
  public final void a_stale_version_is_a_conflict_and_writes_nothing() {
    ContactBase first = repository.save(full());
    repository.save(first.withExternalContacts(List.of()));

    assertThrows(VersionConflictException.class, () -> repository.save(first));
    assertThrows(VersionConflictException.class, () -> repository.save(ContactBase.empty(P)));
    assertEquals(2, repository.findByPartnership(P).get().version());
    assertTrue(repository.findByPartnership(P).get().externalContacts().isEmpty());
  }

  @Test
  public final void a_contact_base_read_from_another_store_is_no_longer_stored_here() {
    ContactBase read = repository.save(full());
    ContactBaseRepository elsewhere = emptyRepository();

    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> elsewhere.save(read));

    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals(read.partnership().toString(), e.id());
    assertEquals(1L, e.version());
    assertTrue(elsewhere.findByPartnership(read.partnership()).isEmpty(), "nothing is stored");
  }
}
