package pl.lsw.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.access.AccessWorld.BODY;
import static pl.lsw.core.access.AccessWorld.OFFICIAL;
import static pl.lsw.core.access.AccessWorld.REPRESENTATIVE;
import static pl.lsw.core.access.AccessWorld.TT_MANAGER;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FinancingFixtures;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.competition.CompetitionId;
import pl.lsw.core.financing.contract.Amendment;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.financing.contract.CostShift;
import pl.lsw.core.financing.contract.FinalReport;
import pl.lsw.core.financing.contract.GrantReturn;
import pl.lsw.core.financing.contract.MisuseFinding;
import pl.lsw.core.financing.contract.PartialReportDemand;
import pl.lsw.core.financing.contract.ReturnKind;
import pl.lsw.core.financing.initiative.ProposalDecision;
import pl.lsw.core.financing.initiative.ProposalId;
import pl.lsw.core.financing.smallgrant.SmallGrant;
import pl.lsw.core.financing.smallgrant.SmallGrantStatus;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;

/**
 * A creating command that takes a whole aggregate from its caller stores it only in its first
 * lifecycle state: an aggregate already in a later state is refused with a code, and nothing is
 * stored or published.
 */
class NewAggregatesTest {

  private final AccessWorld world = new AccessWorld(AccessPolicy.libraryRoles());

  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  private static Contract.Builder fresh() {
    return FinancingFixtures.contract().id(ContractId.of(new UUID(0x0e11L, 1)));
  }

  private void refusedAndNothingChanged(String code, Supplier<io.vavr.control.Either<Refusal, ?>> command,
      Supplier<Object> state) {
    Object before = state.get();
    io.vavr.control.Either<Refusal, ?> outcome = command.get();
    assertTrue(outcome.isLeft(), () -> "accepted: " + outcome.get());
    assertEquals(List.of(code), outcome.getLeft().codes());
    assertTrue(outcome.getLeft().reasons().get(0).message(java.util.Locale.ENGLISH).length() > 20);
    assertTrue(outcome.getLeft().reasons().get(0).message(java.util.Locale.forLanguageTag("pl"))
        .length() > 20);
    assertEquals(before, state.get());
    assertTrue(world.published.isEmpty(), () -> "published " + world.published);
  }

  @Test
  void a_competition_is_created_only_as_a_draft() {
    refusedAndNothingChanged("COMPETITION_NOT_DRAFT", () -> world.lsw.competitions().create(OFFICIAL,
        FinancingFixtures.announced().withId(CompetitionId.of(new UUID(0x0e11L, 2)))),
        () -> world.lsw.store().competitions().findByBodyAndYear(BODY, 2026));
  }

  @Test
  void a_contract_is_signed_only_without_annexes_shifts_demands_reports_findings_and_returns() {
    Supplier<Object> contracts = () -> world.lsw.store().contracts().findByBodyAndYear(BODY, 2026);
    List<Contract> later = List.of(
        fresh().addAmendment(Amendment.builder().number(1).signedOn(DAY).description("aneks nr 1")
            .build()).build(),
        fresh().addCostShifts(CostShift.of(0, 1, Money.ofZloty(100), DAY)).build(),
        fresh().addPartialReportDemands(new PartialReportDemand(DAY, DAY.plusDays(30),
            java.util.Optional.empty())).build(),
        fresh().finalReport(new FinalReport(LocalDate.of(2026, 7, 20), Money.ofZloty(8_000))).build(),
        fresh().addMisuseFindings(new MisuseFinding(DAY, Money.ofZloty(100), "wydatek spoza kosztorysu"))
            .build(),
        fresh().addReturns(new GrantReturn(ReturnKind.UNUSED, Money.ofZloty(100), DAY)).build(),
        fresh().build().withVersion(3));
    for (Contract contract : later) {
      refusedAndNothingChanged("CONTRACT_NOT_NEW", () -> world.lsw.contracts().sign(OFFICIAL, contract),
          contracts);
    }
    assertTrue(world.lsw.contracts().sign(OFFICIAL, fresh().build()).isRight());
  }

  @Test
  void an_own_initiative_proposal_is_received_only_before_its_assessment() {
    var assessed = AccessWorld.proposal().withId(ProposalId.of(new UUID(0x0e11L, 3)))
        .assess(ProposalDecision.WORTH_DOING, LocalDate.of(2026, 11, 20), AccessWorld.NOW).get().state();
    refusedAndNothingChanged("PROPOSAL_NOT_NEW", () -> world.lsw.ownInitiativeProposals()
        .receive(REPRESENTATIVE, assessed),
        () -> world.lsw.ownInitiativeProposals().findByBodyAndYear(BODY, 2026));
  }

  @Test
  void a_new_family_is_recorded_only_with_its_consent_given() {
    var withdrawn = AccessWorld.family().withReference(FamilyReference.of("R-106"))
        .withConsentWithdrawnOn(LocalDate.of(2026, 11, 25));
    refusedAndNothingChanged("FAMILY_NOT_NEW", () -> world.lsw.plans().recordFamily(TT_MANAGER,
        withdrawn), () -> world.lsw.plans().families(AccessWorld.PARTNERSHIP));
    assertTrue(world.lsw.plans().family(FamilyReference.of("R-106")).isEmpty());
  }

  @Test
  void a_small_grant_is_received_from_an_offer_which_has_no_later_state_to_carry() {
    // The offer is the grant's input alone (UDPP art. 19a ust. 1): it holds no posting, comment,
    // contract or refusal, so what is received is always a grant in its first state.
    int before = world.lsw.store().smallGrants().findByBodyAndYear(BODY.area(), 2026,
        PageRequest.first(100)).items().size();
    GrantId id = world.lsw.smallGrants().receive(REPRESENTATIVE, AccessWorld.smallGrantOffer()).get()
        .createdId(GrantId.class);
    SmallGrant received = world.lsw.smallGrants().find(id).orElseThrow();
    assertEquals(SmallGrantStatus.RECEIVED, received.status());
    assertTrue(received.publications().isEmpty());
    assertTrue(received.comments().isEmpty());
    assertEquals(before + 1, world.lsw.store().smallGrants().findByBodyAndYear(BODY.area(), 2026,
        PageRequest.first(100)).items().size());
  }
}
