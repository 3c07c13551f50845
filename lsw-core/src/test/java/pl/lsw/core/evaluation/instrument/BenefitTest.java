package pl.lsw.core.evaluation.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;

class BenefitTest {

  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final LocalDate END = LocalDate.of(2020, 12, 31);
  private static final DateRange YEAR = DateRange.of(START, END);

  private static List<String> codes(Runnable r) {
    return assertThrows(InvalidInputException.class, r::run).problems().stream()
        .map(Problem::code).toList();
  }

  @Test
  void the_four_groups_of_the_seed_name_their_sections() {
    assertEquals(4, StakeholderGroup.values().length);
    assertEquals("001 §2.3.1", StakeholderGroup.PERSONS_AND_FAMILIES.source().text());
    assertEquals("001 §2.3.4", StakeholderGroup.LOCAL_COMMUNITY.source().text());
    assertEquals("helping professions", StakeholderGroup.HELPING_PROFESSIONS.display(Locale.ENGLISH));
  }

  @Test
  void a_record_lists_every_problem_at_once() {
    assertEquals(List.of("STAKEHOLDER_GROUP_MISSING", "BENEFIT_DATE_MISSING",
            "BENEFIT_DESCRIPTION_EMPTY", "BENEFIT_INDICATOR_UNTRIMMED"),
        codes(() -> BenefitRecord.of((StakeholderGroup) null, null, " ", " 5 usług")));
    var v = BenefitRecord.validate(StakeholderGroup.INSTITUTIONS, START, " wspólna marka", null);
    assertEquals(List.of("BENEFIT_DESCRIPTION_UNTRIMMED"),
        v.getError().map(Problem::code).toJavaList());
  }

  @Test
  void texts_are_checked_at_their_exact_limits() {
    String max = "a".repeat(BenefitRecord.MAX_DESCRIPTION);
    String maxIndicator = "b".repeat(BenefitRecord.MAX_INDICATOR);
    BenefitRecord ok = BenefitRecord.of(StakeholderGroup.INSTITUTIONS, START, max, maxIndicator);
    assertEquals(maxIndicator, ok.indicatorIfAny().orElseThrow());
    assertEquals(List.of("BENEFIT_DESCRIPTION_TOO_LONG", "BENEFIT_INDICATOR_TOO_LONG"),
        codes(() -> BenefitRecord.of(StakeholderGroup.INSTITUTIONS, START, max + "a",
            maxIndicator + "b")));
  }

  @Test
  void a_number_that_could_identify_a_person_is_refused_from_seven_digits_on() {
    BenefitRecord.of(StakeholderGroup.PERSONS_AND_FAMILIES, START, "oszczędność czasu",
        "123456 zł mniej kosztów");
    assertEquals(List.of("BENEFIT_NUMBER"), codes(() -> BenefitRecord.of(
        StakeholderGroup.PERSONS_AND_FAMILIES, START, "rodzina 1234567 skorzystała")));
    assertEquals(List.of("BENEFIT_DESCRIPTION_PESEL", "BENEFIT_NUMBER", "BENEFIT_NUMBER"),
        codes(() -> BenefitRecord.of(
        StakeholderGroup.PERSONS_AND_FAMILIES, START, "PESEL 85010112345", "tel. 600100200")));
  }

  @Test
  void the_summary_counts_each_group_in_the_period_both_ends_included() {
    List<BenefitRecord> all = List.of(
        BenefitRecord.of(StakeholderGroup.PERSONS_AND_FAMILIES, START, "szersza oferta wsparcia"),
        BenefitRecord.of(StakeholderGroup.PERSONS_AND_FAMILIES, END, "ciągłość usług"),
        BenefitRecord.of(StakeholderGroup.INSTITUTIONS, END, "wspólne planowanie", "4 plany"),
        BenefitRecord.of(StakeholderGroup.LOCAL_COMMUNITY, START.minusDays(1), "spotkania"),
        BenefitRecord.of("HELPING_PROFESSIONS", END.plusDays(1), "praca zespołowa", null));
    BenefitSummary s = BenefitSummary.of(YEAR, all);
    assertEquals(3, s.total());
    assertEquals(2, s.count(StakeholderGroup.PERSONS_AND_FAMILIES));
    assertEquals(1, s.count(StakeholderGroup.INSTITUTIONS));
    assertEquals(List.of(StakeholderGroup.HELPING_PROFESSIONS, StakeholderGroup.LOCAL_COMMUNITY),
        s.groupsWithoutBenefit());
    assertEquals(1, s.benefitsOf(StakeholderGroup.INSTITUTIONS).size());
    List<String> en = s.explanation(Locale.ENGLISH);
    assertEquals(List.of("Benefits of cooperation recorded from 2020-01-01 to 2020-12-31: 3.",
        "Group \"persons and families\": 2.", "Group \"helping professions\": 0.",
        "Group \"institutions\": 1.", "Group \"local community\": 0.",
        "No benefit recorded for: helping professions, local community."), en);
    assertTrue(s.explanation(pl.lsw.core.kernel.Messages.POLISH).get(0)
        .startsWith("Korzyści ze współpracy zapisane od 01.01.2020"));
  }
}
