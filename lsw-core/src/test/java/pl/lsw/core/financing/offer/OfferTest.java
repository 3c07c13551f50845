package pl.lsw.core.financing.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.FinancingFixtures.ORG_A;
import static pl.lsw.core.financing.FinancingFixtures.ORG_B;
import static pl.lsw.core.financing.FinancingFixtures.offer;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;

class OfferTest {

  @Test
  void an_offer_sums_its_budget_by_source() {
    Offer o = offer(1, "8000.00", ORG_A).build();
    assertEquals(Money.ofZloty(10_000), o.totalCost());
    assertEquals(Money.ofZloty(8_000), o.budget().grantFunded());
    assertEquals(Money.ofZloty(2_000), o.ownContribution());
    assertEquals(Money.ofZloty(1_500), o.budget().total(FundingSource.OWN_FINANCIAL));
    assertEquals(Money.ofZloty(500), o.budget().total(FundingSource.PERSONAL));
    assertEquals(Money.ZERO, o.budget().total(FundingSource.IN_KIND));
  }

  @Test
  void an_offer_of_two_organisations_is_joint_by_default_and_of_one_single() {
    assertEquals(OfferKind.JOINT, offer(1, "8000.00", ORG_A, ORG_B).build().kind());
    assertEquals(OfferKind.SINGLE, offer(1, "8000.00", ORG_A).build().kind());
    assertTrue(offer(1, "8000.00", ORG_A).kind(OfferKind.JOINT).build().isJoint());
  }

  @Test
  void an_offer_without_applicants_task_or_with_a_grant_above_its_cost_reports_every_problem() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> offer(1, "10000.01")
        .task(" ").build());
    assertEquals(List.of("APPLICANTS_EMPTY", "TASK_EMPTY", "REQUESTED_GRANT_ABOVE_COST"),
        e.problems().stream().map(Problem::code).toList());
    InvalidInputException twice = assertThrows(InvalidInputException.class, () -> offer(1, "-0.01", ORG_A, ORG_A)
        .build());
    assertEquals(List.of("APPLICANTS_DUPLICATE", "REQUESTED_GRANT_NEGATIVE"),
        twice.problems().stream().map(Problem::code).toList());
  }
}
