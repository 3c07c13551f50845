package pl.lsw.core.evaluation.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.evaluation.Ratio;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.rules.Severity;

class PrinciplesSelfAssessmentTest {

  private static final LocalDate DAY = LocalDate.of(2021, 6, 30);
  private static final EvidenceNote MINUTES =
      EvidenceNote.fromRecords("protokół Komitetu Sterującego z 12.03.2020");

  private static List<Problem> problems(Runnable r) {
    return assertThrows(InvalidInputException.class, r::run).problems();
  }

  private static List<String> codes(Runnable r) {
    return problems(r).stream().map(Problem::code).toList();
  }

  @Test
  void the_eight_principles_of_the_seed_are_data_with_codes_titles_and_source() {
    assertEquals(8, Principle.values().length);
    assertEquals("EQUALITY", Principle.EQUALITY.code());
    assertEquals("CONTINUOUS_CREATION", Principle.values()[7].code());
    for (Principle p : Principle.values()) {
      assertTrue(!p.title().polishName().isBlank() && !p.title().englishName().isBlank(), p.code());
      assertTrue(!p.summary().polishName().isBlank() && !p.summary().englishName().isBlank());
      assertEquals("001 §3", p.source().text(), p.code());
    }
    assertEquals("trust, openness and transparency", Principle.TRUST.display(Locale.ENGLISH));
  }

  @Test
  void an_assessment_lists_every_problem_at_once() {
    assertEquals(List.of("ASSESSMENT_DATE_MISSING", "RATINGS_EMPTY"),
        codes(() -> PrinciplesSelfAssessment.of(null, List.of())));
    var v = PrinciplesSelfAssessment.validate(DAY, List.of(
        PrincipleRating.of(Principle.TRUST, Grade.MET, MINUTES),
        PrincipleRating.of(Principle.EQUALITY, Grade.NOT_MET),
        PrincipleRating.of(Principle.TRUST, Grade.NOT_MET)));
    assertEquals(List.of("PRINCIPLE_DUPLICATE"), v.getError().map(Problem::code).toJavaList());
    assertEquals("ratings[2]", v.getError().get(0).path());
    assertTrue(v.getError().get(0).message(Locale.ENGLISH).contains("trust, openness"),
        v.getError().get(0).message(Locale.ENGLISH));
    assertEquals(List.of("PRINCIPLE_MISSING", "GRADE_MISSING"),
        codes(() -> new PrincipleRating(null, null, List.of())));
  }

  @Test
  void evidence_notes_refuse_blank_untrimmed_and_too_long_text_at_the_exact_limit() {
    assertEquals(List.of("EVIDENCE_SOURCE_MISSING", "EVIDENCE_NOTE_EMPTY"),
        codes(() -> new EvidenceNote(null, "  ")));
    String max = "x".repeat(EvidenceNote.MAX_NOTE);
    assertEquals(max, EvidenceNote.fromPerson(max).note());
    assertEquals(List.of("EVIDENCE_NOTE_UNTRIMMED", "EVIDENCE_NOTE_TOO_LONG"),
        codes(() -> EvidenceNote.fromPerson(" " + max)));
    assertEquals(MINUTES, EvidenceNote.of("RECORDS", MINUTES.note()));
  }

  @Test
  void the_summary_names_the_principles_met_and_the_weakest_and_counts_unrated_as_not_met() {
    PrinciplesSelfAssessment a = PrinciplesSelfAssessment.of(DAY, List.of(
        PrincipleRating.of(Principle.EQUALITY, Grade.MET, MINUTES),
        PrincipleRating.of(Principle.TRUST, Grade.MET, MINUTES),
        PrincipleRating.of(Principle.RESPONSIBILITY, Grade.PARTLY_MET, MINUTES),
        PrincipleRating.of(Principle.JOINT_PLANNING, Grade.PARTLY_MET)));
    assertEquals(List.of(Principle.EQUALITY, Principle.TRUST), a.met());
    assertEquals(List.of(Principle.JOINT_PLANNING, Principle.RESPONSIBILITY), a.partlyMet());
    assertEquals(List.of(Principle.JOINT_PLANNING, Principle.RESPONSIBILITY), a.weakest());
    assertEquals(Grade.PARTLY_MET, a.lowestGrade());
    assertEquals(4, a.unrated().size());
    assertEquals(Ratio.of(1, 4), a.shareMet());
    List<String> en = a.explanation(Locale.ENGLISH);
    assertEquals(1 + 8 + 1, en.size(), en::toString);
    assertEquals("Self-assessment of 2021-06-30: 2 of the 8 principles of partnership met (25%).",
        en.get(0));
    assertTrue(en.get(3).contains("not rated"), en::toString);
    List<String> pl = a.explanation(Messages.POLISH);
    assertTrue(pl.get(1).contains("spełnione (1 dowód)"), pl::toString);
    assertTrue(pl.get(9).startsWith("Najsłabsze zasady (spełnione częściowo)"), pl::toString);
  }

  @Test
  void when_all_rated_are_met_there_is_no_weakest_and_all_eight_met_is_one() {
    List<PrincipleRating> all = new ArrayList<>();
    Arrays.stream(Principle.values()).forEach(p -> all.add(PrincipleRating.of(p, Grade.MET, MINUTES)));
    PrinciplesSelfAssessment a = PrinciplesSelfAssessment.of(DAY, all);
    assertEquals(List.of(), a.weakest());
    assertEquals(Ratio.ONE, a.shareMet());
    assertEquals("Every principle rated is met.", a.explanation(Locale.ENGLISH).get(9));
  }

  @Test
  void principle_evidence_reports_met_and_partly_met_without_evidence_but_not_not_met() {
    PrinciplesSelfAssessment a = PrinciplesSelfAssessment.of(DAY, List.of(
        PrincipleRating.of(Principle.EQUALITY, Grade.MET),
        PrincipleRating.of(Principle.TRUST, Grade.MET, MINUTES),
        PrincipleRating.of(Principle.INNOVATION, Grade.PARTLY_MET),
        PrincipleRating.of(Principle.RESPONSIBILITY, Grade.NOT_MET)));
    List<Finding> f = InstrumentRules.check(a, StandardRules.parameters()).findings();
    assertEquals(2, f.size(), f::toString);
    assertEquals("ratings[0].evidence", f.get(0).path());
    assertEquals("ratings[2].evidence", f.get(1).path());
    assertEquals(Severity.SHOULD, f.get(0).severity());
    assertEquals("The principle \"equality of the partners\" is graded met in the"
        + " self-assessment of 2021-06-30, but without any evidence",
        f.get(0).message(Locale.ENGLISH));
    assertTrue(f.get(1).message(Messages.POLISH).contains("„innowacyjność i kompleksowość"
        + " działań” jest w samoocenie z 30.06.2021 oceniona jako spełnione"
        + " częściowo"), f.get(1).message(Messages.POLISH));
    assertEquals(a.withoutEvidence().size(), f.size());
  }

  @Test
  void the_rule_is_in_the_standard_catalog() {
    var d = StandardRules.catalog().find(RuleCode.of("EVAL-PRINCIPLE-EVIDENCE")).orElseThrow()
        .definition();
    assertEquals(Severity.SHOULD, d.severity());
    assertEquals("001 §3", d.source().text());
    assertTrue(StandardRules.catalog().ruleSets().stream()
        .anyMatch(s -> s.name().equals("evaluation-instrument")));
  }

  @Test
  void a_rating_is_rebuilt_from_plain_values() {
    PrincipleRating r = PrincipleRating.of(Principle.TRUST, Grade.PARTLY_MET, MINUTES);
    assertEquals(r, PrincipleRating.of(r.principle().code(), r.grade().name(),
        List.of(EvidenceNote.of(MINUTES.source().name(), MINUTES.note()))));
  }
}
