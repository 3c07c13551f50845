package pl.lsw.core.financing.cooperative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.FinancingFixtures.DEADLINE;
import static pl.lsw.core.financing.FinancingFixtures.NOW;
import static pl.lsw.core.financing.FinancingFixtures.ORG_A;
import static pl.lsw.core.financing.FinancingFixtures.ORG_B;
import static pl.lsw.core.financing.FinancingFixtures.ORG_C;
import static pl.lsw.core.financing.FinancingFixtures.draft;
import static pl.lsw.core.financing.FinancingFixtures.fullAssessment;
import static pl.lsw.core.financing.FinancingFixtures.nominee;
import static pl.lsw.core.financing.FinancingFixtures.offer;
import static pl.lsw.core.financing.FinancingFixtures.offerId;
import static pl.lsw.core.financing.FinancingFixtures.official;
import static pl.lsw.core.financing.FinancingFixtures.publications;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.FundingProcedure;
import pl.lsw.core.financing.competition.ActingParty;
import pl.lsw.core.financing.competition.Award;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.competition.CompetitionRules;
import pl.lsw.core.financing.competition.CooperativeProblem;
import pl.lsw.core.financing.competition.ProblemDefiner;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.rules.ParameterSet;

/** An executive consortium chosen in a cooperative problem-solving competition, from announcement to a joint contract. */
class CooperativeScenarioTest {

  private static final pl.lsw.core.rules.RuleEnvironment LAW =
      pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish());
  private static final PartnershipId KOKON = PartnershipId.of(new UUID(0x4B, 1));

  private static Competition accepted(Either<Refusal, Change<Competition>> r) {
    assertTrue(r.isRight(), () -> r.getLeft().reasons().toString());
    return r.get().state();
  }

  @Test
  void a_consortium_of_three_organisations_wins_with_a_joint_offer_and_signs_one_joint_contract() {
    Competition c = draft().withCooperativeProblem(CooperativeProblem.builder()
        .statement("Rodziny w kryzysie na Pradze-Północ").definedBy(ProblemDefiner.LOCAL_GOVERNMENT)
        .addRequiredResults("50 rodzin z indywidualnym planem wsparcia").partnership(KOKON).build());
    c = accepted(c.announce(publications(), ActingParty.BODY, LAW, NOW));
    c = accepted(c.receiveOffer(offer(1, "8000.00", ORG_A, ORG_B, ORG_C).build(), NOW));
    c = accepted(c.appointCommittee(List.of(official("Jan Urzędnik"), nominee("Ewa", pl.lsw.core.financing
        .FinancingFixtures.org(9))), ActingParty.BODY, LAW, NOW));
    c = accepted(c.closeOffers(DEADLINE.plusDays(1), NOW));
    c = accepted(c.assess(fullAssessment(offerId(1), FundingMode.SUPPORT, true), LAW, NOW));
    Competition decided = accepted(c.decide(List.of(new Award(offerId(1), Money.ofZloty(8_000))),
        DEADLINE.plusDays(14), ActingParty.BODY, LAW, NOW));
    assertTrue(CompetitionRules.check(decided, DEADLINE.plusDays(14), LAW).isCompliant());

    Contract contract = Contract.fromAward(ContractId.of(new UUID(0xCC, 9)), decided, offerId(1),
        LocalDate.of(2026, 3, 31), Percent.of(60)).get();
    assertEquals(List.of(ORG_A, ORG_B, ORG_C), contract.parties());
    assertEquals(FundingProcedure.COOPERATIVE_PROBLEM_SOLVING, contract.procedure());
    assertEquals(KOKON, contract.partnership().get());
    assertEquals(Money.ofZloty(8_000), contract.grantAmount());
    assertEquals(List.of("30 rodzin objętych wsparciem"), contract.expectedResults());
    assertTrue(CooperativeRules.check(new CooperativeProblemSolving(decided, List.of(contract)), LocalDate.of(2026, 4, 1),
        LAW).isCompliant());
  }

  @Test
  void no_contract_is_drafted_from_an_undecided_competition_or_an_offer_not_chosen() {
    Either<Refusal, Contract> r = Contract.fromAward(ContractId.of(new UUID(0xCC, 9)), draft(), offerId(1),
        LocalDate.of(2026, 3, 31), Percent.of(60));
    assertEquals(List.of("COMPETITION_NOT_DECIDED", "OFFER_NOT_AWARDED"), r.getLeft().codes());
  }
}
