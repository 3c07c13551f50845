package pl.lsw.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.PseudonymousCode;
import pl.lsw.core.kernel.TerytCode;

/**
 * A family never enters the registry by its identity: a families' representation is named by a
 * pseudonymous code, its seat is a locality and it has no contact people; an informal group is
 * not named like a family. Institutions and their professionals keep their names.
 */
class FamilyIdentityTest {

  private static final OrganisationId ID = OrganisationId.of(UUID.fromString(
      "00000000-0000-0000-0000-0000000000f1"));
  private static final TerytCode PRAGA = TerytCode.of("1465088");

  private static Organisation.Builder families(String name, String address) {
    return Organisation.builder().id(ID).name(name).legalForm(LegalForm.INFORMAL_GROUP)
        .sector(Sector.FAMILY_REPRESENTATIVE).seat(Seat.of(PRAGA, address));
  }

  private static List<String> codes(Runnable build) {
    return assertThrows(InvalidInputException.class, build::run).problems().stream()
        .map(p -> p.code() + "@" + p.path()).toList();
  }

  @Test
  void a_families_representation_named_by_a_code_with_a_locality_as_its_seat_is_accepted() {
    Organisation o = families("RR-PRAGA-1", "Warszawa, Praga-Północ").build();
    assertEquals("RR-PRAGA-1", o.name());
    assertTrue(PseudonymousCode.isValid(o.name()));
  }

  @Test
  void the_probe_family_with_its_home_and_the_father_as_contact_is_refused() {
    assertEquals(List.of("FAMILY_REPRESENTATIVE_NAME@name",
        "FAMILY_REPRESENTATIVE_ADDRESS@seat.address", "FAMILY_REPRESENTATIVE_CONTACT@contacts"),
        codes(() -> families("Rodzina Kowalskich", "ul. Długa 5 m. 3, 03-700 Warszawa")
            .addContact(ContactPerson.builder().name("Jan Kowalski").role("ojciec")
                .phone("600 100 200").build()).build()));
  }

  @Test
  void the_seat_of_a_families_representation_names_no_street_and_no_number() {
    for (String street : List.of("Długa 5", "ul. Długa", "al. Solidarności", "os. Bródno",
        "pl. Hallera", "Ulica Długa", "Warszawa 03-700")) {
      assertEquals(List.of("FAMILY_REPRESENTATIVE_ADDRESS@seat.address"),
          codes(() -> families("RR-1", street).build()), street);
    }
    families("RR-1", "Warszawa-Praga-Północ").build();
    families("RR-1", "gmina Karlino").build();
  }

  @Test
  void a_name_that_is_no_pseudonymous_code_is_refused_for_a_families_representation() {
    for (String name : List.of("Rada Rodziców", "Kowalscy", "RR", "R-123456789",
        "Zażółć-1", "jan@example.org-1")) {
      assertEquals(List.of("FAMILY_REPRESENTATIVE_NAME@name"),
          codes(() -> families(name, "Praga").build()), name);
    }
  }

  @Test
  void the_draft_reports_the_same_problems() {
    OrganisationDraft draft = OrganisationDraft.builder().name("Państwo Nowakowie")
        .legalForm(LegalForm.INFORMAL_GROUP).sector(Sector.FAMILY_REPRESENTATIVE)
        .seatTeryt("1465088").seatAddress("ul. Ząbkowska 1")
        .addContact(new ContactPersonDraft("Anna Nowak", "matka", null, "600100200")).build();
    assertEquals(List.of("name", "seat.address", "contacts"),
        draft.toOrganisation(ID, 0).getError().map(p -> p.path()).toJavaList());
    assertEquals(List.of("FAMILY_REPRESENTATIVE_NAME", "FAMILY_REPRESENTATIVE_ADDRESS",
        "FAMILY_REPRESENTATIVE_CONTACT"),
        draft.toOrganisation(ID, 0).getError().map(p -> p.code()).toJavaList());
  }

  @Test
  void an_informal_group_named_like_a_family_is_refused() {
    for (String name : List.of("Rodzina Kowalskich", "RODZINA Nowaków", "Państwo Nowakowie",
        "rodziny Wiśniewskiej", "Family Smith")) {
      assertEquals(List.of("FAMILY_NAME@name"), codes(() -> OrganisationGen.informalGroup(ID, name)),
          name);
    }
    OrganisationGen.informalGroup(ID, "Sąsiedzi z Ząbkowskiej");
    OrganisationGen.informalGroup(ID, "Klub Rodzin Praga");
  }

  @Test
  void institutions_and_their_professionals_keep_their_names() {
    Organisation association = Organisation.builder().id(ID).name("Stowarzyszenie Rodzina Kolpinga")
        .legalForm(LegalForm.ASSOCIATION).sector(Sector.NGO).seat(OrganisationGen.pragaPolnoc())
        .addContact(ContactPerson.builder().name("Anna Kowalska").role("prezeska")
            .email("anna@example.org").build()).build();
    assertEquals("Anna Kowalska", association.contacts().get(0).name());
    OrganisationGen.fullFoundation(ID, "Fundacja Dom Rodzinny", 11);
  }

  @Test
  void the_messages_are_in_polish_and_english() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> families("Rodzina Kowalskich", "ul. Długa 5").build());
    e.problems().forEach(p -> {
      String pl = p.message(Locale.forLanguageTag("pl"));
      String en = p.message(Locale.ENGLISH);
      assertFalse(pl.equals(en), pl);
      assertTrue(pl.contains("rodzin"), pl);
      assertTrue(en.contains("famil"), en);
    });
  }
}
