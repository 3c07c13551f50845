package pl.lsw.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;

class OrganisationTest {

  private static final OrganisationId ID = OrganisationId.of(new UUID(1, 2));

  private static List<String> codes(InvalidInputException e) {
    return e.problems().stream().map(p -> p.path() + ":" + p.code()).toList();
  }

  @Test
  void a_new_organisation_has_version_0_and_is_new() {
    Organisation o = OrganisationGen.fullFoundation(ID, "Fundacja", 1);

    assertEquals(0, o.version());
    assertTrue(o.isNew());
  }

  @Test
  void an_informal_group_with_identifiers_and_the_wrong_sector_is_refused_with_every_problem() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Organisation.builder().from(OrganisationGen.informalGroup(ID, "Sąsiedzi"))
            .nip(OrganisationGen.nip(1)).regon(OrganisationGen.regon(1))
            .krs(OrganisationGen.krs(1)).sector(Sector.NGO).name("").build());

    assertEquals(List.of("name:NAME_EMPTY", "nip:IDENTIFIER_NOT_APPLICABLE",
        "regon:IDENTIFIER_NOT_APPLICABLE", "krs:IDENTIFIER_NOT_APPLICABLE",
        "sector:SECTOR_MISMATCH"), codes(e));
  }

  @Test
  void a_foundation_and_a_social_cooperative_need_a_krs_number() {
    for (LegalForm form : List.of(LegalForm.FOUNDATION, LegalForm.SOCIAL_COOPERATIVE)) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> Organisation.builder().from(OrganisationGen.fullFoundation(ID, "X", 1))
              .legalForm(form).krs(java.util.Optional.empty()).build());
      assertEquals(List.of("krs:KRS_REQUIRED"), codes(e));
    }
  }

  @Test
  void an_association_may_have_no_krs_number_as_an_ordinary_association_has_none() {
    Organisation o = OrganisationGen.association(ID, "Stowarzyszenie zwykłe", 1, Sector.NGO,
        OrganisationGen.karlino(), java.util.Set.of());

    assertTrue(o.krs().isEmpty());
  }

  @Test
  void local_government_units_have_no_krs_number_and_belong_to_the_public_sector() {
    for (LegalForm form : List.of(LegalForm.MUNICIPALITY, LegalForm.COUNTY,
        LegalForm.VOIVODESHIP, LegalForm.PUBLIC_UNIT)) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> Organisation.builder().from(OrganisationGen.fullFoundation(ID, "Gmina", 1))
              .legalForm(form).build());
      assertEquals(List.of("krs:KRS_NOT_APPLICABLE", "sector:SECTOR_MISMATCH"), codes(e), form.name());
    }
    Organisation commune = Organisation.builder()
        .from(OrganisationGen.fullFoundation(ID, "Gmina Karlino", 1))
        .legalForm(LegalForm.MUNICIPALITY).sector(Sector.PUBLIC)
        .krs(java.util.Optional.empty()).build();
    assertEquals(LegalForm.MUNICIPALITY, commune.legalForm());
  }

  @Test
  void a_name_longer_than_500_characters_is_refused_and_500_is_accepted() {
    Organisation base = OrganisationGen.informalGroup(ID, "x");

    assertEquals(500, base.withName("a".repeat(500)).name().length());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> base.withName("a".repeat(501)));
    assertEquals(List.of("name:NAME_TOO_LONG"), codes(e));
  }

  @Test
  void a_negative_version_is_refused() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> OrganisationGen.informalGroup(ID, "x").withVersion(-1));

    assertEquals(List.of("version:VERSION_NEGATIVE"), codes(e));
  }

  @Test
  void every_legal_form_and_field_has_a_polish_name() {
    for (LegalForm form : LegalForm.values()) {
      assertTrue(!form.polishName().isBlank(), form.name());
    }
    for (Sector sector : Sector.values()) {
      assertTrue(!sector.polishName().isBlank(), sector.name());
    }
    assertEquals(14, SocialServiceField.values().length);
    assertEquals("system pieczy zastępczej", SocialServiceField.FOSTER_CARE.polishName());
    assertEquals("reintegracja zawodowa i społeczna",
        SocialServiceField.VOCATIONAL_AND_SOCIAL_REINTEGRATION.polishName());
  }

  @Test
  void an_organisation_id_reads_a_uuid_and_refuses_anything_else() {
    assertEquals(ID, OrganisationId.of(ID.toString()));
    assertEquals(ID, OrganisationId.parse(" " + ID.toString().toUpperCase() + " ").get());
    Problem p = OrganisationId.parse("org-1").getError().head();
    assertEquals("ORGANISATION_ID_FORMAT", p.code());
    assertTrue(p.message().contains("'org-1'"));
    assertEquals("ORGANISATION_ID_MISSING", OrganisationId.parse(null).getError().head().code());
    assertThrows(InvalidInputException.class, () -> OrganisationId.of("org-1"));
  }
}
