package pl.lsw.core.financing.smallgrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.smallgrant.SmallGrantGen.received;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.GrantingBodyKind;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.ReferenceData;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.kernel.WorkingDayCalendar;

/**
 * Both small-grant limits of UDPP art. 19a belong to the local government (JST): a Warsaw district
 * board acts for the city, so its grants count against the city's plan; a district's own allotment
 * is only a SHOULD check.
 */
class SmallGrantLocalGovernmentTest {

  static final LocalDate RECEIPT = LocalDate.of(2026, 3, 2);
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
  static final ReferenceData POLISH = ReferenceData.empty().with(WorkingDayCalendar.class, WorkingDayCalendar.polish());
  static final RuleCode SHARE = RuleCode.of("FIN-SMALL-GRANT-BUDGET-SHARE");
  static final RuleCode ALLOTMENT = RuleCode.of("FIN-SMALL-GRANT-DISTRICT-ALLOTMENT");

  static final GrantingBody MOKOTOW = GrantingBody.builder().name("Zarząd Dzielnicy Mokotów")
      .area(TerytCode.of("1465028")).kind(GrantingBodyKind.DISTRICT_BOARD).build();
  static final GrantingBody WOLA = GrantingBody.builder().name("Zarząd Dzielnicy Wola")
      .area(TerytCode.of("1465198")).kind(GrantingBodyKind.DISTRICT_BOARD).build();
  static final GrantingBody RURAL = GrantingBody.builder().name("Wójt Gminy Dziwnów")
      .area(TerytCode.of("3207022")).kind(GrantingBodyKind.COMMUNE_HEAD).build();

  static final PlannedGrantBudget CITY_PLAN = new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(100_000));

  final SmallGrantChecker checker = SmallGrantChecker.statutory();

  static List<Finding> check(Rule<SmallGrantCase> rule, SmallGrant g, GrantHistory h) {
    RuleReport r = RuleEngine.evaluate(new SmallGrantCase(g, h), "test", List.of(rule), RECEIPT,
        ParameterSet.statutory(), POLISH);
    assertTrue(r.isComplete(), () -> r.render(Locale.ENGLISH));
    for (Finding f : r.findings()) {
      assertFalse(f.message(Locale.ENGLISH).startsWith("!"), f.message(Locale.ENGLISH));
      assertFalse(f.message(new Locale("pl")).startsWith("!"), f.message(new Locale("pl")));
    }
    return r.findings();
  }

  /** A grant of organisation {@code org} (so the yearly cap per organisation stays out of the way). */
  static SmallGrant grant(long n, int org, String amount, int day, GrantingBody body) {
    return received(n, Money.of(amount), RECEIPT.plusDays(day)).withApplicant(SmallGrantGen.organisation(org))
        .withBody(body);
  }

  @Nested
  class CityWithDistricts {

    @Test
    void a_district_grant_passes_when_the_city_plan_covers_it() {
      SmallGrant g = grant(1, 1, "10000.00", 0, MOKOTOW);
      GrantHistory h = GrantHistory.of(List.of(g), List.of(CITY_PLAN));
      assertEquals(List.of(), check(SmallGrantRules.BUDGET_SHARE, g, h));
      assertTrue(checker.checkAll(List.of(g), List.of(CITY_PLAN), AS_OF).reportOf(g.id()).findingsOf(SHARE).isEmpty());
    }

    @Test
    void a_district_grant_without_any_plan_of_the_city_is_reported_as_not_shown() {
      SmallGrant g = grant(1, 1, "100.00", 0, MOKOTOW);
      List<Finding> f = check(SmallGrantRules.BUDGET_SHARE, g, GrantHistory.of(List.of(g), List.of()));
      assertEquals(List.of("FIN-SMALL-GRANT-BUDGET-SHARE.noPlannedBudget"), f.stream().map(Finding::messageKey).toList());
    }

    @Test
    void city_and_district_grants_at_exactly_the_share_pass_and_one_grosz_more_fails() {
      SmallGrant byCity = grant(1, 1, "5000.00", 0, SmallGrantGen.WARSAW);
      SmallGrant byMokotow = grant(2, 2, "5000.00", 1, MOKOTOW);
      SmallGrant byWola = grant(3, 3, "10000.00", 2, WOLA);
      SmallGrant over = byWola.withAmount(Money.of("10000.01"));

      GrantHistory h = GrantHistory.of(List.of(byCity, byMokotow, byWola), List.of(CITY_PLAN));
      assertEquals(Money.ofZloty(10_000), h.bodyTotalBefore(byWola), "the city and its districts are one JST");
      assertEquals(List.of(), check(SmallGrantRules.BUDGET_SHARE, byWola, h));
      List<Finding> f = check(SmallGrantRules.BUDGET_SHARE, over,
          GrantHistory.of(List.of(byCity, byMokotow, over), List.of(CITY_PLAN)));
      assertEquals(1, f.size());
      assertEquals("FIN-SMALL-GRANT-BUDGET-SHARE.exceeded", f.get(0).messageKey());
      assertEquals(Money.of("20000.01"), f.get(0).arguments().get("total"));

      SmallGrantBatchReport ok = checker.checkAll(List.of(byWola, byMokotow, byCity), List.of(CITY_PLAN), AS_OF);
      assertTrue(ok.reportOf(byWola.id()).findingsOf(SHARE).isEmpty());
      SmallGrantBatchReport bad = checker.checkAll(List.of(over, byMokotow, byCity), List.of(CITY_PLAN), AS_OF);
      assertEquals(1, bad.reportOf(over.id()).findingsOf(SHARE).size());
      assertEquals(3, bad.bodyTotals().size(), "one total per body, by area");
    }

    @Test
    void the_history_from_the_repository_counts_every_district_of_the_city() {
      FakeSmallGrantRepository repo = new FakeSmallGrantRepository();
      SmallGrant byCity = grant(1, 1, "5000.00", 0, SmallGrantGen.WARSAW);
      SmallGrant byMokotow = grant(2, 2, "5000.00", 1, MOKOTOW);
      SmallGrant byWola = grant(3, 3, "10000.00", 2, WOLA);
      SmallGrant elsewhere = grant(4, 4, "9000.00", 0, SmallGrantGen.KARLINO);
      List.of(byCity, byMokotow, byWola, elsewhere).forEach(repo::save);
      repo.savePlannedBudget(CITY_PLAN);
      GrantHistory fromRepo = GrantHistory.fromRepository(repo);
      GrantHistory fromList = GrantHistory.of(List.of(byCity, byMokotow, byWola, elsewhere), List.of(CITY_PLAN));
      for (SmallGrant g : List.of(byCity, byMokotow, byWola, elsewhere)) {
        assertEquals(fromList.bodyTotalBefore(g), fromRepo.bodyTotalBefore(g), g.toString());
        assertEquals(fromList.areaTotalBefore(g), fromRepo.areaTotalBefore(g), g.toString());
      }
      assertEquals(Money.ofZloty(10_000), fromRepo.bodyTotalBefore(byWola));
      assertEquals(Money.ZERO, fromRepo.areaTotalBefore(byWola));
      assertEquals(List.of(), check(SmallGrantRules.BUDGET_SHARE, byWola, fromRepo));
      assertEquals(1, check(SmallGrantRules.BUDGET_SHARE, byWola.withAmount(Money.of("10000.01")), fromRepo).size());
    }
  }

  @Nested
  class RuralCommune {
    final PlannedGrantBudget plan = new PlannedGrantBudget(RURAL, 2026, Money.ofZloty(50_000));

    @Test
    void its_own_plan_is_the_base_and_exactly_the_share_passes_and_one_grosz_more_fails() {
      SmallGrant first = grant(1, 1, "4000.00", 0, RURAL);
      SmallGrant second = grant(2, 2, "6000.00", 1, RURAL);
      SmallGrant over = second.withAmount(Money.of("6000.01"));
      assertEquals(List.of(), check(SmallGrantRules.BUDGET_SHARE, second,
          GrantHistory.of(List.of(first, second), List.of(plan))));
      assertEquals(1, check(SmallGrantRules.BUDGET_SHARE, over, GrantHistory.of(List.of(first, over), List.of(plan))).size());
      assertTrue(checker.checkAll(List.of(first, second), List.of(plan), AS_OF).reportOf(second.id()).findingsOf(SHARE).isEmpty());
      assertEquals(1, checker.checkAll(List.of(first, over), List.of(plan), AS_OF).reportOf(over.id()).findingsOf(SHARE).size());
    }

    @Test
    void a_rural_commune_has_no_district_allotment_finding() {
      SmallGrant over = grant(1, 1, "10000.01", 0, RURAL);
      assertEquals(List.of(), check(SmallGrantRules.DISTRICT_ALLOTMENT, over, GrantHistory.of(List.of(over), List.of(plan))));
    }
  }

  @Nested
  class DistrictAllotment {
    final PlannedGrantBudget mokotowAllotment = new PlannedGrantBudget(MOKOTOW, 2026, Money.ofZloty(50_000));

    @Test
    void is_a_should_rule_of_art_19a_with_the_share_parameter_in_the_catalog() {
      assertEquals(Severity.SHOULD, SmallGrantRules.DISTRICT_ALLOTMENT.definition().severity());
      assertEquals(ALLOTMENT, SmallGrantRules.DISTRICT_ALLOTMENT.definition().code());
      assertTrue(SmallGrantRules.all().contains(SmallGrantRules.DISTRICT_ALLOTMENT));
      assertTrue(SmallGrantRules.ruleSet().rules().contains(SmallGrantRules.DISTRICT_ALLOTMENT));
    }

    @Test
    void no_allotment_stored_gives_no_finding() {
      SmallGrant g = grant(1, 1, "10000.00", 0, MOKOTOW);
      assertEquals(List.of(), check(SmallGrantRules.DISTRICT_ALLOTMENT, g, GrantHistory.of(List.of(g), List.of(CITY_PLAN))));
    }

    @Test
    void the_district_grants_at_exactly_the_share_of_its_allotment_pass_and_one_grosz_more_is_a_should_finding() {
      SmallGrant byCity = grant(1, 1, "9000.00", 0, SmallGrantGen.WARSAW);
      SmallGrant first = grant(2, 2, "4000.00", 1, MOKOTOW);
      SmallGrant second = grant(3, 3, "6000.00", 2, MOKOTOW);
      SmallGrant over = second.withAmount(Money.of("6000.01"));
      List<PlannedGrantBudget> plans = List.of(CITY_PLAN, mokotowAllotment);

      GrantHistory h = GrantHistory.of(List.of(byCity, first, second), plans);
      assertEquals(Money.ofZloty(4_000), h.areaTotalBefore(second), "only the district's own grants count");
      assertEquals(List.of(), check(SmallGrantRules.DISTRICT_ALLOTMENT, second, h));

      List<Finding> f = check(SmallGrantRules.DISTRICT_ALLOTMENT, over, GrantHistory.of(List.of(byCity, first, over), plans));
      assertEquals(1, f.size());
      assertEquals(ALLOTMENT, f.get(0).code());
      assertEquals(Severity.SHOULD, f.get(0).severity());
      assertEquals(Money.of("10000.01"), f.get(0).arguments().get("total"));
      assertTrue(f.get(0).message(Locale.ENGLISH).contains("Zarząd Dzielnicy Mokotów"), f.get(0).message(Locale.ENGLISH));
      assertTrue(f.get(0).message(new Locale("pl")).contains("przydzielonych dzielnicy"), f.get(0).message(new Locale("pl")));

      RuleReport report = checker.checkAll(List.of(byCity, first, over), plans, AS_OF).reportOf(over.id());
      assertEquals(1, report.findingsOf(ALLOTMENT).size());
      assertTrue(report.findingsOf(SHARE).isEmpty(), "the city's plan covers 19 000,01 zł");
      assertTrue(checker.checkAll(List.of(byCity, first, second), plans, AS_OF).reportOf(second.id())
          .findingsOf(ALLOTMENT).isEmpty());
    }
  }
}
