package pl.lsw.core.evaluation.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.evaluation.Ratio;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.testing.Property;

class InstrumentPropertyTest {

  private static final LocalDate START = LocalDate.of(2019, 1, 1);

  @Test
  void benefit_counts_sum_to_the_total_in_the_period_and_groups_without_benefit_have_none() {
    Property.forAll("benefit summary", rnd -> {
      DateRange period = DateRange.ofDays(START.plusDays(rnd.nextInt(30)), 1 + rnd.nextInt(60));
      List<BenefitRecord> all = new ArrayList<>();
      int n = rnd.nextInt(12);
      for (int i = 0; i < n; i++) {
        StakeholderGroup g = StakeholderGroup.values()[rnd.nextInt(4)];
        all.add(BenefitRecord.of(g, START.plusDays(rnd.nextInt(100)), "korzyść " + i));
      }
      BenefitSummary s = BenefitSummary.of(period, all);
      long inPeriod = all.stream().filter(b -> period.contains(b.recordedOn())).count();
      assertEquals(inPeriod, s.total());
      assertEquals(s.total(), s.counts().values().stream().mapToInt(Integer::intValue).sum());
      for (StakeholderGroup g : StakeholderGroup.values()) {
        assertEquals(s.count(g) == 0, s.groupsWithoutBenefit().contains(g), g.name());
        assertEquals(s.count(g), s.benefitsOf(g).size());
      }
      assertEquals(s.groupsWithoutBenefit().isEmpty() ? 5 : 6,
          s.explanation(Locale.ENGLISH).size());
    });
  }

  @Test
  void principles_are_partitioned_by_grade_and_the_rule_reports_exactly_those_without_evidence() {
    Property.forAll("principles self-assessment", rnd -> {
      List<PrincipleRating> ratings = new ArrayList<>();
      for (Principle p : Principle.values()) {
        if (rnd.nextInt(4) == 0) {
          continue;
        }
        Grade g = Grade.values()[rnd.nextInt(3)];
        ratings.add(rnd.nextBoolean() ? PrincipleRating.of(p, g)
            : PrincipleRating.of(p, g, EvidenceNote.fromRecords("protokół " + p.code())));
      }
      if (ratings.isEmpty()) {
        return;
      }
      java.util.Collections.shuffle(ratings, new Random(rnd.nextLong()));
      PrinciplesSelfAssessment a = PrinciplesSelfAssessment.of(START, ratings);
      assertEquals(8, a.met().size() + a.partlyMet().size() + a.notMet().size()
          + a.unrated().size());
      assertEquals(Ratio.of(a.met().size(), 8), a.shareMet());
      assertTrue(a.weakest().stream().allMatch(p -> a.rating(p).orElseThrow().grade()
          == a.lowestGrade()));
      assertTrue(a.ratings().stream().allMatch(r -> r.grade().compareTo(a.lowestGrade()) >= 0));
      var findings = InstrumentRules.check(a, StandardRules.parameters()).findings();
      long expected = ratings.stream()
          .filter(r -> r.grade() != Grade.NOT_MET && r.evidence().isEmpty()).count();
      assertEquals(expected, findings.size());
      Set<Object> named = new java.util.HashSet<>();
      findings.forEach(f -> named.add(f.arguments().get("principle")));
      assertEquals(Set.copyOf(a.withoutEvidence().stream().map(PrincipleRating::principle)
          .toList()), named);
      assertEquals(10, a.explanation(Messages.POLISH).size());
    });
  }

  @Test
  void the_share_of_learning_traits_is_the_count_present_over_eight() {
    Property.forAll("learning profile", rnd -> {
      List<LearningProfile.TraitObservation> obs = new ArrayList<>();
      Arrays.stream(LearningTrait.values()).filter(t -> rnd.nextBoolean()).forEach(t -> obs.add(
          new LearningProfile.TraitObservation(t, rnd.nextBoolean(), List.of())));
      if (obs.isEmpty()) {
        return;
      }
      LearningProfile p = LearningProfile.of(START, obs, List.of());
      long present = obs.stream().filter(LearningProfile.TraitObservation::present).count();
      assertEquals(Ratio.of(present, 8), p.shareOfTraitsPresent());
      assertEquals(8, p.traitsPresent().size() + p.traitsMissing().size());
    });
  }
}
