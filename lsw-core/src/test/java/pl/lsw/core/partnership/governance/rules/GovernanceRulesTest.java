package pl.lsw.core.partnership.governance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.governance.rules.GovernanceFixture.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Quarter;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.Membership;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.EducationLevel;
import pl.lsw.core.partnership.governance.ManagerQualifications;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.MemberPosition;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.governance.TaskTeam;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.Severity;

class GovernanceRulesTest {

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(Finding::messageKey).toList();
  }

  private static Partnership withManager(ManagerQualifications q) {
    Partnership p = compliant();
    return p.withTaskTeam(TaskTeam.builder().from(p.taskTeam().get()).managerQualifications(q).build());
  }

  private static Partnership ttMeetingsOn(LocalDate... days) {
    Partnership p = compliant();
    List<Meeting> ms = new ArrayList<>(without(p, TT));
    for (LocalDate d : days) {
      ms.add(meeting(TT, BodyKind.TASK_TEAM, d, MANAGER, DISTRICT));
    }
    return p.withMeetings(ms);
  }

  private static Partnership scMeetingsOn(LocalDate... days) {
    Partnership p = compliant();
    List<Meeting> ms = new ArrayList<>(without(p, SC));
    int i = 0;
    for (LocalDate d : days) {
      ms.add(open(meeting(SC, BodyKind.STEERING_COMMITTEE, d, MAYOR, HOSTS.get(i++ % 3)), 2));
    }
    return p.withMeetings(ms);
  }

  // ------------------------------------------------------------ the whole set

  @Test
  void the_compliant_partnership_passes_every_rule() {
    for (Rule<GovernanceSubject> rule : GovernanceRules.all()) {
      assertEquals(List.of(), run(rule, compliant()), rule.id().toString());
    }
  }

  @Test
  void there_are_twelve_rules_each_version_1_with_the_severity_of_the_domain() {
    List<String> should = List.of("GOV-SECTORS", "GOV-OUTSIDE-SECTORS", "GOV-FOCUS",
        "GOV-NETWORK-WORKER-PAIR", "GOV-ROTATING-CHAIR");
    assertEquals(12, GovernanceRules.all().size());
    assertEquals(12, GovernanceRules.ruleSet().rules().size());
    for (Rule<GovernanceSubject> r : GovernanceRules.all()) {
      String code = r.definition().code().value();
      assertEquals(1, r.definition().version());
      assertEquals(should.contains(code) ? Severity.SHOULD : Severity.MUST, r.definition().severity(), code);
      assertTrue(r.definition().source().text().matches("00[014].*"), code);
    }
  }

  // ------------------------------------------------------------ GOV-SECTORS

  @Test
  void sectors_reports_each_missing_kind_of_partner() {
    Partnership p = compliant();
    List<Membership> ms = p.memberships().stream()
        .filter(m -> !m.organisation().equals(PARENTS) && !m.organisation().equals(JOB_CENTRE)).toList();
    List<Finding> f = run(GovernanceRules.SECTORS, p.withMemberships(ms));
    assertEquals(List.of("GOV-SECTORS.missing.LABOUR_MARKET", "GOV-SECTORS.missing.FAMILIES"), keys(f));
    assertEquals(Severity.SHOULD, f.get(0).severity());
    assertEquals("Wśród partnerów (stan na 31.12.2026) brak przedstawicieli rodzin.",
        f.get(1).message(Messages.POLISH));
    assertEquals("The partners (as of 2026-12-31) include no representatives of families.",
        f.get(1).message(Locale.ENGLISH));
  }

  @Test
  void sectors_does_not_count_a_partner_that_left_before_the_end_of_the_period() {
    Partnership p = compliant();
    List<Membership> ms = p.memberships().stream()
        .map(m -> m.organisation().equals(PARENTS)
            ? Membership.builder().from(m).leftOn(LocalDate.of(2026, 6, 30)).build() : m).toList();
    assertEquals(List.of("GOV-SECTORS.missing.FAMILIES"),
        keys(run(GovernanceRules.SECTORS, p.withMemberships(ms))));
  }

  // ------------------------------------------------------------ GOV-OUTSIDE-SECTORS

  @Test
  void outside_sectors_reports_a_partnership_of_social_assistance_only_and_each_missing_field() {
    Partnership p = compliant();
    List<Membership> ms = p.memberships().stream()
        .filter(m -> m.organisation().equals(DISTRICT) || m.organisation().equals(PARENTS)).toList();
    List<Finding> f = run(GovernanceRules.OUTSIDE_SECTORS, p.withMemberships(ms));
    assertEquals(List.of("GOV-OUTSIDE-SECTORS.none", "GOV-OUTSIDE-SECTORS.missing.EDUCATION",
        "GOV-OUTSIDE-SECTORS.missing.LABOUR_MARKET", "GOV-OUTSIDE-SECTORS.missing.HEALTH"), keys(f));
  }

  @Test
  void outside_sectors_reports_only_the_missing_health_partner() {
    Partnership p = compliant();
    List<Membership> ms = p.memberships().stream().filter(m -> !m.organisation().equals(CLINIC)).toList();
    assertEquals(List.of("GOV-OUTSIDE-SECTORS.missing.HEALTH"),
        keys(run(GovernanceRules.OUTSIDE_SECTORS, p.withMemberships(ms))));
  }

  // ------------------------------------------------------------ GOV-FOCUS

  @Test
  void focus_with_two_domains_in_the_first_twelve_months_is_reported() {
    Partnership p = compliant().withFocusDomains(
        Set.of(SocialServiceField.FAMILY_SUPPORT, SocialServiceField.CULTURE));
    List<Finding> f = run(GovernanceRules.FOCUS, p);
    assertEquals(List.of("GOV-FOCUS.several"), keys(f));
    assertEquals(LocalDate.of(2026, 11, 30), f.get(0).arguments().get("to"));
    assertEquals("GOV-FOCUS.firstPhaseMonths", f.get(0).parametersUsed().get(0).key().name());
  }

  @Test
  void focus_is_judged_only_while_the_period_touches_the_first_phase() {
    Partnership p = compliant().withFocusDomains(
        Set.of(SocialServiceField.FAMILY_SUPPORT, SocialServiceField.CULTURE));
    // the first phase runs 1 December 2025 – 30 November 2026
    DateRange lastDay = DateRange.ofOrThrow(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31));
    DateRange after = DateRange.ofOrThrow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
    assertEquals(1, run(GovernanceRules.FOCUS, p, lastDay, AS_OF, GovernanceParameters.defaults()).size());
    assertEquals(0, run(GovernanceRules.FOCUS, p, after, AS_OF, GovernanceParameters.defaults()).size());
  }

  @Test
  void focus_on_one_domain_passes() {
    assertEquals(List.of(), run(GovernanceRules.FOCUS, compliant()));
  }

  // ------------------------------------------------------------ GOV-SC-QUARTERLY

  @Test
  void sc_quarterly_reports_each_quarter_without_a_meeting() {
    Partnership p = scMeetingsOn(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 1));
    List<Finding> f = run(GovernanceRules.SC_QUARTERLY, p);
    assertEquals(List.of(Quarter.of(2026, 2), Quarter.of(2026, 3)),
        f.stream().map(x -> x.arguments().get("quarter")).toList());
    assertEquals("Q3 2026: no Steering Committee meeting (2026-07-01 - 2026-09-30).",
        f.get(1).message(Locale.ENGLISH));
    assertEquals("Q3 2026: brak posiedzenia Komitetu Sterującego (01.07.2026 – 30.09.2026).",
        f.get(1).message(Messages.POLISH));
    assertEquals(Severity.MUST, f.get(0).severity());
  }

  @Test
  void a_quarter_whose_only_meeting_is_on_its_last_day_passes() {
    Partnership p = scMeetingsOn(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30),
        LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31));
    assertEquals(List.of(), run(GovernanceRules.SC_QUARTERLY, p));
  }

  @Test
  void a_meeting_on_the_first_day_of_the_next_quarter_does_not_count_for_the_previous_one() {
    Partnership p = scMeetingsOn(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 7, 1),
        LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31));
    assertEquals(List.of(Quarter.of(2026, 2)), run(GovernanceRules.SC_QUARTERLY, p).stream()
        .map(x -> x.arguments().get("quarter")).toList());
  }

  @Test
  void the_quarter_of_the_founding_and_a_quarter_not_yet_over_are_not_judged() {
    Partnership p = scMeetingsOn();
    // founded 1 December 2025: Q4 2025 is not judged; as of 15 November 2026, Q4 2026 is not over
    DateRange period = DateRange.ofOrThrow(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 12, 31));
    List<Finding> f = run(GovernanceRules.SC_QUARTERLY, p, period, LocalDate.of(2026, 11, 15),
        GovernanceParameters.defaults());
    assertEquals(List.of(Quarter.of(2026, 1), Quarter.of(2026, 2), Quarter.of(2026, 3)),
        f.stream().map(x -> x.arguments().get("quarter")).toList());
  }

  // ------------------------------------------------------------ GOV-TT-BIMONTHLY

  @Test
  void a_task_team_gap_of_exactly_two_months_passes() {
    Partnership p = ttMeetingsOn(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31));
    assertEquals(List.of(), run(GovernanceRules.TT_BIMONTHLY, p));
  }

  @Test
  void a_task_team_gap_of_two_months_and_one_day_fails_with_its_dates() {
    Partnership p = ttMeetingsOn(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 16),
        LocalDate.of(2026, 5, 16), LocalDate.of(2026, 7, 16), LocalDate.of(2026, 9, 16),
        LocalDate.of(2026, 11, 16));
    List<Finding> f = run(GovernanceRules.TT_BIMONTHLY, p);
    assertEquals(List.of("GOV-TT-BIMONTHLY.gap"), keys(f));
    assertEquals(LocalDate.of(2026, 1, 15), f.get(0).arguments().get("from"));
    assertEquals(LocalDate.of(2026, 3, 16), f.get(0).arguments().get("to"));
    assertEquals(LocalDate.of(2026, 3, 15), f.get(0).arguments().get("due"));
    assertEquals("Task Team: no meeting from 2026-01-15 to 2026-03-16; the next meeting was due by"
        + " 2026-03-15 (every 2 months).", f.get(0).message(Locale.ENGLISH));
  }

  @Test
  void two_months_after_the_last_day_of_december_is_the_last_day_of_february() {
    DateRange period = DateRange.ofOrThrow(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 31));
    Partnership pass = ttMeetingsOn(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
    Partnership fail = ttMeetingsOn(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
    LocalDate asOf = LocalDate.of(2027, 4, 1);
    assertEquals(0, run(GovernanceRules.TT_BIMONTHLY, pass, period, asOf, GovernanceParameters.defaults()).size());
    assertEquals(1, run(GovernanceRules.TT_BIMONTHLY, fail, period, asOf, GovernanceParameters.defaults()).size());
  }

  @Test
  void the_start_of_the_period_and_its_end_bound_the_gaps() {
    Partnership p = ttMeetingsOn(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));
    List<Finding> f = run(GovernanceRules.TT_BIMONTHLY, p);
    assertEquals(List.of("GOV-TT-BIMONTHLY.gap", "GOV-TT-BIMONTHLY.gapToEnd"), keys(f));
    assertEquals(LocalDate.of(2026, 1, 1), f.get(0).arguments().get("from"));
    assertEquals(LocalDate.of(2026, 4, 1), f.get(1).arguments().get("from"));
    assertEquals(LocalDate.of(2026, 12, 31), f.get(1).arguments().get("to"));
  }

  @Test
  void a_task_team_meeting_before_the_period_is_the_first_anchor() {
    Partnership p = ttMeetingsOn(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 2, 21),
        LocalDate.of(2026, 4, 21), LocalDate.of(2026, 6, 21), LocalDate.of(2026, 8, 21),
        LocalDate.of(2026, 10, 21), LocalDate.of(2026, 12, 21));
    List<Finding> f = run(GovernanceRules.TT_BIMONTHLY, p);
    assertEquals(List.of("GOV-TT-BIMONTHLY.gap"), keys(f));
    assertEquals(LocalDate.of(2025, 12, 20), f.get(0).arguments().get("from"));
  }

  @Test
  void a_longer_interval_from_the_parameters_is_applied() {
    Partnership p = ttMeetingsOn(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 1),
        LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1));
    ParameterSet three = GovernanceParameters.defaults().overlay(ParameterSet.empty()
        .with(GovernanceParameters.TASK_TEAM_INTERVAL_MONTHS, GovernanceParameters.VALID_FROM, 3));
    assertEquals(4, run(GovernanceRules.TT_BIMONTHLY, p).size());
    List<Finding> f = run(GovernanceRules.TT_BIMONTHLY, p, YEAR_2026, AS_OF, three);
    assertEquals(List.of(), f);
  }

  @Test
  void every_task_team_meeting_chaired_by_someone_else_is_reported() {
    Partnership p = compliant();
    List<Meeting> ms = p.meetings().stream().map(m -> m.body().equals(TT) && m.date().getMonthValue() % 5 == 0
        ? Meeting.builder().from(m).chair(WORKER_1).build() : m).toList();
    List<Finding> f = run(GovernanceRules.TT_BIMONTHLY, p.withMeetings(ms));
    assertEquals(List.of("GOV-TT-BIMONTHLY.chair", "GOV-TT-BIMONTHLY.chair"), keys(f));
    assertEquals(LocalDate.of(2026, 5, 15), f.get(0).arguments().get("from"));
    assertTrue(f.get(1).message(Locale.ENGLISH).contains("chaired by Kasia Animatorka, not by the Task Team"
        + " Manager Piotr Kierownik"));
  }

  // ------------------------------------------------------------ GOV-OPEN-MEETING

  @Test
  void a_year_without_an_open_meeting_with_families_is_reported() {
    Partnership p = compliant();
    List<Meeting> closed = p.meetings().stream()
        .map(m -> Meeting.builder().from(m).openToFamilies(false).familyRepresentativesPresent(0).build()).toList();
    List<Finding> f = run(GovernanceRules.OPEN_MEETING, p.withMeetings(closed));
    assertEquals(List.of("GOV-OPEN-MEETING.none"), keys(f));
    assertEquals("Year 2026: no meeting open to recipients with representatives of families present"
        + " (at least 1).", f.get(0).message(Locale.ENGLISH));
  }

  @Test
  void an_open_meeting_without_families_present_does_not_count() {
    Partnership p = compliant();
    List<Meeting> ms = p.meetings().stream().map(m -> m.openToFamilies()
        ? Meeting.builder().from(m).familyRepresentativesPresent(0).build() : m).toList();
    assertEquals(1, run(GovernanceRules.OPEN_MEETING, p.withMeetings(ms)).size());
  }

  @Test
  void an_open_meeting_on_the_last_day_of_the_year_passes() {
    Partnership p = compliant();
    List<Meeting> ms = new ArrayList<>(p.meetings().stream()
        .map(m -> Meeting.builder().from(m).openToFamilies(false).familyRepresentativesPresent(0).build()).toList());
    ms.add(open(meeting(TT, BodyKind.TASK_TEAM, LocalDate.of(2026, 12, 31), MANAGER, NGO), 1));
    assertEquals(List.of(), run(GovernanceRules.OPEN_MEETING, p.withMeetings(ms)));
  }

  // ------------------------------------------------------------ GOV-CONSORTIUM-QUARTERLY

  @Test
  void each_consortium_quarter_without_a_meeting_is_reported() {
    Partnership p = compliant();
    List<Meeting> ms = p.meetings().stream()
        .filter(m -> !(m.body().equals(CONSORTIUM) && m.date().getMonthValue() >= 4)).toList();
    List<Finding> f = run(GovernanceRules.CONSORTIUM_QUARTERLY, p.withMeetings(ms));
    assertEquals(List.of(Quarter.of(2026, 2), Quarter.of(2026, 3), Quarter.of(2026, 4)),
        f.stream().map(x -> x.arguments().get("quarter")).toList());
    assertEquals("consortia[0]", f.get(0).path());
    assertEquals("Q2 2026: no meeting of the Executive Consortium \"przemoc w rodzinie\""
        + " (2026-04-01 - 2026-06-30).", f.get(0).message(Locale.ENGLISH));
  }

  @Test
  void a_consortium_meeting_on_the_last_day_of_each_quarter_passes() {
    Partnership p = compliant();
    List<Meeting> ms = new ArrayList<>(without(p, CONSORTIUM));
    PersonId[] chairs = {WORKER_1, HEADMASTER};
    for (int q = 1; q <= 4; q++) {
      ms.add(meeting(CONSORTIUM, BodyKind.EXECUTIVE_CONSORTIUM, Quarter.of(2026, q).lastDay(),
          chairs[q % 2], HOSTS.get(q % 3)));
    }
    assertEquals(List.of(), run(GovernanceRules.CONSORTIUM_QUARTERLY, p.withMeetings(ms)));
  }

  // ------------------------------------------------------------ GOV-TT-MANAGER

  @Test
  void a_manager_with_2_whole_years_helping_families_fails_and_3_years_passes() {
    // experience is recorded in whole years: 2 years and 11 months is recorded as 2
    List<Finding> two = run(GovernanceRules.TT_MANAGER,
        withManager(new ManagerQualifications(EducationLevel.HIGHER_FIRST_CYCLE, 2, 6)));
    assertEquals(List.of("GOV-TT-MANAGER.years"), keys(two));
    assertEquals(List.of(), run(GovernanceRules.TT_MANAGER,
        withManager(new ManagerQualifications(EducationLevel.HIGHER_FIRST_CYCLE, 3, 6))));
  }

  @Test
  void a_manager_with_5_months_coordinating_fails_and_6_months_passes() {
    assertEquals(List.of("GOV-TT-MANAGER.months"), keys(run(GovernanceRules.TT_MANAGER,
        withManager(new ManagerQualifications(EducationLevel.DOCTORATE, 3, 5)))));
    assertEquals(List.of(), run(GovernanceRules.TT_MANAGER,
        withManager(new ManagerQualifications(EducationLevel.DOCTORATE, 3, 6))));
  }

  @Test
  void every_missing_qualification_is_reported_at_once_with_the_parameters_applied() {
    List<Finding> f = run(GovernanceRules.TT_MANAGER,
        withManager(new ManagerQualifications(EducationLevel.POST_SECONDARY, 1, 0)));
    assertEquals(List.of("GOV-TT-MANAGER.education", "GOV-TT-MANAGER.years", "GOV-TT-MANAGER.months"), keys(f));
    assertEquals(List.of("GOV-TT-MANAGER.minYearsHelpingFamilies", "GOV-TT-MANAGER.minMonthsCoordinating"),
        f.get(2).parametersUsed().stream().map(v -> v.key().name()).toList());
    assertEquals("taskTeam.managerQualifications.education", f.get(0).path());
    assertEquals("Kierownik Zespołu Zadaniowego Piotr Kierownik ma 1 rok doświadczenia w pomocy"
        + " rodzinom; wymagane co najmniej 3 lata.", f.get(1).message(Messages.POLISH));
  }

  // ------------------------------------------------------------ GOV-FINANCIAL-CONSENSUS

  private static List<MemberPosition> positions(Position mayor, Position ngo, Position head) {
    return List.of(MemberPosition.of(MAYOR, mayor), MemberPosition.of(NGO_HEAD, ngo),
        MemberPosition.of(HEADMASTER, head));
  }

  @Test
  void a_financial_decision_accepted_by_every_member_passes() {
    Partnership p = compliant().withDecisions(List.of(decision(LocalDate.of(2026, 5, 10),
        DecisionKind.FINANCIAL, positions(Position.ACCEPT, Position.ACCEPT, Position.ACCEPT), Set.of())));
    assertEquals(List.of(), run(GovernanceRules.FINANCIAL_CONSENSUS, p));
  }

  @Test
  void a_financial_decision_with_one_abstention_or_a_missing_member_is_reported() {
    Partnership p = compliant().withDecisions(List.of(
        decision(LocalDate.of(2026, 5, 10), DecisionKind.FINANCIAL,
            positions(Position.ACCEPT, Position.ACCEPT, Position.ABSTAIN), Set.of()),
        decision(LocalDate.of(2026, 8, 10), DecisionKind.FINANCIAL,
            List.of(MemberPosition.of(MAYOR, Position.ACCEPT), MemberPosition.of(NGO_HEAD, Position.ACCEPT)),
            Set.of())));
    List<Finding> f = run(GovernanceRules.FINANCIAL_CONSENSUS, p);
    assertEquals(List.of("GOV-FINANCIAL-CONSENSUS.financial", "GOV-FINANCIAL-CONSENSUS.financial"), keys(f));
    assertEquals("Jan Dyrektor", f.get(0).arguments().get("members"));
    assertEquals("Jan Dyrektor", f.get(1).arguments().get("members"));
    assertEquals("decisions[1]", f.get(1).path());
  }

  @Test
  void another_decision_passes_with_an_abstention_and_fails_with_an_objection() {
    Partnership pass = compliant().withDecisions(List.of(decision(LocalDate.of(2026, 5, 10),
        DecisionKind.STRATEGIC, positions(Position.ACCEPT, Position.ABSTAIN, Position.ACCEPT), Set.of())));
    Partnership fail = compliant().withDecisions(List.of(decision(LocalDate.of(2026, 5, 10),
        DecisionKind.STRATEGIC, positions(Position.ACCEPT, Position.OBJECT, Position.ACCEPT), Set.of())));
    assertEquals(List.of(), run(GovernanceRules.FINANCIAL_CONSENSUS, pass));
    List<Finding> f = run(GovernanceRules.FINANCIAL_CONSENSUS, fail);
    assertEquals(List.of("GOV-FINANCIAL-CONSENSUS.consensus"), keys(f));
    assertTrue(f.get(0).message(Locale.ENGLISH).endsWith("objected: Ewa Prezes."));
  }

  @Test
  void decisions_outside_the_period_are_not_judged() {
    Partnership p = compliant().withDecisions(List.of(decision(LocalDate.of(2025, 12, 10),
        DecisionKind.FINANCIAL, positions(Position.OBJECT, Position.OBJECT, Position.OBJECT), Set.of())));
    assertEquals(List.of(), run(GovernanceRules.FINANCIAL_CONSENSUS, p));
  }

  // ------------------------------------------------------------ GOV-MANDATE

  @Test
  void a_decision_binding_a_partner_through_a_member_with_a_mandate_passes() {
    Partnership p = compliant().withDecisions(List.of(decision(LocalDate.of(2026, 5, 10),
        DecisionKind.STRATEGIC, positions(Position.ACCEPT, Position.ACCEPT, Position.ACCEPT),
        Set.of(DISTRICT, NGO))));
    assertEquals(List.of(), run(GovernanceRules.MANDATE, p));
  }

  @Test
  void a_decision_binding_a_partner_whose_member_has_no_mandate_or_did_not_take_part_is_reported() {
    Partnership p = compliant().withDecisions(List.of(decision(LocalDate.of(2026, 5, 10),
        DecisionKind.STRATEGIC, List.of(MemberPosition.of(MAYOR, Position.ACCEPT),
            MemberPosition.of(HEADMASTER, Position.ACCEPT)), Set.of(SCHOOL, NGO, DISTRICT))));
    List<Finding> f = run(GovernanceRules.MANDATE, p);
    assertEquals(Set.of("Szkoła Podstawowa nr 1", "Fundacja Kokon"),
        f.stream().map(x -> x.arguments().get("organisation")).collect(Collectors.toSet()));
    assertEquals("decisions[0].binds", f.get(0).path());
  }

  // ------------------------------------------------------------ GOV-NETWORK-WORKER-PAIR

  @Test
  void one_network_worker_is_reported_and_two_pass() {
    List<Finding> f = run(GovernanceRules.NETWORK_WORKER_PAIR, compliant().withNetworkWorkers(List.of(WORKER_1)));
    assertEquals(List.of("GOV-NETWORK-WORKER-PAIR.tooFew"), keys(f));
    assertEquals(Severity.SHOULD, f.get(0).severity());
    assertEquals(List.of(), run(GovernanceRules.NETWORK_WORKER_PAIR, compliant()));
  }

  // ------------------------------------------------------------ GOV-ROTATING-CHAIR

  @Test
  void the_same_host_in_three_consecutive_meetings_is_reported_and_in_two_passes() {
    Partnership p = compliant();
    List<Meeting> three = p.meetings().stream().map(m -> m.body().equals(SC) && m.date().getMonthValue() <= 8
        ? Meeting.builder().from(m).host(NGO).build() : m).toList();
    List<Meeting> two = p.meetings().stream().map(m -> m.body().equals(SC) && m.date().getMonthValue() <= 5
        ? Meeting.builder().from(m).host(NGO).build() : m).toList();
    List<Finding> f = run(GovernanceRules.ROTATING_CHAIR, p.withMeetings(three));
    assertEquals(List.of("GOV-ROTATING-CHAIR.host.STEERING_COMMITTEE"), keys(f));
    assertEquals(3, f.get(0).arguments().get("count"));
    assertEquals(LocalDate.of(2026, 2, 10), f.get(0).arguments().get("from"));
    assertEquals(LocalDate.of(2026, 8, 10), f.get(0).arguments().get("to"));
    assertEquals(List.of(), run(GovernanceRules.ROTATING_CHAIR, p.withMeetings(two)));
  }

  @Test
  void the_same_consortium_chair_in_four_meetings_is_one_finding() {
    Partnership p = compliant();
    List<Meeting> ms = p.meetings().stream().map(m -> m.body().equals(CONSORTIUM)
        ? Meeting.builder().from(m).chair(WORKER_1).build() : m).toList();
    List<Finding> f = run(GovernanceRules.ROTATING_CHAIR, p.withMeetings(ms));
    assertEquals(List.of("GOV-ROTATING-CHAIR.chair.EXECUTIVE_CONSORTIUM"), keys(f));
    assertEquals(4, f.get(0).arguments().get("count"));
    assertTrue(f.get(0).message(Locale.ENGLISH).startsWith("Executive Consortium: Kasia Animatorka chairs 4"));
  }

  @Test
  void the_steering_committee_and_task_team_chairs_are_not_asked_to_rotate() {
    // the compliant partnership has the same chair at every SC and TT meeting
    assertEquals(List.of(), run(GovernanceRules.ROTATING_CHAIR, compliant()));
  }
}
