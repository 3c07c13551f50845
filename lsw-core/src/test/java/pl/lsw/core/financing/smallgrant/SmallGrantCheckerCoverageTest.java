package pl.lsw.core.financing.smallgrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.smallgrant.SmallGrantGen.received;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Money;
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
}
