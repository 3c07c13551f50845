package pl.lsw.core.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.DISTRICT;
import static pl.lsw.core.partnership.PartnershipFixture.FORMER_WORKER;
import static pl.lsw.core.partnership.PartnershipFixture.ID;
import static pl.lsw.core.partnership.PartnershipFixture.MAYOR;
import static pl.lsw.core.partnership.PartnershipFixture.NOW;
import static pl.lsw.core.partnership.PartnershipFixture.SPECIALIST;
import static pl.lsw.core.partnership.PartnershipFixture.as;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.partnership.InMemoryPartnerships;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;

class ContactBaseServiceTest {

  final InMemoryPartnerships partnerships = new InMemoryPartnerships();
  final InMemoryContactBases bases = new InMemoryContactBases();
  final List<DomainEvent> published = new ArrayList<>();
  final AtomicLong next = new AtomicLong();
  final ContactBaseService service = new ContactBaseService(bases, partnerships,
      Clock.fixed(NOW, ZoneId.of("Europe/Warsaw")), () -> new UUID(0x1f9, next.incrementAndGet()),
      published::add, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
  final ActingPerson specialist = as(SPECIALIST, ActingRole.KNOWLEDGE_MANAGEMENT_SPECIALIST);

  ContactBaseServiceTest() {
    partnerships.save(PartnershipFixture.governed());
  }

  static ExternalContactDraft court() {
    return new ExternalContactDraft("Sąd Rejonowy dla Warszawy Pragi-Północ", Sector.PUBLIC,
        ContactPersonDraft.byEmail("Maria Kuratorka", "kuratorka zawodowa", "kuratorzy@sad.example"),
        "informacje o spotkaniach LSW");
  }

  @Test
  void an_entry_is_added_changed_and_removed_each_with_a_revision_and_an_event() {
    Change<ContactBase> added = service.addExternalContact(ID, specialist, court()).get();
    ExternalContactId id = added.createdId(ExternalContactId.class);
    assertEquals(1, added.state().version());
    assertEquals("Sąd Rejonowy dla Warszawy Pragi-Północ",
        added.state().externalContact(id).get().institution());

    ExternalContactDraft moved = new ExternalContactDraft(court().institution(), Sector.PUBLIC,
        new ContactPersonDraft("Maria Kuratorka", "kierowniczka zespołu", "kuratorzy@sad.example",
            "+48 22 555 66 77"), "informacje o spotkaniach LSW");
    ContactBase changed = service.changeExternalContact(ID, specialist, id, moved).get().state();
    ContactBase removed = service.removeExternalContact(ID, as(MAYOR,
        ActingRole.STEERING_COMMITTEE_CHAIR), id).get().state();

    assertTrue(removed.externalContacts().isEmpty());
    assertEquals(3, removed.version());
    List<Revision> history = removed.history().of(ContactBase.subject(id));
    assertEquals(List.of(ContactBase.ADDED, ContactBase.CHANGED, ContactBase.REMOVED),
        history.stream().map(Revision::kind).toList());
    assertEquals(List.of(FieldChange.of("contact.role", "kuratorka zawodowa", "kierowniczka zespołu"),
        FieldChange.of("contact.phone", null, "+48 22 555 66 77")), history.get(1).changes());
    assertEquals(specialist.reference(), history.get(1).actor());
    assertEquals(NOW, history.get(1).at());
    assertEquals(Optional.of("Sąd Rejonowy dla Warszawy Pragi-Północ"),
        history.get(2).change("institution").get().from());
    assertEquals(2, changed.version());
    assertEquals(3, published.size());
    assertEquals(removed, service.externalContacts(ID));
  }

  @Test
  void a_change_that_changes_nothing_stores_and_publishes_nothing() {
    ExternalContactId id = service.addExternalContact(ID, specialist, court()).get()
        .createdId(ExternalContactId.class);
    Change<ContactBase> same = service.changeExternalContact(ID, specialist, id, court()).get();
    assertTrue(same.events().isEmpty());
    assertEquals(1, service.externalContacts(ID).version());
    assertEquals(1, published.size());
  }

  @Test
  void a_refusal_lists_the_access_and_every_problem_of_the_draft_and_changes_nothing() {
    Refusal r = service.addExternalContact(ID, as(FORMER_WORKER, ActingRole.PARTNER_REPRESENTATIVE),
        new ExternalContactDraft(" ", null, ContactPersonDraft.byEmail("", "rola", "zły adres"),
            "n".repeat(2001))).getLeft();
    assertEquals(List.of("ACTOR_MEMBERSHIP_ENDED", "ACTOR_ROLE_NOT_ALLOWED",
        "EXTERNAL_CONTACT_INSTITUTION_EMPTY", "EXTERNAL_CONTACT_NOTE_TOO_LONG",
        "EXTERNAL_CONTACT_SECTOR_MISSING", "NAME_EMPTY", "EMAIL_FORMAT"), r.codes());
    assertEquals("contact.email", r.reasons("EMAIL_FORMAT").get(0).path());
    assertEquals(List.of("EXTERNAL_CONTACT_PERSON_MISSING"), service.addExternalContact(ID,
        specialist, new ExternalContactDraft("Szkoła", Sector.PUBLIC, null, null)).getLeft().codes());
    assertEquals(List.of("EXTERNAL_CONTACT_UNKNOWN"), service.removeExternalContact(ID, specialist,
        ExternalContactId.of(new UUID(7, 7))).getLeft().codes());
    assertEquals(List.of("PARTNERSHIP_UNKNOWN"), service.addExternalContact(
        PartnershipId.of(new UUID(9, 9)), specialist, court()).getLeft().codes());
    assertTrue(bases.stored.isEmpty());
    assertTrue(published.isEmpty());
  }

  @Test
  void the_internal_contact_base_lists_the_people_of_active_members_only() {
    List<InternalContact> contacts = service.internalContacts(ID).get();
    assertEquals(6, contacts.size(), contacts::toString);
    assertTrue(contacts.stream().noneMatch(c -> c.person().equals(FORMER_WORKER)));
    InternalContact mayor = contacts.get(0);
    assertEquals(DISTRICT, mayor.organisation());
    assertEquals(Optional.of("anna@praga.example"), mayor.email());
    assertEquals(List.of("PARTNERSHIP_UNKNOWN"),
        service.internalContacts(PartnershipId.of(new UUID(9, 9))).getLeft().codes());
  }
}
