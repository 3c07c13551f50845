package pl.lsw.core.partnership.governance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.governance.rules.GovernanceFixture.*;

import java.util.Optional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.organisation.FakeOrganisationRepository;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.TaskTeam;
import pl.lsw.core.partnership.governance.ManagerQualifications;
import pl.lsw.core.partnership.governance.EducationLevel;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleCode;

class GovernanceComplianceTest {

  /** 2026 with no Steering Committee meeting in Q3, a Task Team gap over the summer and a weak manager. */
  private static Partnership troubled() {
    Partnership p = compliant();
    List<Meeting> ms = p.meetings().stream()
        .filter(m -> !(m.body().equals(SC) && m.date().getMonthValue() == 8))
        .filter(m -> !(m.body().equals(TT) && m.date().getMonthValue() >= 6 && m.date().getMonthValue() <= 8))
        .toList();
    return p.withMeetings(ms).withTaskTeam(TaskTeam.builder().from(p.taskTeam().get())
        .managerQualifications(new ManagerQualifications(EducationLevel.HIGHER_MASTER, 3, 5)).build())
        .withNetworkWorkers(List.of(WORKER_1));
  }

  private static final class OnePartnership implements PartnershipRepository {
    private final Map<PartnershipId, Partnership> stored;

    OnePartnership(Partnership p) {
      stored = Map.of(p.id(), p);
    }

    @Override
    public Partnership save(Partnership partnership) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Partnership> findById(PartnershipId id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Page<Partnership> findByTerytPrefix(String terytPrefix, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Page<Partnership> findByMember(OrganisationId organisation, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
      return stored.size();
    }
  }

  private static GovernanceCompliance service(Partnership p, ParameterSet parameters) {
    FakeOrganisationRepository organisations = new FakeOrganisationRepository();
    organisations().forEach(organisations::save);
    Clock clock = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    return new GovernanceCompliance(new OnePartnership(p), organisations, clock, parameters);
  }

  @Test
  void a_compliant_year_gives_a_compliant_report_listing_every_rule_as_met() {
    GovernanceComplianceReport r = GovernanceCompliance.evaluate(compliant(), organisations(), YEAR_2026, AS_OF);
    assertTrue(r.isCompliant());
    assertEquals(List.of(), r.findings());
    assertEquals(12, r.ruleReport().rulesEvaluated().size());
    String en = r.render(Locale.ENGLISH);
    assertTrue(en.contains("Result: COMPLIANT (violations: 0, warnings: 0)"), en);
    assertTrue(en.contains("GOV-SC-QUARTERLY v1 - The Steering Committee meets at least once a quarter (MUST,"
        + " source: 000 §Płaszczyzna 1): met"), en);
    assertTrue(r.render(Messages.POLISH, GovernanceComplianceReport.Grouping.CHRONOLOGICAL)
        .contains("Brak naruszeń i ostrzeżeń."));
  }

  @Test
  void the_report_lists_every_breach_with_its_dates_in_both_languages() {
    GovernanceComplianceReport r = GovernanceCompliance.evaluate(troubled(), organisations(), YEAR_2026, AS_OF);
    assertFalse(r.isCompliant());
    assertEquals(List.of("GOV-SC-QUARTERLY", "GOV-TT-BIMONTHLY", "GOV-TT-MANAGER"),
        r.violations().stream().map(f -> f.code().value()).distinct().toList());
    assertEquals(List.of("GOV-NETWORK-WORKER-PAIR"),
        r.warnings().stream().map(f -> f.code().value()).toList());
    String en = r.render(Locale.ENGLISH);
    assertTrue(en.contains("[MUST] GOV-SC-QUARTERLY v1: Q3 2026: no Steering Committee"
        + " meeting (2026-07-01 - 2026-09-30)."), en);
    assertTrue(en.contains("Task Team: no meeting from 2026-05-15 to 2026-09-15; the next meeting was due by"
        + " 2026-07-15 (every 2 months)."), en);
    assertTrue(en.contains("parameters: GOV-TT-BIMONTHLY.intervalMonths = 2"), en);
    assertTrue(en.contains("Result: NOT COMPLIANT (violations: 3, warnings: 1)"), en);
    String pl = r.render(Messages.POLISH);
    assertTrue(pl.contains("Q3 2026: brak posiedzenia Komitetu Sterującego (01.07.2026 – 30.09.2026)."), pl);
    assertTrue(pl.contains("Zespół Zadaniowy: brak spotkania od 15.05.2026 do 15.09.2026"), pl);
  }

  @Test
  void the_chronological_rendering_orders_dated_findings_by_date_after_the_undated_ones() {
    GovernanceComplianceReport r = GovernanceCompliance.evaluate(troubled(), organisations(), YEAR_2026, AS_OF);
    List<Finding> byDate = r.findingsByDate();
    assertEquals(List.of("GOV-TT-MANAGER", "GOV-TT-BIMONTHLY", "GOV-SC-QUARTERLY", "GOV-NETWORK-WORKER-PAIR"),
        byDate.stream().map(f -> f.code().value()).toList());
    String text = r.render(Locale.ENGLISH, GovernanceComplianceReport.Grouping.CHRONOLOGICAL);
    int undated = text.indexOf("Findings without a date:");
    int manager = text.indexOf("GOV-TT-MANAGER");
    int gap = text.indexOf("GOV-TT-BIMONTHLY");
    int quarter = text.indexOf("GOV-SC-QUARTERLY");
    assertTrue(undated < manager && manager < gap && gap < quarter, text);
  }

  @Test
  void the_service_loads_the_partnership_and_its_organisations_and_reviews_as_of_the_clock() {
    Partnership p = troubled();
    GovernanceComplianceReport r = service(p, ParameterSet.empty()).report(ID, YEAR_2026).get();
    assertEquals(GovernanceCompliance.evaluate(p, organisations(), YEAR_2026, AS_OF), r);
    assertEquals(AS_OF, r.asOf());
    assertEquals(1, r.findingsOf(RuleCode.of("GOV-SC-QUARTERLY")).size());
    assertTrue(service(troubled(), ParameterSet.empty()).report(PartnershipId.of(uuid(1)), YEAR_2026).isEmpty());
  }

  @Test
  void the_callers_parameters_are_laid_over_the_defaults() {
    ParameterSet lenient = ParameterSet.empty()
        .with(GovernanceParameters.TASK_TEAM_INTERVAL_MONTHS, GovernanceParameters.VALID_FROM, 4)
        .with(GovernanceParameters.MANAGER_MIN_MONTHS_COORDINATING, GovernanceParameters.VALID_FROM, 5)
        .with(GovernanceParameters.NETWORK_WORKERS_MIN, GovernanceParameters.VALID_FROM, 1);
    GovernanceComplianceReport r = service(troubled(), lenient).report(ID, YEAR_2026).get();
    assertEquals(List.of("GOV-SC-QUARTERLY"), r.findings().stream().map(f -> f.code().value()).toList());
  }

  @Test
  void a_year_in_progress_judges_only_the_quarters_already_over() {
    Partnership p = troubled();
    List<Meeting> ms = new ArrayList<>(p.meetings());
    ms.removeIf(m -> m.body().equals(SC) && m.date().getMonthValue() == 11);
    GovernanceComplianceReport r = GovernanceCompliance.evaluate(p.withMeetings(ms), organisations(),
        YEAR_2026, LocalDate.of(2026, 12, 30));
    assertEquals(1, r.findingsOf(RuleCode.of("GOV-SC-QUARTERLY")).size());
    assertTrue(r.findingsOf(RuleCode.of("GOV-OPEN-MEETING")).isEmpty());
    assertEquals(List.of(), GovernanceCompliance.evaluate(p.withMeetings(ms), organisations(),
        YEAR_2026, LocalDate.of(2025, 11, 1)).findings());
  }
}
