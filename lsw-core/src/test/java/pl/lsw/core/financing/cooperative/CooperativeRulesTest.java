package pl.lsw.core.financing.cooperative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.FinancingFixtures.ORG_A;
import static pl.lsw.core.financing.FinancingFixtures.ORG_B;
import static pl.lsw.core.financing.FinancingFixtures.announced;
import static pl.lsw.core.financing.FinancingFixtures.contract;
import static pl.lsw.core.financing.FinancingFixtures.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FundingProcedure;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.competition.CooperativeProblem;
import pl.lsw.core.financing.competition.ProblemDefiner;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.StatutoryParameters;

class CooperativeRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private static CooperativeProblem problem() {
    return CooperativeProblem.builder().statement("Rodziny w kryzysie na Pradze-Północ")
        .definedBy(ProblemDefiner.LOCAL_GOVERNMENT).addRequiredResults("50 rodzin z planem wsparcia")
        .partnership(PartnershipId.of(new UUID(7, 7))).build();
  }

  private static Competition cooperative() {
    return announced().withCooperativeProblem(problem()).withOffers(List.of(offer(1, "8000.00", ORG_A, ORG_B).build()));
  }

  private static Contract jointContract(Percent share) {
    return contract().procedure(FundingProcedure.COOPERATIVE_PROBLEM_SOLVING).addParties(ORG_B)
        .allowedShiftShare(share).build();
  }

  private static List<String> keys(CooperativeProblemSolving s) {
    RuleReport r = CooperativeRules.check(s, AS_OF, pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()));
    assertTrue(r.isComplete(), r::toString);
    return r.findings().stream().map(Finding::messageKey).toList();
  }

  @Test
  void a_joint_offer_of_two_and_a_joint_contract_allowing_50_percent_of_shifts_pass() {
    assertEquals(FundingProcedure.COOPERATIVE_PROBLEM_SOLVING, cooperative().procedure());
    assertEquals(List.of(), keys(new CooperativeProblemSolving(cooperative(), List.of(jointContract(Percent.of(50))))));
  }

  @Test
  void a_contract_allowing_49_99_percent_of_shifts_fails() {
    List<String> k = keys(new CooperativeProblemSolving(cooperative(), List.of(jointContract(Percent.of("49.99")))));
    assertEquals(List.of("FIN-COOP-JOINT-OFFER.shiftShareLow"), k);
  }

  @Test
  void an_offer_of_one_organisation_fails() {
    Competition single = cooperative().withOffers(List.of(offer(1, "8000.00", ORG_A).build()));
    RuleReport r = CooperativeRules.check(CooperativeProblemSolving.of(single), AS_OF, pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()));
    assertEquals(List.of("FIN-COOP-JOINT-OFFER.offerNotJoint"), r.findings().stream().map(Finding::messageKey).toList());
    assertEquals("The offer “" + single.offers().get(0).task()
        + "” comes from 1 organisation; a joint offer of at least two is required.",
        r.findings().get(0).message(Locale.ENGLISH));
  }

  @Test
  void every_missing_element_of_cooperative_problem_solving_is_reported() {
    Competition c = cooperative().withCooperativeProblem(problem().withDefinedBy(ProblemDefiner.ORGANISATIONS)
        .withRequiredResults(List.of()));
    Contract bad = contract().expectedResults(List.of()).allowedShiftShare(Percent.of(10)).build();
    assertEquals(List.of("FIN-COOP-JOINT-OFFER.problemNotDefinedByGovernment", "FIN-COOP-JOINT-OFFER.noRequiredResults",
        "FIN-COOP-JOINT-OFFER.contractNotJoint", "FIN-COOP-JOINT-OFFER.noMaterialScope",
        "FIN-COOP-JOINT-OFFER.shiftShareLow"), keys(new CooperativeProblemSolving(c, List.of(bad))));
    assertEquals(List.of("FIN-COOP-JOINT-OFFER.notCooperative"), keys(CooperativeProblemSolving.of(announced())));
  }

  @Test
  void the_minimum_shift_share_valid_on_the_signing_day_applies() {
    ParameterSet lower = ParameterSet.statutory().with(StatutoryParameters.COOP_SHIFT_SHARE_MIN,
        LocalDate.of(2026, 3, 30), Percent.of(30));
    CooperativeProblemSolving s = new CooperativeProblemSolving(cooperative(), List.of(jointContract(Percent.of(40))));
    assertTrue(CooperativeRules.check(s, AS_OF, pl.lsw.core.rules.RuleEnvironment.of(lower, pl.lsw.core.kernel.WorkingDayCalendar.polish())).isCompliant());
    ParameterSet lowerLater = ParameterSet.statutory().with(StatutoryParameters.COOP_SHIFT_SHARE_MIN,
        LocalDate.of(2026, 3, 31), Percent.of(30));
    assertTrue(!CooperativeRules.check(s, AS_OF, pl.lsw.core.rules.RuleEnvironment.of(lowerLater, pl.lsw.core.kernel.WorkingDayCalendar.polish())).isCompliant());
  }
}
