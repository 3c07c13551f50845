package pl.lsw.core.financing.competition;

import pl.lsw.core.financing.PublicationPlace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.FinancingFixtures.DEADLINE;
import static pl.lsw.core.financing.FinancingFixtures.ORG_A;
import static pl.lsw.core.financing.FinancingFixtures.ORG_B;
import static pl.lsw.core.financing.FinancingFixtures.ORG_C;
import static pl.lsw.core.financing.FinancingFixtures.PUBLISHED;
import static pl.lsw.core.financing.FinancingFixtures.announced;
import static pl.lsw.core.financing.FinancingFixtures.announcement;
import static pl.lsw.core.financing.FinancingFixtures.fullAssessment;
import static pl.lsw.core.financing.FinancingFixtures.nominee;
import static pl.lsw.core.financing.FinancingFixtures.offer;
import static pl.lsw.core.financing.FinancingFixtures.offerId;
import static pl.lsw.core.financing.FinancingFixtures.official;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.financing.offer.FundingSource;
import pl.lsw.core.financing.offer.Offer;
import pl.lsw.core.financing.offer.OfferKind;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.StatutoryParameters;

class CompetitionRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private static List<Finding> check(Competition c, Rule<Competition> rule) {
    return check(c, rule, ParameterSet.statutory());
  }

  private static List<Finding> check(Competition c, Rule<Competition> rule, ParameterSet parameters) {
    RuleReport r = RuleEngine.evaluate(c, "competition", List.of(rule), AS_OF, parameters,
        pl.lsw.core.rules.ReferenceData.empty().with(pl.lsw.core.kernel.WorkingDayCalendar.class, pl.lsw.core.kernel.WorkingDayCalendar.polish()));
    assertTrue(r.isComplete(), r::toString);
    r.findings().forEach(f -> assertEquals(Severity.MUST, f.severity()));
    return r.findings();
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(Finding::messageKey).toList();
  }

  private static Competition withOffers(Competition c, Offer... offers) {
    return c.withOffers(List.of(offers));
  }

  // FIN-SUPPORT-SHARE

  @Test
  void a_grant_of_exactly_80_percent_of_the_cost_passes_the_support_share() {
    assertEquals(List.of(), check(withOffers(announced(), offer(1, "8000.00", ORG_A).build()),
        CompetitionRules.SUPPORT_SHARE));
  }

  @Test
  void a_grant_one_grosz_above_80_percent_violates_the_support_share_in_both_languages() {
    List<Finding> f = check(withOffers(announced(), offer(1, "8000.01", ORG_A).build()), CompetitionRules.SUPPORT_SHARE);
    assertEquals(List.of("FIN-SUPPORT-SHARE.tooHigh"), keys(f));
    assertEquals("offers[" + offerId(1) + "].requestedGrant", f.get(0).path());
    assertEquals(StatutoryParameters.SUPPORT_SHARE_MAX, f.get(0).parametersUsed().get(0).key());
    assertTrue(f.get(0).message(Locale.ENGLISH).contains("more than the allowed 80%"), f.get(0).message(Locale.ENGLISH));
    assertTrue(f.get(0).message(new Locale("pl")).contains("więcej niż dopuszczalne 80%"), f.get(0).message(new Locale("pl")));
  }

  @Test
  void the_competitions_own_lower_maximum_replaces_the_parameter() {
    Competition c = withOffers(announced().withMaxMunicipalShare(Percent.of(70)), offer(1, "7000.00", ORG_A).build(),
        offer(2, "7000.01", ORG_B).build());
    List<Finding> f = check(c, CompetitionRules.SUPPORT_SHARE).stream()
        .filter(x -> x.messageKey().equals("FIN-SUPPORT-SHARE.tooHigh")).toList();
    assertEquals(1, f.size());
    assertEquals("offers[" + offerId(2) + "].requestedGrant", f.get(0).path());
    assertTrue(f.get(0).parametersUsed().isEmpty());
  }

  @Test
  void the_maximum_valid_on_the_last_publication_applies() {
    ParameterSet later = ParameterSet.statutory().with(StatutoryParameters.SUPPORT_SHARE_MAX, PUBLISHED.plusDays(1),
        Percent.of(90));
    Competition c = withOffers(announced(), offer(1, "8500.00", ORG_A).build());
    assertEquals(1, check(c, CompetitionRules.SUPPORT_SHARE, later).size());
    ParameterSet sameDay = ParameterSet.statutory().with(StatutoryParameters.SUPPORT_SHARE_MAX, PUBLISHED,
        Percent.of(90));
    assertEquals(List.of(), check(c, CompetitionRules.SUPPORT_SHARE, sameDay));
  }

  @Test
  void an_awarded_grant_counts_instead_of_the_requested_one() {
    Competition c = Competition.builder().from(withOffers(announced(), offer(1, "9000.00", ORG_A).build()))
        .state(CompetitionState.DECIDED).results(Results.builder().decidedOn(AS_OF)
            .addAward(new Award(offerId(1), Money.ofZloty(8_000))).build()).build();
    assertEquals(List.of(), check(c, CompetitionRules.SUPPORT_SHARE));
  }

  @Test
  void a_budget_the_grant_and_own_contribution_do_not_cover_violates_the_support_share() {
    Offer o = offer(1, "1000.00", ORG_A).budget(Budget.of(
        pl.lsw.core.financing.FinancingFixtures.item("koordynacja", 1, "8000.00", FundingSource.GRANT),
        pl.lsw.core.financing.FinancingFixtures.item("sala", 1, "2000.00", FundingSource.IN_KIND))).build();
    List<Finding> f = check(withOffers(announced(), o), CompetitionRules.SUPPORT_SHARE);
    assertEquals(List.of("FIN-SUPPORT-SHARE.uncovered"), keys(f));
    assertEquals(Money.ofZloty(7_000), f.get(0).arguments().get("missing"));
  }

  @Test
  void in_entrusting_mode_the_support_share_does_not_apply() {
    Competition c = withOffers(announced().withMode(FundingMode.ENTRUSTING), offer(1, "10000.00", ORG_A).build());
    assertEquals(List.of(), check(c, CompetitionRules.SUPPORT_SHARE));
  }

  // FIN-MODE

  @Test
  void support_mode_needs_a_contribution_and_entrusting_mode_full_financing() {
    assertEquals(List.of(), check(withOffers(announced(), offer(1, "9999.99", ORG_A).build()), CompetitionRules.MODE));
    assertEquals(List.of("FIN-MODE.supportWithoutContribution"),
        keys(check(withOffers(announced(), offer(1, "10000.00", ORG_A).build()), CompetitionRules.MODE)));
    Competition entrusting = announced().withMode(FundingMode.ENTRUSTING);
    assertEquals(List.of(), check(withOffers(entrusting, offer(1, "10000.00", ORG_A).build()), CompetitionRules.MODE));
    assertEquals(List.of("FIN-MODE.entrustingNotFull"),
        keys(check(withOffers(entrusting, offer(1, "9999.99", ORG_A).build()), CompetitionRules.MODE)));
  }

  // FIN-COMPETITION-DEADLINE

  @Test
  void a_deadline_exactly_21_days_after_the_last_publication_passes() {
    assertEquals(List.of(), check(announced(), CompetitionRules.DEADLINE));
  }

  @Test
  void a_deadline_20_days_after_the_last_publication_fails_even_if_earlier_places_were_sooner() {
    Competition c = announced().withAnnouncement(announcement().withOfferDeadline(DEADLINE.minusDays(1))
        .withPublications(pl.lsw.core.financing.FinancingFixtures.publications()));
    List<Finding> f = check(c, CompetitionRules.DEADLINE);
    assertEquals(List.of("FIN-COMPETITION-DEADLINE.tooEarly"), keys(f));
    assertEquals(DEADLINE, f.get(0).arguments().get("earliest"));
    assertEquals("The offer deadline 2026-03-22 is less than 21 days after the last publication on 2026-03-02;"
        + " the earliest is 2026-03-23.", f.get(0).message(Locale.ENGLISH));
  }

  @Test
  void an_unpublished_announcement_has_no_deadline_finding() {
    assertEquals(List.of(), check(pl.lsw.core.financing.FinancingFixtures.draft(), CompetitionRules.DEADLINE));
  }

  // FIN-COMPETITION-ANNOUNCEMENT

  @Test
  void a_complete_announcement_published_in_three_places_passes() {
    assertEquals(List.of(), check(announced(), CompetitionRules.ANNOUNCEMENT));
  }

  @Test
  void every_missing_item_and_place_of_the_announcement_is_reported() {
    Announcement a = announcement().withContents(EnumSet.of(AnnouncementItem.TASK_TYPE, AnnouncementItem.OFFER_DEADLINE))
        .withPublications(Map.of(PublicationPlace.BIP, PUBLISHED));
    List<Finding> f = check(announced().withAnnouncement(a), CompetitionRules.ANNOUNCEMENT);
    assertEquals(7, f.size());
    assertEquals(List.of("announcement.contents.PUBLIC_FUNDS", "announcement.contents.GRANT_RULES",
        "announcement.contents.PERFORMANCE_TERMS", "announcement.contents.SELECTION_PROCEDURE",
        "announcement.contents.PREVIOUS_TASKS", "announcement.publications.NOTICE_BOARD",
        "announcement.publications.WEBSITE"), f.stream().map(Finding::path).toList());
    assertEquals("Ogłoszenie nie zawiera wymaganego elementu nr 7 (zadania tego samego rodzaju zrealizowane"
        + " w roku ogłoszenia i poprzednim).", f.get(4).message(new Locale("pl")));
  }

  // FIN-COMMITTEE

  @Test
  void a_committee_of_an_official_and_a_nominee_of_an_organisation_not_applying_passes() {
    Competition c = withOffers(announced(), offer(1, "8000.00", ORG_A).build())
        .withCommittee(List.of(official("Jan Urzędnik"), nominee("Ewa Społeczna", ORG_C)));
    assertEquals(List.of(), check(c, CompetitionRules.COMMITTEE));
  }

  @Test
  void a_committee_breaking_every_condition_reports_each() {
    CommitteeMember anonymousNominee = CommitteeMember.builder().name("Piotr").nominatedBy(Nominator.ORGANISATION).build();
    CommitteeMember conflicted = nominee("Anna", ORG_C).withConflictsOfInterest(List.of(ORG_B));
    Competition c = withOffers(announced(), offer(1, "8000.00", ORG_A, ORG_B).build())
        .withCommittee(List.of(nominee("Ewa", ORG_A), anonymousNominee, conflicted));
    assertEquals(List.of("FIN-COMMITTEE.noExecutiveMember", "FIN-COMMITTEE.nominatedByApplicant",
        "FIN-COMMITTEE.nominatorMissing", "FIN-COMMITTEE.conflictOfInterest"), keys(check(c, CompetitionRules.COMMITTEE)));
  }

  @Test
  void offers_under_assessment_without_a_committee_violate_the_committee_rule() {
    Competition c = withOffers(announced(), offer(1, "8000.00", ORG_A).build()).withState(CompetitionState.ASSESSMENT);
    assertEquals(List.of("FIN-COMMITTEE.none"), keys(check(c, CompetitionRules.COMMITTEE)));
    assertEquals(List.of(), check(c.withState(CompetitionState.ANNOUNCED), CompetitionRules.COMMITTEE));
  }

  // FIN-CRITERIA

  @Test
  void support_mode_assessments_score_six_criteria_and_entrusting_five() {
    Competition support = withOffers(announced(), offer(1, "8000.00", ORG_A).build())
        .withAssessments(List.of(fullAssessment(offerId(1), FundingMode.SUPPORT, true)));
    assertEquals(List.of(), check(support, CompetitionRules.CRITERIA));
    Competition entrusting = support.withMode(FundingMode.ENTRUSTING)
        .withAssessments(List.of(fullAssessment(offerId(1), FundingMode.ENTRUSTING, true)));
    assertEquals(List.of(), check(entrusting, CompetitionRules.CRITERIA));
  }

  @Test
  void a_missing_criterion_and_own_funds_scored_in_entrusting_mode_are_reported() {
    Assessment five = fullAssessment(offerId(1), FundingMode.ENTRUSTING, true);
    Competition support = withOffers(announced(), offer(1, "8000.00", ORG_A).build()).withAssessments(List.of(five));
    List<Finding> f = check(support, CompetitionRules.CRITERIA);
    assertEquals(List.of("FIN-CRITERIA.missing"), keys(f));
    assertEquals(Criterion.OWN_FUNDS, f.get(0).arguments().get("criterion"));
    Competition entrusting = support.withMode(FundingMode.ENTRUSTING)
        .withAssessments(List.of(fullAssessment(offerId(1), FundingMode.SUPPORT, true)));
    assertEquals(List.of("FIN-CRITERIA.ownFundsInEntrusting"), keys(check(entrusting, CompetitionRules.CRITERIA)));
  }

  @Test
  void a_decided_competition_assessed_even_its_single_offer() {
    Competition decided = Competition.builder().from(withOffers(announced(), offer(1, "8000.00", ORG_A).build()))
        .state(CompetitionState.DECIDED).results(Results.builder().decidedOn(AS_OF).build()).build();
    assertEquals(List.of("FIN-CRITERIA.notAssessed"), keys(check(decided, CompetitionRules.CRITERIA)));
  }

  // FIN-ANNULMENT

  private static Competition annulled(Competition c, AnnulmentReason reason, LocalDate on) {
    return Competition.builder().from(c).state(CompetitionState.ANNULLED).annulment(new Annulment(on, reason)).build();
  }

  @Test
  void annulling_for_no_offers_the_day_after_the_deadline_passes_and_on_the_deadline_fails() {
    assertEquals(List.of(), check(annulled(announced(), AnnulmentReason.NO_OFFERS, DEADLINE.plusDays(1)),
        CompetitionRules.ANNULMENT));
    assertEquals(List.of("FIN-ANNULMENT.beforeDeadline"),
        keys(check(annulled(announced(), AnnulmentReason.NO_OFFERS, DEADLINE), CompetitionRules.ANNULMENT)));
  }

  @Test
  void annulling_for_no_offers_when_offers_came_fails() {
    Competition c = annulled(withOffers(announced(), offer(1, "8000.00", ORG_A).build()), AnnulmentReason.NO_OFFERS,
        DEADLINE.plusDays(1));
    assertEquals(List.of("FIN-ANNULMENT.offersExist"), keys(check(c, CompetitionRules.ANNULMENT)));
  }

  @Test
  void annulling_because_no_offer_meets_the_requirements_needs_every_offer_assessed_and_failing() {
    Competition base = withOffers(announced(), offer(1, "8000.00", ORG_A).build(), offer(2, "8000.00", ORG_B).build());
    Competition allFail = base.withAssessments(List.of(fullAssessment(offerId(1), FundingMode.SUPPORT, false),
        fullAssessment(offerId(2), FundingMode.SUPPORT, false)));
    assertEquals(List.of(), check(annulled(allFail, AnnulmentReason.NO_OFFER_MEETS_REQUIREMENTS, AS_OF),
        CompetitionRules.ANNULMENT));
    Competition oneMeets = base.withAssessments(List.of(fullAssessment(offerId(1), FundingMode.SUPPORT, true)));
    assertEquals(List.of("FIN-ANNULMENT.offerMeetsRequirements", "FIN-ANNULMENT.offerNotAssessed"),
        keys(check(annulled(oneMeets, AnnulmentReason.NO_OFFER_MEETS_REQUIREMENTS, AS_OF), CompetitionRules.ANNULMENT)));
  }

  @Test
  void deciding_a_competition_no_offer_of_which_meets_the_requirements_fails() {
    Competition c = Competition.builder().from(withOffers(announced(), offer(1, "8000.00", ORG_A).build())
        .withAssessments(List.of(fullAssessment(offerId(1), FundingMode.SUPPORT, false))))
        .state(CompetitionState.DECIDED).results(Results.builder().decidedOn(AS_OF).build()).build();
    assertEquals(List.of("FIN-ANNULMENT.required"), keys(check(c, CompetitionRules.ANNULMENT)));
  }

  // FIN-JOINT-OFFER

  @Test
  void a_joint_offer_of_two_organisations_passes_and_of_one_fails() {
    assertEquals(List.of(), check(withOffers(announced(), offer(1, "8000.00", ORG_A, ORG_B).build()),
        CompetitionRules.JOINT_OFFER));
    Offer jointOfOne = offer(1, "8000.00", ORG_A).kind(OfferKind.JOINT).build();
    List<Finding> f = check(withOffers(announced(), jointOfOne), CompetitionRules.JOINT_OFFER);
    assertEquals(List.of("FIN-JOINT-OFFER.tooFew"), keys(f));
    assertEquals(1, f.get(0).arguments().get("count"));
  }

  @Test
  void a_single_offer_naming_two_organisations_fails() {
    Offer o = offer(1, "8000.00", ORG_A, ORG_B).kind(OfferKind.SINGLE).build();
    assertEquals(List.of("FIN-JOINT-OFFER.singleWithSeveral"),
        keys(check(withOffers(announced(), o), CompetitionRules.JOINT_OFFER)));
  }

  // FIN-NONDELEGABLE

  @Test
  void acts_performed_by_the_body_pass_and_each_act_of_the_operator_fails() {
    Competition byBody = announced().withActs(Map.of(NondelegableAct.ANNOUNCE, ActingParty.BODY,
        NondelegableAct.APPOINT_COMMITTEE, ActingParty.BODY));
    assertEquals(List.of(), check(byBody, CompetitionRules.NONDELEGABLE));
    Competition byOperator = announced().withOperator(ORG_C).withActs(Map.of(NondelegableAct.ANNOUNCE, ActingParty.BODY,
        NondelegableAct.APPOINT_COMMITTEE, ActingParty.OPERATOR, NondelegableAct.ANNUL, ActingParty.OPERATOR));
    List<Finding> f = check(byOperator, CompetitionRules.NONDELEGABLE);
    assertEquals(2, f.size());
    assertEquals(List.of("acts.APPOINT_COMMITTEE", "acts.ANNUL"), f.stream().map(Finding::path).sorted(
        (a, b) -> a.equals("acts.APPOINT_COMMITTEE") ? -1 : 1).toList());
  }

  @Test
  void the_rule_set_lists_nine_rules_of_distinct_codes() {
    assertEquals(9, CompetitionRules.ruleSet().rules().size());
    assertEquals(9, CompetitionRules.ruleSet().rules().stream().map(r -> r.id().code()).distinct().count());
    assertTrue(CompetitionRules.check(announced(), AS_OF, pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish())).isCompliant());
  }
}
