package pl.lsw.core.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.typology.PraskiKokonRelationships.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Percent;

class PartnershipProfileTest {

  private static final Locale PL = Locale.forLanguageTag("pl");

  @Test
  void complementarity_dominated_as_the_report_found_in_both_measurements() {
    PartnershipProfile first = PartnershipProfile.asOf(assessments(), FIRST);
    assertEquals(5, first.relationships());
    assertEquals(3, first.count(NajamType.COMPLEMENTARITY));
    assertEquals(1, first.count(NajamType.CONFRONTATION));
    assertEquals(1, first.count(NajamType.COOPTATION));
    assertEquals(Optional.of(NajamType.COMPLEMENTARITY), first.dominant());
    assertEquals(Percent.of(60), first.share(NajamType.COMPLEMENTARITY));

    PartnershipProfile second = PartnershipProfile.asOf(assessments(), SECOND);
    assertEquals(6, second.relationships());
    assertEquals(4, second.count(NajamType.COMPLEMENTARITY));
    assertEquals(0, second.count(NajamType.CONFRONTATION));
    assertEquals(1, second.count(NajamType.COOPTATION));
    assertEquals(List.of(CITY_B), second.disputed().stream().map(RelationshipView::relationship)
        .toList());
    assertEquals(Optional.of(NajamType.COMPLEMENTARITY), second.dominant());
    assertEquals(Percent.ofBasisPoints(6667), second.share(NajamType.COMPLEMENTARITY));
    assertEquals(Percent.ofBasisPoints(1667), second.disputedShare());
    assertEquals("As of 2021-06-30: 6 relationships, dominated by complementarity.",
        second.describe(Locale.ENGLISH).get(0));
    assertEquals("Stan na 30.06.2021: 6 relacji, przeważa: komplementarność.",
        second.describe(PL).get(0));
    assertTrue(second.describe(PL).contains("komplementarność: 4 z 6 (66,67%)"),
        second.describe(PL)::toString);
  }

  @Test
  void the_change_between_the_measurements_names_each_relationship_from_and_to() {
    ProfileChange change = ProfileChange.between(assessments(), FIRST, SECOND);
    assertEquals(2, change.changes().size());
    ProfileChange.TypeChange ops = change.changes().stream()
        .filter(c -> c.relationship().equals(OPS_A)).findFirst().orElseThrow();
    assertEquals(Set.of(NajamType.CONFRONTATION), ops.before());
    assertEquals(Set.of(NajamType.COMPLEMENTARITY), ops.after());
    assertEquals(List.of(
        "Relacja Miasto st. Warszawa – Stowarzyszenie B: nieoceniona → rozbieżne oceny:"
            + " kooperacja, komplementarność",
        "Relacja OPS Praga-Północ – Fundacja A: konfrontacja → komplementarność"),
        change.describe(PL, PraskiKokonRelationships::name));
    assertTrue(change.describe(Locale.ENGLISH).contains("Relationship " + CITY_B.display(
        o -> o.toString()) + ": not assessed → assessments disagree: cooperation, complementarity"),
        change.describe(Locale.ENGLISH)::toString);
    assertTrue(ProfileChange.between(assessments(), SECOND, SECOND).isEmpty());
    assertTrue(change.changes().stream().noneMatch(c -> c.relationship().equals(CITY_A)),
        "the unresolved co-optation stays");
  }

  @Test
  void assessors_who_disagree_are_both_kept_and_the_view_shows_it() {
    RelationshipView v = RelationshipView.of(CITY_B, assessments(), SECOND);
    assertTrue(v.isDisputed());
    assertEquals(Optional.empty(), v.consensus());
    assertEquals(Optional.of(NajamType.COOPERATION), v.typeBy(EVALUATOR));
    assertEquals(Optional.of(NajamType.COMPLEMENTARITY), v.typeBy(NGO_B_ITSELF));
    assertEquals(2, v.current().size());
    assertTrue(v.describe(Locale.ENGLISH).contains("evaluator:report-001: cooperation"),
        v.describe(Locale.ENGLISH));
    assertEquals("Relationship Miasto st. Warszawa – Stowarzyszenie B: assessments disagree"
        + " (cooperation, complementarity) – evaluator:report-001: cooperation; Stowarzyszenie B:"
        + " complementarity.", v.describe(Locale.ENGLISH, PraskiKokonRelationships::name));
    assertTrue(v.describe(PL).contains("oceny rozbieżne (kooperacja, komplementarność)"),
        v.describe(PL));
  }

  @Test
  void a_view_takes_each_assessors_latest_assessment_on_or_before_the_day() {
    assertEquals(Optional.of(NajamType.CONFRONTATION),
        RelationshipView.of(OPS_A, assessments(), SECOND.minusDays(1)).consensus());
    assertEquals(Optional.of(NajamType.COMPLEMENTARITY),
        RelationshipView.of(OPS_A, assessments(), SECOND).consensus());
    RelationshipView before = RelationshipView.of(OPS_A, assessments(), FIRST.minusDays(1));
    assertFalse(before.isAssessed());
    assertEquals("Relacja OPS Praga-Północ – Fundacja A: nieoceniona.",
        before.describe(PL, PraskiKokonRelationships::name));
    assertEquals("Relationship OPS Praga-Północ – Fundacja A: complementarity (agreed, 1"
        + " assessment).", RelationshipView.of(OPS_A, assessments(), SECOND)
            .describe(Locale.ENGLISH, PraskiKokonRelationships::name));
  }

  @Test
  void with_a_tie_no_type_dominates_and_an_empty_profile_has_zero_shares() {
    List<RelationshipAssessment> tie = List.of(rate(A_B, EVALUATOR, FIRST, 5, 5),
        rate(A_C, EVALUATOR, FIRST, 1, 1));
    assertEquals(Optional.empty(), PartnershipProfile.asOf(tie, FIRST).dominant());
    PartnershipProfile empty = PartnershipProfile.asOf(List.of(), FIRST);
    assertEquals(0, empty.relationships());
    assertEquals(Percent.ZERO, empty.share(NajamType.COOPERATION));
    assertEquals(Optional.empty(), empty.dominant());
  }

  @Test
  void a_relationship_has_no_direction_and_bad_input_is_refused() {
    assertEquals(Relationship.between(NGO_A, CITY), Relationship.between(CITY, NGO_A));
    InvalidInputException same = assertThrows(InvalidInputException.class,
        () -> Relationship.between(NGO_A, NGO_A));
    assertEquals("RELATIONSHIP_SAME_PARTNER", same.problems().get(0).code());
    assertThrows(InvalidInputException.class, () -> Assessor.of(" "));
    InvalidInputException order = assertThrows(InvalidInputException.class,
        () -> new ProfileChange(SECOND, FIRST, List.of()));
    assertEquals("PROFILE_DATE_ORDER", order.problems().get(0).code());
    assertThrows(InvalidInputException.class,
        () -> ProfileChange.between(assessments(), SECOND, FIRST));
    InvalidInputException note = assertThrows(InvalidInputException.class,
        () -> rate(A_B, EVALUATOR, FIRST, 5, 5).withNote(" padded "));
    assertEquals("ASSESSMENT_NOTE_UNTRIMMED", note.problems().get(0).code());
  }

  @Test
  void a_view_refuses_every_inconsistent_assessment_at_once() {
    RelationshipAssessment other = rate(A_C, EVALUATOR, FIRST, 5, 5);
    RelationshipAssessment late = rate(A_B, EVALUATOR, SECOND, 5, 5);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new RelationshipView(A_B, FIRST, List.of(other, late)));
    assertEquals(List.of("VIEW_OTHER_RELATIONSHIP", "VIEW_AFTER_DAY", "VIEW_ASSESSOR_TWICE"),
        e.problems().stream().map(pl.lsw.core.kernel.Problem::code).toList());
  }

  @Test
  void an_organisation_or_an_actor_can_assess() {
    assertEquals("organisation:" + NGO_B, NGO_B_ITSELF.reference());
    assertEquals(Optional.of(NGO_B), NGO_B_ITSELF.organisationId());
    assertEquals(Optional.empty(), EVALUATOR.organisationId());
    assertEquals("person:x/ROLE", Assessor.actor(new pl.lsw.core.kernel.Actor() {
      @Override
      public String reference() {
        return "person:x/ROLE";
      }

      @Override
      public String display(Locale locale) {
        return "x";
      }
    }).reference());
    LocalDate d = LocalDate.of(2026, 1, 1);
    assertEquals(NajamType.COOPERATION, RelationshipAssessment.of(A_B, EVALUATOR, d,
        SimilarityRating.of(4, 4), pl.lsw.core.StandardRules.parameters()).type());
  }
}
