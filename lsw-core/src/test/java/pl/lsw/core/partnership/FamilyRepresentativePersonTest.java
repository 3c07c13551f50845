package pl.lsw.core.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Seat;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;

/**
 * A person of a families' representation is recorded by a pseudonymous code, never by a name,
 * e-mail or phone; professionals of the other members keep their names.
 */
class FamilyRepresentativePersonTest {

  private static final OrganisationId FAMILIES = OrganisationId.of(uuid(40));

  @Test
  void the_aggregate_refuses_a_named_member_of_a_family_with_a_phone() {
    Partnership p = governed();
    Partnership admitted = ok(p.admitInformalPartner(leaderRep(), FAMILIES, DAY, NOW));
    var refused = refused(admitted.registerPerson(leaderRep(), PersonId.of(uuid(41)),
        PersonDetails.of("Jan Kowalski", "ojciec", FAMILIES).withPhone("600 100 200")
            .withEmail("jan@example.org"), Set.of(FAMILIES), NOW));
    assertEquals(List.of("PERSON_FAMILY_REFERENCE@name", "PERSON_FAMILY_CONTACT@email",
        "PERSON_FAMILY_CONTACT@phone"),
        refused.reasons().stream().map(r -> r.code() + "@" + r.path()).toList());
    Partnership registered = ok(admitted.registerPerson(leaderRep(), PersonId.of(uuid(41)),
        PersonDetails.familyRepresentative("R-004", "przedstawiciel rodzin", FAMILIES),
        Set.of(FAMILIES), NOW));
    assertEquals("R-004", registered.person(PersonId.of(uuid(41))).get().name());
    assertTrue(ok(admitted.registerPerson(leaderRep(), PersonId.of(uuid(42)),
        PersonDetails.of("Ewa Prezes", "prezeska", NGO).withPhone("22 000 00 02"),
        Set.of(FAMILIES), NOW)).person(PersonId.of(uuid(42))).isPresent());
  }

  @Test
  void the_service_knows_the_families_representations_from_the_registry() {
    InMemoryOrganisations registry = PartnershipServiceTest.registry()
        .with(Organisation.builder().id(FAMILIES).name("RR-PRAGA-1")
            .legalForm(LegalForm.INFORMAL_GROUP).sector(Sector.FAMILY_REPRESENTATIVE)
            .seat(Seat.of(TerytCode.of("1465088"), "Warszawa, Praga-Północ")).build());
    InMemoryPartnerships repository = new InMemoryPartnerships();
    AtomicLong next = new AtomicLong(1000);
    PartnershipService service = new PartnershipService(repository, registry,
        Clock.fixed(NOW, ZoneOffset.UTC), () -> uuid(next.incrementAndGet()), e -> { },
        PartnershipFixture.RULES, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
    PartnershipId id = service.found(founding()).get().state().id();
    ActingPerson founder = ActingPerson.of(repository.findById(id).get().persons().get(0).id(),
        ActingRole.PARTNER_REPRESENTATIVE);
    service.admitInformalPartner(id, founder, FAMILIES, DAY).get();
    int saves = repository.saves;
    assertEquals(List.of("PERSON_FAMILY_REFERENCE", "PERSON_FAMILY_CONTACT"),
        service.registerPerson(id, founder, PersonDetails.of("Anna Kowalska", "matka", FAMILIES)
            .withPhone("600100200")).getLeft().codes());
    assertEquals(saves, repository.saves, "nothing stored");
    assertTrue(service.registerPerson(id, founder,
        PersonDetails.familyRepresentative("R-004", "przedstawicielka rodzin", FAMILIES)).isRight());
    assertTrue(service.registerPerson(id, founder,
        PersonDetails.of("Jan Dyrektor", "dyrektor", DISTRICT).withPhone("22 000 00 01")).isRight());
  }
}
