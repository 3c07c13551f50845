package pl.lsw.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Problem;

class OrganisationDraftTest {

  private static final OrganisationId ID = OrganisationId.of(new UUID(3, 4));

  private static OrganisationDraft cooperative() {
    return OrganisationDraft.builder()
        .name("  Spółdzielnia Socjalna Razem ")
        .legalForm(LegalForm.SOCIAL_COOPERATIVE)
        .sector(Sector.NGO)
        .addField(SocialServiceField.VOCATIONAL_AND_SOCIAL_REINTEGRATION)
        .nip("PL 856-734-62-15")
        .regon("12345678512347")
        .krs("123456")
        .seatTeryt(" 3201033 ")
        .seatAddress(" ul. Kościuszki 1, 78-230 Karlino ")
        .addContact(new ContactPersonDraft(" Jan Nowak ", "prezes", " ", "+48 600 700 800"))
        .build();
  }

  private static List<String> paths(Seq<Problem> problems) {
    return problems.map(p -> p.path() + ":" + p.code()).toJavaList();
  }

  @Test
  void a_good_draft_becomes_an_organisation_with_parsed_and_trimmed_values() {
    Organisation o = cooperative().toOrganisation(ID, 0).get();

    assertEquals("Spółdzielnia Socjalna Razem", o.name());
    assertEquals("8567346215", o.nip().get().value());
    assertEquals("12345678512347", o.regon().get().value());
    assertEquals("0000123456", o.krs().get().value());
    assertEquals("3201033", o.seat().teryt().value());
    assertEquals("ul. Kościuszki 1, 78-230 Karlino", o.seat().address());
    ContactPerson jan = o.contacts().get(0);
    assertEquals("Jan Nowak", jan.name());
    assertTrue(jan.email().isEmpty(), "a blank e-mail means none");
    assertEquals("+48 600 700 800", jan.phone().get());
  }

  @Test
  void every_problem_of_a_draft_is_reported_at_once_with_its_path() {
    OrganisationDraft bad = OrganisationDraft.builder()
        .nip("856-734-62-16")
        .regon("12345")
        .krs("12a")
        .seatTeryt("3201")
        .addContact(ContactPersonDraft.byEmail("Jan Nowak", "prezes", "jan@example.org"))
        .addContact(new ContactPersonDraft("", "sekretarz", "jan(at)example", "123"))
        .build();

    Seq<Problem> problems = bad.toOrganisation(ID, 0).getError();

    assertEquals(List.of(
        "name:NAME_EMPTY",
        "legalForm:LEGAL_FORM_MISSING",
        "sector:SECTOR_MISSING",
        "nip:NIP_CHECKSUM",
        "regon:REGON_LENGTH",
        "krs:KRS_CHARACTERS",
        "seat.teryt:SEAT_TERYT_LEVEL",
        "seat.address:ADDRESS_EMPTY",
        "contacts[1].name:NAME_EMPTY",
        "contacts[1].email:EMAIL_FORMAT",
        "contacts[1].phone:PHONE_FORMAT"), paths(problems));
    assertTrue(problems.exists(p -> p.message().contains("jan(at)example")),
        "messages quote the bad input");
  }

  @Test
  void rules_of_the_legal_form_are_checked_on_the_raw_identifiers() {
    OrganisationDraft group = cooperative().withLegalForm(LegalForm.INFORMAL_GROUP)
        .withSector(Sector.COMMUNITY_GROUP).withRegon("  ").withKrs("");

    assertEquals(List.of("nip:IDENTIFIER_NOT_APPLICABLE"),
        paths(group.toOrganisation(ID, 0).getError()));
  }

  @Test
  void the_draft_of_an_organisation_gives_back_the_same_organisation() {
    Organisation o = OrganisationGen.fullFoundation(ID, "Fundacja", 7).withVersion(4);

    assertEquals(o, OrganisationDraft.from(o).toOrganisation(ID, 4).get());
  }
}
