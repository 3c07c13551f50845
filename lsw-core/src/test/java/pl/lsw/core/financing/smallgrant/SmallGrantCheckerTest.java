package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.kernel.TerytCode;

import pl.lsw.core.financing.GrantingBody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.smallgrant.SmallGrantGen.received;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.rules.RuleReport;

class SmallGrantCheckerTest {

  static final RuleCode CAP = RuleCode.of("FIN-SMALL-GRANT-YEARLY-CAP");
  static final RuleCode SHARE = RuleCode.of("FIN-SMALL-GRANT-BUDGET-SHARE");
  static final LocalDate AS_OF = LocalDate.of(2027, 2, 1);
  final SmallGrantChecker checker = SmallGrantChecker.statutory();

  @Test
  void the_grant_that_crosses_the_yearly_cap_is_the_one_reported_whatever_the_list_order() {
    SmallGrant first = received(1, Money.ofZloty(9_000), LocalDate.of(2026, 2, 2));
    SmallGrant second = received(2, Money.ofZloty(9_000), LocalDate.of(2026, 3, 2));
    SmallGrant crossing = received(3, Money.of("2000.01"), LocalDate.of(2026, 4, 2));
    SmallGrant refused = received(4, Money.ofZloty(9_000), LocalDate.of(2026, 1, 5)).withStatus(SmallGrantStatus.REFUSED);
    List<PlannedGrantBudget> budgets = List.of(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(1_000_000)));
    for (List<SmallGrant> order : List.of(List.of(first, second, crossing, refused), List.of(refused, crossing, second, first))) {
      SmallGrantBatchReport batch = checker.checkAll(order, budgets, AS_OF);
      assertTrue(batch.reportOf(first.id()).findingsOf(CAP).isEmpty());
      assertTrue(batch.reportOf(second.id()).findingsOf(CAP).isEmpty());
      assertEquals(1, batch.reportOf(crossing.id()).findingsOf(CAP).size());
      assertTrue(batch.reportOf(refused.id()).findingsOf(CAP).isEmpty());
      assertEquals(order.stream().map(SmallGrant::id).toList(), List.copyOf(batch.reports().keySet()));
      OrganisationYearTotal t = batch.organisationTotals().get(0);
      assertEquals(Money.of("20000.01"), t.total());
      assertEquals(3, t.count());
      assertEquals(Money.ZERO, t.remaining());
      assertTrue(t.isOverCap());
    }
  }

  @Test
  void a_batch_gives_each_grant_the_report_of_a_single_check_against_the_same_list() {
    List<SmallGrant> grants = SmallGrantGen.yearOfGrants(new Random(11), 300, 20, 2026);
    List<PlannedGrantBudget> budgets = List.of(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(3_000_000)));
    SmallGrantBatchReport batch = checker.checkAll(grants, budgets, AS_OF);
    GrantHistory history = GrantHistory.of(grants, budgets);
    for (SmallGrant g : grants) {
      assertEquals(checker.check(g, history, AS_OF), batch.reportOf(g.id()), g.toString());
    }
  }

  @Test
  void the_history_read_from_the_repository_answers_like_the_history_of_the_list() {
    FakeSmallGrantRepository repo = new FakeSmallGrantRepository();
    List<SmallGrant> grants = SmallGrantGen.yearOfGrants(new Random(5), 200, 10, 2026);
    grants.forEach(repo::save);
    PlannedGrantBudget budget = repo.savePlannedBudget(new PlannedGrantBudget(SmallGrantGen.KARLINO, 2026, Money.ofZloty(50_000)));
    GrantHistory fromList = GrantHistory.of(grants, List.of(budget));
    GrantHistory fromRepo = GrantHistory.fromRepository(repo);
    for (SmallGrant g : grants) {
      assertEquals(fromList.organisationTotalBefore(g), fromRepo.organisationTotalBefore(g));
      assertEquals(fromList.bodyTotalBefore(g), fromRepo.bodyTotalBefore(g));
      assertEquals(fromList.plannedBudget(g.body(), 2026), fromRepo.plannedBudget(g.body(), 2026));
    }
  }

  @Test
  void three_thousand_grants_of_a_body_are_checked_in_one_pass_with_totals_per_organisation_and_body() {
    List<SmallGrant> grants = SmallGrantGen.yearOfGrants(new Random(3000), 3_000, 1_500, 2026);
    List<PlannedGrantBudget> budgets = List.of(
        new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(100_000_000)),
        new PlannedGrantBudget(SmallGrantGen.KARLINO, 2026, Money.ofZloty(100_000)));
    SmallGrantBatchReport batch = checker.checkAll(grants, budgets, AS_OF);

    assertEquals(3_000, batch.reports().size());
    Map<List<Object>, long[]> expected = new HashMap<>();
    for (SmallGrant g : grants) {
      long[] e = expected.computeIfAbsent(List.of(g.applicant(), g.body().localGovernment(), g.grantYear()), k -> new long[2]);
      if (g.status().countsTowardsLimits()) {
        e[0] += g.amount().grosze();
        e[1]++;
      }
    }
    assertEquals(expected.size(), batch.organisationTotals().size());
    for (OrganisationYearTotal t : batch.organisationTotals()) {
      long[] e = expected.get(List.of(t.organisation(), t.localGovernment(), t.year()));
      assertEquals(Money.ofGrosze(e[0]), t.total());
      assertEquals(e[1], t.count());
      assertEquals(Money.ofZloty(20_000).subtract(t.total()).max(Money.ZERO), t.remaining());
    }
    long crossing = batch.organisationTotals().stream().filter(OrganisationYearTotal::isOverCap).count();
    assertTrue(crossing > 0, "the generated year should have organisations over the cap");
    long reportedOrganisations = grants.stream().filter(g -> !batch.reportOf(g.id()).findingsOf(CAP).isEmpty())
        .filter(g -> g.status().countsTowardsLimits()).map(SmallGrant::applicant).distinct().count();
    assertEquals(crossing, reportedOrganisations);

    BodyYearTotal warsaw = batch.bodyTotals().stream().filter(b -> b.bodyArea().equals(SmallGrantGen.WARSAW.area()) && b.year() == 2026)
        .findFirst().orElseThrow();
    BodyYearTotal karlino = batch.bodyTotals().stream().filter(b -> b.bodyArea().equals(SmallGrantGen.KARLINO.area()) && b.year() == 2026)
        .findFirst().orElseThrow();
    assertTrue(warsaw.withinLimit());
    assertFalse(karlino.withinLimit());
    assertEquals(Percent.of(20), karlino.maxShare());
    assertEquals(karlino.total().shareOf(Money.ofZloty(100_000)), karlino.share().get());
    Money all = Money.sum(grants.stream().filter(g -> g.status().countsTowardsLimits()).map(SmallGrant::amount).toList());
    assertEquals(all, Money.sum(batch.bodyTotals().stream().map(BodyYearTotal::total).toList()));
    assertTrue(batch.compliantCount() > 0 && batch.nonCompliantCount() > 0);
  }

  @Test
  void the_budget_share_reports_the_grant_that_crosses_20_percent_of_the_planned_budget() {
    List<PlannedGrantBudget> budgets = List.of(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(50_000)));
    List<SmallGrant> grants = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      grants.add(received(i, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2).plusDays(i))
          .withApplicant(SmallGrantGen.organisation(i)));
    }
    grants.add(received(9, Money.of("0.01"), LocalDate.of(2026, 5, 2)).withApplicant(SmallGrantGen.organisation(9)));
    Collections.reverse(grants);
    SmallGrantBatchReport batch = checker.checkAll(grants, budgets, AS_OF);
    assertTrue(batch.reportOf(SmallGrantGen.grantId(1)).findingsOf(SHARE).isEmpty());
    assertEquals(1, batch.reportOf(SmallGrantGen.grantId(9)).findingsOf(SHARE).size());
    assertFalse(batch.bodyTotals().get(0).withinLimit());
  }

  @Test
  void a_grant_listed_twice_is_refused() {
    SmallGrant g = received(1, Money.ofZloty(1), LocalDate.of(2026, 3, 2));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> checker.checkAll(List.of(g, g), List.of(), AS_OF));
    assertTrue(e.getMessage().contains(g.taskTitle()), e.getMessage());
    assertFalse(e.getMessage().contains(g.id().toString()), e.getMessage());
  }

  @Test
  void a_single_report_renders_in_polish_and_english() {
    RuleReport r = checker.check(received(1, Money.of("10000.01"), LocalDate.of(2026, 3, 2)), GrantHistory.none(), AS_OF);
    assertFalse(r.isCompliant());
    assertTrue(r.render(java.util.Locale.ENGLISH).contains("FIN-SMALL-GRANT-AMOUNT"));
    assertFalse(r.render(java.util.Locale.ENGLISH).contains("!FIN"));
    assertFalse(r.render(new java.util.Locale("pl")).contains("!FIN"));
  }

  @Test
  void the_yearly_cap_counts_what_one_local_government_gives_so_warsaw_districts_add_up_and_another_commune_does_not() {
    GrantingBody pragaPolnoc = GrantingBody.builder().name("Zarząd Dzielnicy Praga-Północ")
        .area(TerytCode.of("1465088")).kind(SmallGrantGen.WARSAW.kind()).build();
    LocalDate receipt = LocalDate.of(2026, 3, 2);
    SmallGrant byCity = SmallGrantGen.received(1, Money.ofZloty(10_000), receipt);
    SmallGrant byDistrict = SmallGrantGen.received(2, Money.ofZloty(10_000), receipt.plusDays(1)).withBody(pragaPolnoc);
    SmallGrant byKarlino = SmallGrantGen.received(3, Money.ofZloty(10_000), receipt.plusDays(2)).withBody(SmallGrantGen.KARLINO);
    SmallGrant overInWarsaw = SmallGrantGen.received(4, Money.of("0.01"), receipt.plusDays(3)).withBody(pragaPolnoc);

    GrantHistory history = GrantHistory.of(List.of(byCity, byDistrict, byKarlino, overInWarsaw), List.of());
    assertEquals(Money.ofZloty(10_000), history.organisationTotalBefore(byDistrict), "the city and its district are one JST");
    assertEquals(Money.ZERO, history.organisationTotalBefore(byKarlino), "another commune counts on its own");
    assertEquals(Money.ofZloty(20_000), history.organisationTotalBefore(overInWarsaw));

    SmallGrantBatchReport batch = checker.checkAll(List.of(byCity, byDistrict, byKarlino, overInWarsaw), List.of(), AS_OF);
    assertTrue(batch.reportOf(overInWarsaw.id()).violations().stream()
        .anyMatch(f -> f.code().value().equals("FIN-SMALL-GRANT-YEARLY-CAP")));
    assertTrue(batch.reportOf(byKarlino.id()).violations().stream()
        .noneMatch(f -> f.code().value().equals("FIN-SMALL-GRANT-YEARLY-CAP")));
    assertEquals(2, batch.organisationTotals().size(), "one total per organisation, local government and year");
  }
}
