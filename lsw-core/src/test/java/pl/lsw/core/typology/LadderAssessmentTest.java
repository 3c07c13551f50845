package pl.lsw.core.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.testing.Property;

class LadderAssessmentTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final LocalDate DAY = LocalDate.of(2020, 9, 15);
  private static final Ladder SEED = Ladders.SEED_001;

  private static Evidence records(String code) {
    return Evidence.fromRecords(code, "protokół z " + code);
  }

  private static Optional<String> reached(Evidence... evidence) {
    return LadderAssessment.assess(SEED, DAY, List.of(evidence)).reached()
        .map(LadderStage::code);
  }

  @Test
  void the_seed_ladder_has_four_stages_with_the_seed_indicators() {
    assertEquals(List.of("NETWORK", "COORDINATION", "COOPERATION", "PARTNERSHIP"),
        SEED.stages().stream().map(LadderStage::code).toList());
    assertEquals(List.of("MUTUAL_TRUST", "OPENNESS_TO_CHANGE", "MUTUAL_LEARNING"),
        SEED.last().indicators().stream().map(Indicator::code).toList());
    assertEquals(SEED, Ladders.defaultLadder());
    assertEquals(4, Ladders.all().size());
    assertEquals(5, Ladders.FREY_2006.stages().size());
    assertEquals(List.of("networking", "coordinating", "cooperating", "collaborating"),
        Ladders.HIMMELMAN.stages().stream().map(s -> s.title().englishName()).toList());
    assertEquals(List.of("awareness", "cooperation", "coordination", "integration"),
        Ladders.PARTNER_TOOL.stages().stream().map(s -> s.title().englishName()).toList());
    assertEquals(Optional.of(Ladders.HIMMELMAN), Ladders.byCode("HIMMELMAN"));
    assertTrue(SEED.isMiddle(SEED.stage("COORDINATION").orElseThrow()));
    assertTrue(SEED.isMiddle(SEED.stage("COOPERATION").orElseThrow()));
    assertTrue(!SEED.isMiddle(SEED.first()) && !SEED.isMiddle(SEED.last()));
  }

  @Test
  void the_stage_reached_is_the_highest_whose_and_all_lower_indicators_are_met() {
    assertEquals(Optional.empty(), reached());
    assertEquals(Optional.of("NETWORK"), reached(records("INFORMATION_EXCHANGE")));
    assertEquals(Optional.of("COORDINATION"), reached(records("INFORMATION_EXCHANGE"),
        records("MUTUAL_ADJUSTMENT")));
    assertEquals(Optional.of("NETWORK"), reached(records("INFORMATION_EXCHANGE"),
        records("JOINT_PLANNING")), "a higher stage does not count over a gap");
    assertEquals(Optional.empty(), reached(records("MUTUAL_ADJUSTMENT")));
    assertEquals(Optional.of("COOPERATION"), reached(records("INFORMATION_EXCHANGE"),
        records("MUTUAL_ADJUSTMENT"), records("JOINT_PLANNING"), records("MUTUAL_TRUST"),
        records("MUTUAL_LEARNING")), "two of the three partnership indicators are not enough");
    assertEquals(Optional.of("PARTNERSHIP"), reached(records("INFORMATION_EXCHANGE"),
        records("MUTUAL_ADJUSTMENT"), records("JOINT_PLANNING"), records("MUTUAL_TRUST"),
        Evidence.fromPerson("OPENNESS_TO_CHANGE", "wywiad z kierowniczką ZZ"),
        records("MUTUAL_LEARNING")));
  }

  @Test
  void the_assessment_shows_the_evidence_for_the_stage_and_what_is_missing_for_the_next() {
    LadderAssessment a = LadderAssessment.assess(SEED, DAY, List.of(
        records("INFORMATION_EXCHANGE"), records("MUTUAL_ADJUSTMENT"),
        Evidence.fromPerson("MUTUAL_TRUST", "obserwacja ewaluatora")));
    assertEquals("COOPERATION", a.next().orElseThrow().code());
    assertEquals(List.of("JOINT_PLANNING"), a.missingForNext().stream().map(Indicator::code)
        .toList());
    assertEquals(2, a.evidenceForReached().size());
    assertEquals(List.of("MUTUAL_TRUST"), a.evidenceAbove().stream().map(Evidence::indicator)
        .toList());
    assertEquals(List.of(
        "Osiągnięty stopień: „koordynacja” (drabina „Stopnie współpracy w LSW (raport ewaluacyjny"
            + " Praskiego Kokonu)”, ocena z 15.09.2020).",
        "Wskaźnik „wymiana informacji” – dokumentacja: protokół z INFORMATION_EXCHANGE",
        "Wskaźnik „dopasowywanie działań do siebie nawzajem” – dokumentacja: protokół z"
            + " MUTUAL_ADJUSTMENT",
        "Do stopnia „kooperacja” brakuje: wspólne planowanie zmieniające formy pracy."),
        a.explanation(PL));
    assertTrue(a.explanation(Locale.ENGLISH).get(3)
        .equals("Missing for the stage \"cooperation\": joint planning that changes the forms of work."));
  }

  @Test
  void at_the_top_nothing_is_missing() {
    List<Evidence> all = new ArrayList<>();
    Ladders.HIMMELMAN.stages().forEach(s -> s.indicators().forEach(i -> all.add(records(i.code()))));
    LadderAssessment a = LadderAssessment.assess(Ladders.HIMMELMAN, DAY, all);
    assertEquals("COLLABORATING", a.reached().orElseThrow().code());
    assertEquals(List.of(), a.missingForNext());
    assertEquals("This is the ladder's highest stage.",
        a.explanation(Locale.ENGLISH).get(a.explanation(Locale.ENGLISH).size() - 1));
  }

  @Test
  void evidence_of_unknown_indicators_is_listed_all_at_once() {
    List<Evidence> bad = List.of(records("NOPE"), records("INFORMATION_EXCHANGE"),
        records("ALSO_NOPE"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> LadderAssessment.assess(SEED, DAY, bad));
    assertEquals(List.of("evidence[0].indicator", "evidence[2].indicator"),
        e.problems().stream().map(Problem::path).toList());
    assertEquals(2, LadderAssessment.validate(SEED, DAY, bad).getError().size());
    assertTrue(LadderAssessment.validate(SEED, DAY, List.of()).isValid());
  }

  @Test
  void a_malformed_ladder_lists_every_problem() {
    Indicator i = Indicator.of("SAME", "to samo", "the same");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Ladder("bad",
        Label.of("", "x"), " ", List.of(LadderStage.of("A1", "a", "a", i),
            LadderStage.of("A1", "b", "b", i))));
    assertEquals(List.of("CODE_FORMAT", "LABEL_EMPTY", "LADDER_SOURCE_EMPTY", "STAGE_CODE_TWICE",
        "INDICATOR_CODE_TWICE"), e.problems().stream().map(Problem::code).toList());
    InvalidInputException s = assertThrows(InvalidInputException.class,
        () -> new LadderStage("x", Label.of("a", "a"), List.of()));
    assertEquals(List.of("CODE_FORMAT", "STAGE_NO_INDICATOR"),
        s.problems().stream().map(Problem::code).toList());
    InvalidInputException ev = assertThrows(InvalidInputException.class,
        () -> Evidence.fromRecords("lower", ""));
    assertEquals(List.of("CODE_FORMAT", "EVIDENCE_NOTE_EMPTY"),
        ev.problems().stream().map(Problem::code).toList());
    assertThrows(InvalidInputException.class, () -> new Ladder("EMPTY", Label.of("a", "a"), "s",
        List.of()));
  }

  @Test
  void more_evidence_never_lowers_the_stage_reached() {
    List<String> codes = Ladders.all().stream().flatMap(l -> l.stages().stream())
        .flatMap(s -> s.indicators().stream()).map(Indicator::code).distinct().toList();
    Property.forAll("evidence monotone", rnd -> {
      Ladder ladder = Ladders.all().get(rnd.nextInt(Ladders.all().size()));
      List<String> own = ladder.stages().stream().flatMap(s -> s.indicators().stream())
          .map(Indicator::code).toList();
      List<Evidence> some = new ArrayList<>();
      for (String c : own) {
        if (rnd.nextBoolean()) {
          some.add(records(c));
        }
      }
      LadderAssessment before = LadderAssessment.assess(ladder, DAY, some);
      List<Evidence> more = new ArrayList<>(some);
      more.add(records(own.get(rnd.nextInt(own.size()))));
      LadderAssessment after = LadderAssessment.assess(ladder, DAY, more);
      assertTrue(after.reachedPosition() >= before.reachedPosition());
      before.reached().ifPresent(s -> assertTrue(s.indicators().stream().allMatch(before::isMet)));
      before.next().ifPresent(n -> assertTrue(!before.missingForNext().isEmpty()));
      assertTrue(codes.containsAll(own));
    });
  }
}
