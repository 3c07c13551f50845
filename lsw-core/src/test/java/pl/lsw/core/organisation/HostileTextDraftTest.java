package pl.lsw.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Blank-looking texts (no-break, figure and zero-width spaces) in an organisation draft. */
class HostileTextDraftTest {

  private static final OrganisationId ID = OrganisationId.of(new UUID(7, 8));

  private static OrganisationDraft.Builder foundation() {
    return OrganisationDraft.builder()
        .name("Fundacja Dobry Dom")
        .legalForm(LegalForm.FOUNDATION)
        .sector(Sector.NGO)
        .addField(SocialServiceField.VOCATIONAL_AND_SOCIAL_REINTEGRATION)
        .krs("123456")
        .seatTeryt("1465088")
        .seatAddress("ul. Ząbkowska 1, Warszawa");
  }

  private static List<String> codes(OrganisationDraft draft) {
    return draft.toOrganisation(ID, 0).getError().map(p -> p.path() + ":" + p.code()).toJavaList();
  }

  @Test
  void a_krs_number_of_a_no_break_space_is_none_so_a_foundation_lacks_its_krs() {
    assertTrue(codes(foundation().krs("\u00A0").build()).contains("krs:KRS_REQUIRED"));
  }

  @Test
  void a_name_of_a_no_break_or_zero_width_space_is_empty() {
    assertEquals(List.of("name:NAME_EMPTY"), codes(foundation().name("\u00A0").build()));
    assertEquals(List.of("name:NAME_EMPTY"), codes(foundation().name("\u200B").build()));
    assertEquals(List.of("name:NAME_EMPTY"), codes(foundation().name("\uFEFF\u2060 ").build()));
  }

  @Test
  void a_name_framed_by_no_break_spaces_is_trimmed() {
    Organisation o = foundation().name("\u00A0Fundacja\u200B").build().toOrganisation(ID, 0).get();
    assertEquals("Fundacja", o.name());
  }

  @Test
  void an_address_of_a_figure_space_is_empty() {
    assertEquals(List.of("seat.address:ADDRESS_EMPTY"),
        codes(foundation().seatAddress("\u2007").build()));
  }

  @Test
  void a_name_with_a_control_character_or_a_lone_surrogate_is_refused() {
    assertEquals(List.of("name:NAME_CONTROL_CHARACTER"),
        codes(foundation().name("Fundacja\u0000Dom").build()));
    assertEquals(List.of("name:NAME_SURROGATE"),
        codes(foundation().name("Fundacja \uD800 Dom").build()));
  }

  @Test
  void a_registry_clerk_position_follows_the_same_text_policy() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new RegistryClerk("\u00A0\u200B", java.util.Optional.empty()));
    assertEquals("inspektorka",
        new RegistryClerk("\u00A0inspektorka\uFEFF", java.util.Optional.empty()).position());
  }
}
