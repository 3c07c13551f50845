package pl.lsw.core.typology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.typology.PraskiKokonRelationships.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.testing.WrittenForPeople;

/**
 * The typologies' explanations are written for people in both languages: with partners named,
 * no id, no raw constant, no Java {@code toString}, no unfilled placeholder, and no English word
 * in Polish.
 */
class TypologyTextTest {

  private static final Pattern JAVA_TO_STRING = Pattern.compile(
      "[A-Za-z]\\[|[A-Za-z]\\{|\\{[A-Za-z]+[=|}]|@[0-9a-f]{4,}\\b|Optional|\\bList\\(|=\\{");
  private static final Pattern RULE_CODE =
      Pattern.compile("\\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\\b(?:\\.[a-z][A-Za-z]*)?");
  private static final Pattern ENGLISH_WORD = Pattern.compile(
      "\\b(the|is|are|should|has|of|and|not|none|similar|different|goals|means|stage|ladder"
          + "|evidence|relationship|assessed|agreed|missing|reached|from|to|form|type)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final WrittenForPeople CHECK = WrittenForPeople.of(JAVA_TO_STRING, RULE_CODE,
      ENGLISH_WORD, Set.of("LSW", "NGO", "OPS", "ZZ"), Map.of());

  private static List<String> texts(Locale locale) {
    List<String> out = new ArrayList<>();
    out.addAll(NajamClassification.of(SimilarityRating.of(4, 2), NajamThresholds.DEFAULT)
        .explanation(locale));
    out.addAll(PartnershipProfile.asOf(assessments(), SECOND).describe(locale,
        PraskiKokonRelationships::name));
    out.addAll(ProfileChange.between(assessments(), FIRST, SECOND).describe(locale,
        PraskiKokonRelationships::name));
    LocalDate d = LocalDate.of(2020, 3, 1);
    LadderAssessment coordination = LadderAssessment.assess(Ladders.SEED_001, d, List.of(
        Evidence.fromRecords("INFORMATION_EXCHANGE", "protokół spotkania ZZ"),
        Evidence.fromPerson("MUTUAL_ADJUSTMENT", "wywiad z koordynatorką")));
    out.addAll(coordination.explanation(locale));
    LadderAssessment network = LadderAssessment.assess(Ladders.SEED_001, d, List.of(
        Evidence.fromRecords("INFORMATION_EXCHANGE", "lista mailingowa")));
    RuleEnvironment env = RuleEnvironment.of(StandardRules.parameters(),
        WorkingDayCalendar.polish());
    out.add(TypologyRules.check(StageHistory.of("Praski Kokon", true, network), d, env)
        .findings().get(0).message(locale));
    out.add(TypologyRules.check(StageHistory.of("Praski Kokon", true, coordination),
        d.plusYears(3), env).findings().get(0).message(locale));
    DateRange year = DateRange.ofOrThrow(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
    out.addAll(NetworkingClassification.classify(A_B, List.of(
        new Interaction(A_B, InteractionKind.FORMAL_AGREEMENT, LocalDate.of(2020, 2, 3),
            "porozumienie o współpracy")), year).explanation(locale));
    out.addAll(NetworkingClassification.classify(A_B, List.of(), year).explanation(locale));
    return out;
  }

  @Test
  void every_explanation_reads_for_people_in_polish_and_in_english() {
    for (Locale locale : List.of(Locale.forLanguageTag("pl"), Locale.ENGLISH)) {
      String text = String.join("\n", texts(locale));
      List<String> bad = CHECK.problems(text, !locale.getLanguage().equals("en"));
      assertTrue(bad.isEmpty(), () -> String.join("\n", bad) + "\n---\n" + text);
      assertFalse(text.contains("{"), text);
    }
  }
}
