package pl.lsw.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Problem;

class OrganisationProblemsTest {

  private static final Locale PL = Locale.forLanguageTag("pl");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(OrganisationProblemsTest.class.getResourceAsStream(
        "/pl/lsw/core/organisation/" + name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void both_languages_have_the_same_codes() throws IOException {
    assertEquals(load("problems.properties").keySet(), load("problems_en.properties").keySet());
  }

  @Test
  void a_draft_reports_its_problems_in_polish_and_english_naming_forms_and_sectors_by_label() {
    OrganisationDraft draft = OrganisationDraft.builder().name(" ").legalForm(LegalForm.FOUNDATION)
        .sector(Sector.BUSINESS).addField(SocialServiceField.FAMILY_SUPPORT).krs("")
        .seatTeryt("1465088").seatAddress("ul. Ząbkowska 1, Warszawa").build();
    List<Problem> problems = draft.toOrganisation(OrganisationId.of(new java.util.UUID(1, 1)), 0)
        .getError().toJavaList();
    Problem krs = problems.stream().filter(p -> p.code().equals("KRS_REQUIRED")).findFirst()
        .orElseThrow();
    assertEquals("Forma prawna „fundacja” wymaga wpisu do KRS: numer KRS jest wymagany",
        krs.message(PL));
    assertEquals("A foundation is entered in the KRS: its KRS number is required",
        krs.message(Locale.ENGLISH));
    Problem name = problems.stream().filter(p -> p.code().equals("NAME_EMPTY")).findFirst()
        .orElseThrow();
    assertTrue(name.message(PL).startsWith("Nazwa organizacji"), name.message(PL));
    assertTrue(problems.stream().allMatch(p -> !p.message(pl.lsw.core.kernel.Messages.POLISH).equals(p.message(java.util.Locale.ENGLISH))));
    for (Problem p : problems) {
      assertFalse(p.message(PL).contains("FOUNDATION") || p.message(PL).contains("BUSINESS"),
          p.message(PL));
    }
  }

  @Test
  void an_informal_group_in_the_business_sector_names_the_allowed_sectors_in_both_languages() {
    OrganisationDraft draft = OrganisationDraft.builder().name("Sąsiedzi")
        .legalForm(LegalForm.INFORMAL_GROUP).sector(Sector.BUSINESS)
        .addField(SocialServiceField.FAMILY_SUPPORT).seatTeryt("1465088")
        .seatAddress("ul. Ząbkowska 1, Warszawa")
        .addContact(ContactPersonDraft.byEmail("Anna", "liderka", "anna@example.org")).build();
    Problem p = draft.toOrganisation(OrganisationId.of(new java.util.UUID(1, 2)), 0).getError()
        .find(x -> x.code().equals("SECTOR_MISMATCH")).get();
    assertEquals("Forma prawna „grupa nieformalna” należy do sektora: grupa nieformalna, "
        + "reprezentacja rodzin, a nie: biznes", p.message(PL));
    assertTrue(p.message(Locale.ENGLISH).contains("business"), p.message(Locale.ENGLISH));
  }
}
