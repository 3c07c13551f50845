package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.examples.ExampleOutput.count;
import static pl.lsw.examples.ExampleOutput.run;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class EvaluationExampleTest {

  @TempDir
  static Path dir;

  private static String polish;
  private static String english;
  private static String again;

  @BeforeAll
  static void run_the_example_in_both_languages_and_again_on_the_same_database() throws Exception {
    polish = run("evaluation", "--db", dir.resolve("pl").resolve("lsw").toString());
    String db = dir.resolve("en").resolve("lsw").toString();
    english = run("evaluation", "--db", db, "--lang", "en");
    again = run("evaluation", "--db", db, "--lang", "en");
  }

  @Test
  void the_relationship_types_follow_table_2_and_a_disagreement_is_shown() {
    assertTrue(polish.contains("Stan na 30.06.2026: 6 relacji, przeważa: komplementarność."), polish);
    assertTrue(polish.contains("konfrontacja: 1 z 5 (20%)"), polish);
    assertTrue(polish.contains("Co się zmieniło:"), polish);
    // the confrontation between the NGO and the OPS was worked out
    assertTrue(polish.contains(": konfrontacja → komplementarność"), polish);
    assertTrue(polish.contains("oceny rozbieżne (kooperacja, komplementarność)"), polish);
  }

  @Test
  void the_stage_path_goes_from_coordination_through_cooperation_to_partnership() {
    int coordination = english.indexOf("Stage reached: \"coordination\"");
    int cooperation = english.indexOf("Stage reached: \"cooperation\"");
    int partnership = english.indexOf("Stage reached: \"partnership\"");
    assertTrue(coordination >= 0 && coordination < cooperation && cooperation < partnership,
        english);
  }

  @Test
  void the_records_evidence_what_they_can_and_name_what_only_a_person_can_say() {
    assertTrue(english.contains("\"exchanging information\": evidence from the partnership's records"),
        english);
    assertTrue(english.contains("\"mutual learning\": no evidence; the partnership's records cannot"
        + " show it, a person must say"), english);
  }

  @Test
  void the_instruments_name_a_grade_without_evidence_and_a_group_without_benefits() {
    assertTrue(polish.contains("- [EVAL-PRINCIPLE-EVIDENCE] Zasada „współzależność i realizacja"
        + " wspólnych celów” jest w samoocenie"), polish);
    assertTrue(english.contains("local community"), english);
    assertTrue(polish.contains("Brak zapisanych korzyści dla grup: społeczność lokalna."), polish);
  }

  @Test
  void the_report_writes_the_networks_added_value_with_and_without_the_network() {
    assertTrue(polish.contains("rodziny objęte wsparciem w roku — z siecią (X + S(Y)): 65,00"),
        polish);
    assertTrue(polish.contains("rodziny objęte wsparciem w roku — bez sieci (X): 40,00"), polish);
    assertTrue(english.contains("families supported a year — with the network (X + S(Y)): 65.00"),
        english);
  }

  @Test
  void the_threats_of_the_period_are_found_with_their_rule_codes() {
    assertTrue(polish.contains("[TYP-DRAINING]"), polish);
    assertTrue(english.contains("[TYP-DRAINING]"), english);
  }

  @Test
  void the_survey_shows_significant_progress_on_the_seeds_chart() {
    assertTrue(english.contains("Rating of cooperation in the LSW (the evaluation report's chart):"
        + " high answers 16% → 47% (significant progress)"), english);
  }

  @Test
  void a_stranger_is_refused_and_a_second_run_shows_the_stored_evaluation() {
    assertTrue(english.contains("an assessment given by a person outside the partnership — refused:"),
        english);
    assertTrue(again.contains("is already in the database"), again);
    assertEquals(0, count(again, "== Recording assessments and surveys"));
    assertEquals(count(english, "[TYP-DRAINING]"), count(again, "[TYP-DRAINING]"));
  }

  @Test
  void the_report_is_written_as_text_csv_and_two_svg_pictures() throws Exception {
    assertTrue(polish.contains("Ewaluacja partnerstwa Praski Kokon za okres 07.04.2025 – 30.06.2026"),
        polish);
    assertTrue(english.contains("Evaluation of the partnership Praski Kokon for 2025-04-07 – 2026-06-30"),
        english);
    Path out = dir.resolve("en").resolve("evaluation");
    String csv = Files.readString(out.resolve("raport-en.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("section;section_name;subject;measure;value;shown\n"), csv);
    assertTrue(csv.contains("SURVEY;Cooperation-quality survey;"), csv);
    for (String svg : new String[] {"relacje-en.svg", "badanie-en.svg", "relacje-pl.svg"}) {
      Path file = (svg.endsWith("pl.svg") ? dir.resolve("pl") : dir.resolve("en"))
          .resolve("evaluation").resolve(svg);
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
          new InputSource(new StringReader(Files.readString(file, StandardCharsets.UTF_8))));
      assertEquals("svg", doc.getDocumentElement().getNodeName(), svg);
    }
    String network = Files.readString(out.resolve("relacje-en.svg"), StandardCharsets.UTF_8);
    assertTrue(network.contains("complementarity"), network);
  }
}
