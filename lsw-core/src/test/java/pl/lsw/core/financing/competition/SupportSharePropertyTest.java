package pl.lsw.core.financing.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FinancingFixtures;
import pl.lsw.core.financing.FinancingGen;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.financing.offer.Offer;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.testing.Property;

class SupportSharePropertyTest {

  @Test
  void the_support_share_verdict_is_whether_the_grant_is_at_most_the_maximum_share_of_the_cost() {
    AtomicInteger pass = new AtomicInteger();
    AtomicInteger fail = new AtomicInteger();
    Property.forAll("support share verdict", 500, rnd -> {
      Budget budget = FinancingGen.positiveBudget(rnd);
      Percent max = FinancingGen.share(rnd);
      Money grant = FinancingGen.nearShare(rnd, max, budget.total());
      Offer offer = FinancingFixtures.offer(1, "0.00", FinancingFixtures.ORG_A).budget(budget).requestedGrant(grant)
          .build();
      Competition c = FinancingFixtures.announced().withMaxMunicipalShare(max).withOffers(List.of(offer));
      List<Finding> f = RuleEngine.evaluate(c, "competition", List.of(CompetitionRules.SUPPORT_SHARE),
          LocalDate.of(2026, 6, 1), ParameterSet.statutory()).findings();
      boolean tooHigh = f.stream().anyMatch(x -> x.messageKey().equals("FIN-SUPPORT-SHARE.tooHigh"));
      BigDecimal limit = budget.total().toBigDecimal().multiply(max.value()).movePointLeft(2);
      assertEquals(grant.toBigDecimal().compareTo(limit) > 0, tooHigh, () -> grant + " of " + budget.total() + " at " + max);
      (tooHigh ? fail : pass).incrementAndGet();
    });
    assertTrue(pass.get() > 20 && fail.get() > 20, pass + " pass, " + fail + " fail");
  }
}
