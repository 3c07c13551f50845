package pl.lsw.core.financing.competition;

import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.FinancingFixtures.DEADLINE;
import static pl.lsw.core.financing.FinancingFixtures.NOW;
import static pl.lsw.core.financing.FinancingFixtures.ORG_A;
import static pl.lsw.core.financing.FinancingFixtures.ORG_B;
import static pl.lsw.core.financing.FinancingFixtures.ORG_C;
import static pl.lsw.core.financing.FinancingFixtures.PUBLISHED;
import static pl.lsw.core.financing.FinancingFixtures.draft;
import static pl.lsw.core.financing.FinancingFixtures.fullAssessment;
import static pl.lsw.core.financing.FinancingFixtures.nominee;
import static pl.lsw.core.financing.FinancingFixtures.offer;
import static pl.lsw.core.financing.FinancingFixtures.offerId;
import static pl.lsw.core.financing.FinancingFixtures.official;
import static pl.lsw.core.financing.FinancingFixtures.publications;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.FundingProcedure;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.rules.ParameterSet;

class CompetitionTest {

  private static final pl.lsw.core.rules.RuleEnvironment LAW =
      pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish());
  private static final LocalDate AFTER = DEADLINE.plusDays(1);

  private static <A> A accepted(Either<Refusal, Change<A>> result) {
    assertTrue(result.isRight(), () -> "refused: " + result.getLeft().reasons());
    return result.get().state();
  }

  /** The reasons given by rules (their codes are rule codes, e.g. FIN-COMMITTEE). */
  private static List<Problem> ruleReasons(Refusal r) {
    return r.reasons().stream().filter(p -> p.code().startsWith("FIN-")).toList();
  }

  /** The codes of the reasons that are not rule violations, in order. */
  private static List<String> problemCodes(Refusal r) {
    return r.reasons().stream().map(Problem::code).filter(c -> !c.startsWith("FIN-")).toList();
  }

  private static Refusal refused(Either<Refusal, ?> result) {
    assertTrue(result.isLeft(), "accepted although it should be refused");
    return result.getLeft();
  }

  private static Competition announcedCompetition() {
    return accepted(draft().announce(publications(), ActingParty.BODY, LAW, NOW));
  }

  private static Competition withTwoOffers() {
    Competition c = accepted(announcedCompetition().receiveOffer(offer(1, "8000.00", ORG_A).build(), NOW));
    c = accepted(c.receiveOffer(offer(2, "8000.00", ORG_B, ORG_C).build(), NOW));
    return accepted(c.appointCommittee(List.of(official("Jan"), nominee("Ewa", org(9))), ActingParty.BODY, LAW, NOW));
  }

  private static pl.lsw.core.organisation.OrganisationId org(int n) {
    return pl.lsw.core.financing.FinancingFixtures.org(n);
  }

  private static Competition underAssessment() {
    return accepted(withTwoOffers().closeOffers(AFTER, NOW));
  }

  @Test
  void a_competition_runs_from_draft_through_announcement_offers_and_assessment_to_its_results() {
    Either<Refusal, Change<Competition>> announced = draft().announce(publications(), ActingParty.BODY, LAW, NOW);
    assertEquals(CompetitionState.ANNOUNCED, accepted(announced).state());
    assertEquals("CompetitionAnnounced", announced.get().events().get(0).type());
    assertEquals(PUBLISHED, ((CompetitionEvent.Announced) announced.get().events().get(0)).lastPublication());
    Competition c = underAssessment();
    assertEquals(CompetitionState.ASSESSMENT, c.state());
    c = accepted(c.assess(fullAssessment(offerId(1), FundingMode.SUPPORT, true), LAW, NOW));
    c = accepted(c.assess(fullAssessment(offerId(2), FundingMode.SUPPORT, false), LAW, NOW));
    Either<Refusal, Change<Competition>> decided = c.decide(List.of(new Award(offerId(1), Money.ofZloty(8_000))),
        AFTER.plusDays(10), ActingParty.BODY, LAW, NOW);
    Competition done = accepted(decided);
    assertEquals(CompetitionState.DECIDED, done.state());
    assertEquals(Money.ofZloty(8_000), done.results().get().totalAwarded());
    assertEquals(List.of(offerId(1)), ((CompetitionEvent.Decided) decided.get().events().get(0)).chosen());
    assertTrue(CompetitionRules.check(done, AFTER, LAW).isCompliant(), () -> CompetitionRules.check(done, AFTER, LAW).toString());
    assertEquals(FundingProcedure.OPEN_COMPETITION_SUPPORT, done.procedure());
    assertTrue(done.state().isFinal());
    assertEquals(List.of("COMPETITION_STATE"), refused(done.annul(AnnulmentReason.NO_OFFERS, AFTER, ActingParty.BODY,
        LAW, NOW)).codes());
  }

  @Test
  void an_announcement_missing_items_places_and_time_announced_by_the_operator_is_refused_with_every_reason() {
    Competition d = draft().withAnnouncement(draft().announcement().withContents(EnumSet.of(AnnouncementItem.TASK_TYPE))
        .withOfferDeadline(DEADLINE.minusDays(1)));
    Refusal r = refused(d.announce(Map.of(PublicationPlace.BIP, PUBLISHED), ActingParty.OPERATOR, LAW, NOW));
    assertEquals(6 + 2 + 1 + 1, ruleReasons(r).size());
    assertTrue(r.has("FIN-COMPETITION-ANNOUNCEMENT") && r.has("FIN-COMPETITION-DEADLINE") && r.has("FIN-NONDELEGABLE"));
    assertEquals(List.of("COMPETITION_STATE"), refused(announcedCompetition().announce(publications(), ActingParty.BODY,
        LAW, NOW)).codes());
  }

  @Test
  void an_offer_is_received_until_the_deadline_day_and_refused_after_it_or_twice() {
    Competition c = announcedCompetition();
    Competition one = accepted(c.receiveOffer(offer(1, "8000.00", ORG_A).receivedOn(DEADLINE).build(), NOW));
    Refusal r = refused(one.receiveOffer(offer(1, "8000.00", ORG_A).receivedOn(AFTER).build(), NOW));
    assertEquals(List.of("OFFER_LATE", "OFFER_DUPLICATE"), r.codes());
    assertEquals(List.of("OFFER_BEFORE_ANNOUNCEMENT"), refused(c.receiveOffer(offer(2, "8000.00", ORG_A)
        .receivedOn(PUBLISHED.minusDays(1)).build(), NOW)).codes());
    assertEquals(List.of("COMPETITION_STATE"), refused(draft().receiveOffer(offer(2, "8000.00", ORG_A).build(), NOW))
        .codes());
  }

  @Test
  void a_committee_with_a_nominee_of_an_applicant_appointed_by_the_operator_is_refused() {
    Competition c = accepted(announcedCompetition().receiveOffer(offer(1, "8000.00", ORG_A).build(), NOW));
    Refusal r = refused(c.appointCommittee(List.of(nominee("Ewa", ORG_A)), ActingParty.OPERATOR, LAW, NOW));
    assertEquals(List.of("FIN-COMMITTEE", "FIN-COMMITTEE", "FIN-NONDELEGABLE"), r.codes());
    assertEquals(List.of("COMMITTEE_EMPTY"), refused(c.appointCommittee(List.of(), ActingParty.BODY, LAW, NOW)).codes());
  }

  @Test
  void offers_close_only_after_the_deadline() {
    assertEquals(List.of("OFFERS_STILL_OPEN"), refused(withTwoOffers().closeOffers(DEADLINE, NOW)).codes());
    assertEquals(CompetitionState.ASSESSMENT, accepted(withTwoOffers().closeOffers(AFTER, NOW)).state());
  }

  @Test
  void an_assessment_of_an_unknown_offer_missing_criteria_without_a_committee_is_refused_with_every_reason() {
    Competition noCommittee = withTwoOffers().withCommittee(List.of());
    noCommittee = accepted(noCommittee.closeOffers(AFTER, NOW));
    Assessment partial = Assessment.builder().offer(offerId(7)).meetsRequirements(true)
        .putScore(Criterion.ABILITY_TO_PERFORM, 3).build();
    Refusal r = refused(noCommittee.assess(partial, LAW, NOW));
    assertEquals(List.of("OFFER_UNKNOWN", "COMMITTEE_NOT_APPOINTED"), problemCodes(r));
    assertEquals(1 + 5, ruleReasons(r).size());
    Competition once = accepted(underAssessment().assess(fullAssessment(offerId(1), FundingMode.SUPPORT, true), LAW, NOW));
    assertEquals(List.of("ASSESSMENT_DUPLICATE"), refused(once.assess(fullAssessment(offerId(1), FundingMode.SUPPORT,
        true), LAW, NOW)).codes());
    assertEquals(List.of("COMPETITION_STATE"),
        refused(once.appointCommittee(List.of(official("Nowy")), ActingParty.BODY, LAW, NOW)).codes());
  }

  @Test
  void a_decision_with_faulty_awards_is_refused_with_every_reason() {
    Competition c = accepted(underAssessment().assess(fullAssessment(offerId(1), FundingMode.SUPPORT, true), LAW, NOW));
    c = accepted(c.assess(fullAssessment(offerId(2), FundingMode.SUPPORT, false), LAW, NOW));
    Refusal r = refused(c.decide(List.of(new Award(offerId(1), Money.of("8000.01")), new Award(offerId(2), Money.ZERO),
        new Award(offerId(9), Money.ofZloty(1)), new Award(offerId(1), Money.ofZloty(100_000))), AFTER,
        ActingParty.OPERATOR, LAW, NOW));
    assertEquals(List.of("AWARD_ABOVE_REQUEST", "AWARD_NOT_POSITIVE", "OFFER_NOT_ELIGIBLE", "OFFER_UNKNOWN",
        "AWARD_DUPLICATE", "AWARD_ABOVE_REQUEST", "AWARDS_ABOVE_FUNDS"), problemCodes(r));
    assertTrue(r.has("FIN-NONDELEGABLE") && r.has("FIN-CRITERIA") == false);
    assertEquals(List.of("AWARDS_EMPTY"), refused(c.decide(List.of(), AFTER, ActingParty.BODY, LAW, NOW)).codes());
  }

  @Test
  void a_decision_choosing_an_offer_breaking_the_support_share_is_refused_but_a_failing_offer_left_out_does_not_block() {
    Competition c = accepted(announcedCompetition().receiveOffer(offer(1, "9000.00", ORG_A).build(), NOW));
    c = accepted(c.receiveOffer(offer(2, "8000.00", ORG_B).build(), NOW));
    c = accepted(c.appointCommittee(List.of(official("Jan")), ActingParty.BODY, LAW, NOW));
    c = accepted(c.closeOffers(AFTER, NOW));
    c = accepted(c.assess(fullAssessment(offerId(1), FundingMode.SUPPORT, true), LAW, NOW));
    c = accepted(c.assess(fullAssessment(offerId(2), FundingMode.SUPPORT, true), LAW, NOW));
    Refusal r = refused(c.decide(List.of(new Award(offerId(1), Money.ofZloty(9_000))), AFTER, ActingParty.BODY, LAW, NOW));
    assertEquals(List.of("FIN-SUPPORT-SHARE"), r.codes());
    accepted(c.decide(List.of(new Award(offerId(2), Money.ofZloty(8_000))), AFTER, ActingParty.BODY, LAW, NOW));
    accepted(c.decide(List.of(new Award(offerId(1), Money.ofZloty(8_000))), AFTER, ActingParty.BODY, LAW, NOW));
  }

  @Test
  void a_decision_before_every_offer_was_assessed_is_refused() {
    Competition c = accepted(underAssessment().assess(fullAssessment(offerId(1), FundingMode.SUPPORT, true), LAW, NOW));
    Refusal r = refused(c.decide(List.of(new Award(offerId(1), Money.ofZloty(8_000))), AFTER, ActingParty.BODY, LAW, NOW));
    assertEquals(List.of("FIN-CRITERIA"), r.codes());
  }

  @Test
  void a_competition_without_offers_is_annulled_after_the_deadline_and_not_before() {
    Competition c = announcedCompetition();
    Competition annulled = accepted(c.annul(AnnulmentReason.NO_OFFERS, AFTER, ActingParty.BODY, LAW, NOW));
    assertEquals(CompetitionState.ANNULLED, annulled.state());
    assertEquals(List.of("FIN-ANNULMENT"), refused(c.annul(AnnulmentReason.NO_OFFERS, DEADLINE, ActingParty.BODY, LAW, NOW))
        .codes());
    assertEquals(List.of("FIN-NONDELEGABLE"), refused(c.annul(AnnulmentReason.NO_OFFERS, AFTER, ActingParty.OPERATOR,
        LAW, NOW)).codes());
    assertEquals(List.of("COMPETITION_STATE"), refused(draft().annul(AnnulmentReason.NO_OFFERS, AFTER,
        ActingParty.BODY, LAW, NOW)).codes());
  }

  @Test
  void a_competition_whose_offers_all_fail_is_annulled_and_one_with_a_good_offer_is_not() {
    Competition c = accepted(underAssessment().assess(fullAssessment(offerId(1), FundingMode.SUPPORT, false), LAW, NOW));
    assertEquals(List.of("FIN-ANNULMENT"), refused(c.annul(AnnulmentReason.NO_OFFER_MEETS_REQUIREMENTS, AFTER,
        ActingParty.BODY, LAW, NOW)).codes());
    c = accepted(c.assess(fullAssessment(offerId(2), FundingMode.SUPPORT, false), LAW, NOW));
    accepted(c.annul(AnnulmentReason.NO_OFFER_MEETS_REQUIREMENTS, AFTER, ActingParty.BODY, LAW, NOW));
  }

  @Test
  void a_competition_with_a_blank_title_and_results_in_the_wrong_state_reports_every_problem() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Competition.builder().from(draft())
        .title(" ").budgetYear(1999).results(Results.builder().decidedOn(AFTER).build()).build());
    assertEquals(List.of("TITLE_EMPTY", "BUDGET_YEAR_RANGE", "RESULTS_STATE"),
        e.problems().stream().map(p -> p.code()).toList());
  }
}
