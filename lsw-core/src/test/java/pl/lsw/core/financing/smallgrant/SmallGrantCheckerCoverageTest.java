package pl.lsw.core.financing.smallgrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.smallgrant.SmallGrantGen.received;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleReport;

/** A grant dated before the parameters begin is a problem of that grant; the rest is checked. */
class SmallGrantCheckerCoverageTest {

  final SmallGrantChecker checker = SmallGrantChecker.statutory();

  @Test
  void the_first_day_of_the_parameters_is_covered_and_the_day_before_is_not() {
    SmallGrant first = received(1, Money.ofZloty(1_000), LocalDate.of(2010, 1, 1));
    SmallGrant before = received(2, Money.ofZloty(1_000), LocalDate.of(2009, 12, 31));

    SmallGrantBatchReport batch = checker.checkAll(List.of(first, before), List.of(),
        LocalDate.of(2027, 2, 1));

    assertTrue(batch.reportOf(first.id()).findingsOf(SmallGrantRules.PARAMETERS.id().code()).isEmpty());
    assertEquals(1, batch.reportOf(before.id()).findingsOf(SmallGrantRules.PARAMETERS.id().code()).size());
  }

  @Test
  void a_grant_before_the_earliest_parameter_value_fails_alone_and_the_rest_is_checked() {
    SmallGrant early = received(1, Money.ofZloty(1_000), LocalDate.of(2009, 6, 1));
    SmallGrant ancient = received(2, Money.ofZloty(1_000), LocalDate.of(-1, 6, 1));
    SmallGrant fine = received(3, Money.ofZloty(1_000), LocalDate.of(2026, 2, 2));

    SmallGrantBatchReport batch = checker.checkAll(List.of(early, ancient, fine), List.of(),
        LocalDate.of(2027, 2, 1));

    for (SmallGrant g : List.of(early, ancient)) {
      RuleReport r = batch.reportOf(g.id());
      assertTrue(r.isComplete(), g.id() + " " + r.failures());
      assertFalse(r.isCompliant(), g.id().toString());
      assertEquals(List.of("FIN-SMALL-GRANT-PARAMETERS"),
          r.findings().stream().map(f -> f.code().value()).toList());
      Finding f = r.findings().get(0);
      assertEquals("offerReceived", f.path());
      assertTrue(f.message(new Locale("pl")).contains("nie mają na ten dzień wartości"), f.message(new Locale("pl")));
      assertTrue(f.message(Locale.ENGLISH).contains("have no value"), f.message(Locale.ENGLISH));
      assertTrue(f.message(Locale.ENGLISH).contains("FIN-SMALL-GRANT-AMOUNT.max"), f.message(Locale.ENGLISH));
    }
    RuleReport ok = batch.reportOf(fine.id());
    assertTrue(ok.isComplete());
    assertTrue(ok.findingsOf(SmallGrantRules.PARAMETERS.id().code()).isEmpty());
    assertEquals(SmallGrantRules.all().size(), ok.rulesEvaluated().size());
    assertEquals(1, batch.organisationTotals().size());
    assertEquals(Money.ofZloty(1_000), batch.organisationTotals().get(0).total());
    assertEquals(3, batch.reports().size());
  }

  @Test
  void a_register_entry_of_2009_is_a_finding_of_its_row_and_the_other_rows_are_checked() {
    LocalDate received = LocalDate.of(2009, 6, 1);
    SmallGrantEntry old = SmallGrantEntry.builder().registerNumber("MG/2009").body(SmallGrantEntryTest.PRAGA)
        .applicantNip(Nip.of("5241000122")).applicantName("Fundacja Korale").taskTitle("Piknik")
        .amount(Money.of("500")).taskPeriod(DateRange.of(LocalDate.of(2009, 7, 1), LocalDate.of(2009, 7, 30)))
        .offerReceived(received).localOrRegional(true).build();
    SmallGrantEntry good = SmallGrantEntryTest.entry("MG/1", "5241000122", "9000", LocalDate.of(2026, 3, 12));

    SmallGrantRegisterReport r = checker.checkRegister(List.of(old, good),
        List.of(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(1_000_000))), List.of(),
        SmallGrantEntryTest.AS_OF);

    assertEquals(List.of("FIN-SMALL-GRANT-PARAMETERS"),
        r.reportOf("MG/2009").findings().stream().map(f -> f.code().value()).toList());
    assertTrue(r.reportOf("MG/1").isCompliant(), r.reportOf("MG/1").toString());
    assertEquals(1, r.localGovernmentTotals().size());
    assertEquals(Money.ofZloty(9_000), r.localGovernmentTotals().get(0).total());
    assertEquals(Money.ofZloty(9_000), r.organisationTotals().get(0).totals().total());
  }
}
