package pl.lsw.core.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.Severity;

class TypologyRulesTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final RuleEnvironment ENV =
      RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish());
  private static final Ladder SEED = Ladders.SEED_001;

  /** An assessment reaching the stage at {@code position} of the seed's ladder (-1: none). */
  private static LadderAssessment at(LocalDate day, int position) {
    List<Evidence> evidence = new ArrayList<>();
    for (int p = 0; p <= position; p++) {
      SEED.stages().get(p).indicators()
          .forEach(i -> evidence.add(Evidence.fromRecords(i.code(), "protokół")));
    }
    return LadderAssessment.assess(SEED, day, evidence);
  }

  private static List<Finding> findings(StageHistory h, LocalDate asOf, String code) {
    return TypologyRules.check(h, asOf, ENV).findingsOf(RuleCode.of(code));
  }

  @Test
  void both_rules_are_in_the_standard_catalog_as_should_rules_with_their_parameter() {
    assertEquals(Severity.SHOULD, StandardRules.catalog().find(RuleCode.of("TYP-FORMAL-NETWORK"))
        .orElseThrow().definition().severity());
    assertEquals(List.of(TypologyParameters.BEYOND_COOPERATION_MONTHS), StandardRules.catalog()
        .find(RuleCode.of("TYP-BEYOND-COOPERATION")).orElseThrow().definition().parameters());
    assertEquals(24, StandardRules.parameters().valueAsOf(
        TypologyParameters.BEYOND_COOPERATION_MONTHS, LocalDate.of(2026, 1, 1)));
  }

  @Test
  void a_formalised_lsw_at_the_network_stage_is_warned_and_one_stage_higher_is_not() {
    LocalDate d = LocalDate.of(2020, 3, 1);
    List<Finding> f = findings(StageHistory.of("partnership:kokon", true, at(d, 0)), d,
        "TYP-FORMAL-NETWORK");
    assertEquals(1, f.size());
    assertEquals("Według oceny z 01.03.2020 (drabina „Stopnie współpracy w LSW (raport"
        + " ewaluacyjny Praskiego Kokonu)”) sformalizowane partnerstwo jest dopiero na stopniu"
        + " „sieć”; LSW z założenia jest współdziałaniem sformalizowanym, powinno osiągnąć co"
        + " najmniej stopień „koordynacja”.", f.get(0).message(PL));
    assertEquals(List.of(), findings(StageHistory.of("p", true, at(d, 1)), d,
        "TYP-FORMAL-NETWORK"));
    assertEquals(List.of(), findings(StageHistory.of("p", false, at(d, 0)), d,
        "TYP-FORMAL-NETWORK"), "an informal network is not warned");
    List<Finding> below = findings(StageHistory.of("p", true, at(d, -1)), d,
        "TYP-FORMAL-NETWORK");
    assertEquals("belowFirstStage", below.get(0).messageKey().substring(
        "TYP-FORMAL-NETWORK.".length()));
  }

  @Test
  void the_formal_network_rule_reads_the_latest_assessment_on_or_before_the_day() {
    LocalDate d = LocalDate.of(2020, 3, 1);
    StageHistory h = StageHistory.of("p", true, at(d, 0), at(d.plusMonths(6), 2));
    assertEquals(1, findings(h, d.plusMonths(6).minusDays(1), "TYP-FORMAL-NETWORK").size());
    assertEquals(0, findings(h, d.plusMonths(6), "TYP-FORMAL-NETWORK").size());
    assertEquals(0, findings(h, d.minusDays(1), "TYP-FORMAL-NETWORK").size());
  }

  @Test
  void staying_on_the_middle_stages_is_reported_from_exactly_the_configured_months_on() {
    LocalDate start = LocalDate.of(2020, 3, 1);
    StageHistory h = StageHistory.of("partnership:kokon", true, at(start, 1),
        at(start.plusMonths(10), 2), at(start.plusMonths(20), 1));
    assertEquals(List.of(), findings(h, LocalDate.of(2022, 2, 28), "TYP-BEYOND-COOPERATION"));
    List<Finding> f = findings(h, LocalDate.of(2022, 3, 1), "TYP-BEYOND-COOPERATION");
    assertEquals(1, f.size());
    assertEquals("Since 2020-03-01 the partnership has stayed on the middle stages of the ladder"
        + " \"Stages of cooperation in an LSW (Praski Kokon evaluation report)\" (in the"
        + " assessment of 2021-11-01: \"coordination\"), that is at least 24 months;"
        + " recommendation: move beyond coordination and cooperation to partner collaboration"
        + " (\"partnership\").", f.get(0).message(Locale.ENGLISH));
    assertTrue(f.get(0).message(PL).contains("co najmniej 24 miesiące"), f.get(0).message(PL));
    assertEquals(24, f.get(0).parametersUsed().get(0).value());
  }

  @Test
  void the_period_is_a_dated_parameter() {
    LocalDate start = LocalDate.of(2020, 3, 1);
    StageHistory h = StageHistory.of("p", true, at(start, 2));
    RuleEnvironment twelve = ENV.withParameters(StandardRules.parameters()
        .with(TypologyParameters.BEYOND_COOPERATION_MONTHS, LocalDate.of(2021, 1, 1), 12));
    assertEquals(0, TypologyRules.check(h, LocalDate.of(2021, 2, 28), twelve)
        .findingsOf(RuleCode.of("TYP-BEYOND-COOPERATION")).size());
    assertEquals(1, TypologyRules.check(h, LocalDate.of(2021, 3, 1), twelve)
        .findingsOf(RuleCode.of("TYP-BEYOND-COOPERATION")).size());
    assertTrue(TypologyRules.check(h, LocalDate.of(2021, 3, 1), twelve).findingsOf(
        RuleCode.of("TYP-BEYOND-COOPERATION")).get(0).message(PL).contains("12 miesięcy"));
  }

  @Test
  void reaching_partnership_or_falling_back_to_the_network_breaks_the_run() {
    LocalDate start = LocalDate.of(2019, 1, 1);
    LocalDate asOf = LocalDate.of(2023, 1, 1);
    assertEquals(0, findings(StageHistory.of("p", true, at(start, 1), at(start.plusMonths(30), 3)),
        asOf, "TYP-BEYOND-COOPERATION").size(), "partnership reached");
    StageHistory back = StageHistory.of("p", true, at(start, 1), at(start.plusMonths(12), 0),
        at(start.plusMonths(13), 2));
    assertEquals(0, findings(back, start.plusMonths(36).minusDays(1), "TYP-BEYOND-COOPERATION")
        .size(), "the run began at month 13");
    assertEquals(1, findings(back, start.plusMonths(37), "TYP-BEYOND-COOPERATION").size());
    assertEquals(0, findings(StageHistory.of("p", true), asOf, "TYP-BEYOND-COOPERATION").size());
  }

  @Test
  void a_history_refuses_another_ladder_and_the_wrong_order_at_once() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> StageHistory.of(
        "", true, at(d, 0), LadderAssessment.assess(Ladders.HIMMELMAN, d.minusDays(1), List.of())));
    assertEquals(List.of("HISTORY_SUBJECT_EMPTY", "HISTORY_OTHER_LADDER", "HISTORY_ORDER"),
        e.problems().stream().map(pl.lsw.core.kernel.Problem::code).toList());
  }

  @Test
  void the_rules_apply_to_any_ladder_by_position() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    List<Evidence> first = List.of(Evidence.fromPerson("AWARE_OF_EACH_OTHER", "ankieta"));
    StageHistory frey = StageHistory.of("p", true,
        LadderAssessment.assess(Ladders.FREY_2006, d, first));
    assertEquals(1, findings(frey, d, "TYP-FORMAL-NETWORK").size());
  }
}
