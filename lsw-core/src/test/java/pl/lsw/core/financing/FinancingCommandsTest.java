package pl.lsw.core.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.FinancingFixtures.NOW;
import static pl.lsw.core.financing.FinancingFixtures.ORG_A;
import static pl.lsw.core.financing.FinancingFixtures.PRESIDENT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.competition.ActingParty;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.competition.CompetitionEvent;
import pl.lsw.core.financing.competition.CompetitionId;
import pl.lsw.core.financing.competition.CompetitionService;
import pl.lsw.core.financing.competition.CompetitionState;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.contract.ContractEvent;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.financing.contract.ContractService;
import pl.lsw.core.financing.contract.CostShift;
import pl.lsw.core.financing.initiative.OwnInitiativeProposal;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalService;
import pl.lsw.core.financing.initiative.ProposalDecision;
import pl.lsw.core.financing.initiative.ProposalId;
import pl.lsw.core.financing.programme.CooperationProgramme;
import pl.lsw.core.financing.programme.CooperationProgrammeService;
import pl.lsw.core.financing.programme.ProgrammeContent;
import pl.lsw.core.financing.programme.ProgrammeRecorded;
import pl.lsw.core.financing.smallgrant.Publication;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.financing.smallgrant.SmallGrantChecker;
import pl.lsw.core.financing.smallgrant.SmallGrantService;
import pl.lsw.core.financing.smallgrant.FakeSmallGrantRepository;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.rules.ParameterSet;

/** The financing services: unknown ids are refusals, creating commands return the new id, actors are required. */
class FinancingCommandsTest {

  private final List<DomainEvent> published = new ArrayList<>();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final GrantingOfficial official = new GrantingOfficial(PRESIDENT, "naczelnik wydziału");
  private final OrganisationRepresentative representative = new OrganisationRepresentative(ORG_A, "Anna Nowak");
  private final CompetitionService competitions = new CompetitionService(new InMemoryRepositories.Competitions(),
      published::add, clock, pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
  private final ContractService contracts = new ContractService(new InMemoryRepositories.Contracts(),
      published::add, clock, UUID::randomUUID,
      pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
  private final OwnInitiativeProposalService proposals = new OwnInitiativeProposalService(
      new InMemoryRepositories.Proposals(), published::add, clock, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
  private final CooperationProgrammeService programmes = new CooperationProgrammeService(
      new InMemoryRepositories.Programmes(), published::add, clock, pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
  private final SmallGrantService smallGrants = new SmallGrantService(new FakeSmallGrantRepository(), clock,
      UUID::randomUUID, published::add, SmallGrantChecker.statutory(), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());

  private static OwnInitiativeProposal proposal() {
    return OwnInitiativeProposal.builder().id(ProposalId.of(new UUID(1, 1))).body(PRESIDENT).addOrganisations(ORG_A)
        .task("Klub rodzica").receivedOn(LocalDate.of(2026, 1, 15)).build();
  }

  private static CooperationProgramme programme2027() {
    EnumSet<ProgrammeContent> statutory = EnumSet.allOf(ProgrammeContent.class);
    statutory.removeIf(ProgrammeContent::isSeedAddition);
    return CooperationProgramme.builder().body(PRESIDENT).year(2027).adoptedOn(LocalDate.of(2026, 11, 30))
        .contents(statutory).plannedGrantFunds(Money.ofZloty(1_000_000)).build();
  }

  @Test
  void a_command_to_an_unknown_id_is_a_refusal_with_the_aggregates_unknown_code_and_publishes_nothing() {
    Refusal grant = smallGrants.publish(GrantId.of(new UUID(9, 9)), official,
        new Publication(PublicationPlace.BIP, NOW_DAY, NOW_DAY)).getLeft();
    Refusal competition = competitions.closeOffers(CompetitionId.of(new UUID(9, 9)), official, NOW_DAY).getLeft();
    Refusal contract = contracts.shiftCost(ContractId.of(new UUID(9, 9)), official,
        CostShift.of(0, 1, Money.ofZloty(1), NOW_DAY)).getLeft();
    Refusal proposal = proposals.assess(ProposalId.of(new UUID(9, 9)), official, ProposalDecision.WORTH_DOING,
        NOW_DAY).getLeft();
    Refusal programme = programmes.check(PRESIDENT, 2031).getLeft();
    assertEquals(List.of("SMALL_GRANT_UNKNOWN"), grant.codes());
    assertEquals(List.of("COMPETITION_UNKNOWN"), competition.codes());
    assertEquals(List.of("CONTRACT_UNKNOWN"), contract.codes());
    assertEquals(List.of("PROPOSAL_UNKNOWN"), proposal.codes());
    assertEquals(List.of("PROGRAMME_UNKNOWN"), programme.codes());
    assertEquals("Nie ma takiego konkursu ofert.", competition.reasons().get(0).message(Locale.forLanguageTag("pl")));
    assertEquals("There is no such grant contract.", contract.reasons().get(0).message(Locale.ENGLISH));
    assertEquals("Organ Prezydent m.st. Warszawy nie ma programu współpracy na rok 2031.",
        programme.reasons().get(0).message(Locale.forLanguageTag("pl")));
    assertEquals("Prezydent m.st. Warszawy has no cooperation programme for 2031.",
        programme.reasons().get(0).message(Locale.ENGLISH));
    assertTrue(published.isEmpty());
  }

  private static final LocalDate NOW_DAY = LocalDate.of(2026, 3, 2);

  @Test
  void creating_commands_return_the_new_id_and_publish_one_event_after_the_save() {
    var competition = competitions.create(official, FinancingFixtures.draft()).get();
    assertEquals(FinancingFixtures.draft().id(), competition.createdId(CompetitionId.class));
    assertEquals(1, competition.state().version());
    var contract = contracts.sign(official, FinancingFixtures.contract().build()).get();
    assertEquals(FinancingFixtures.contract().build().id(), contract.createdId(ContractId.class));
    var proposal = proposals.receive(representative, proposal()).get();
    assertEquals(proposal().id(), proposal.createdId(ProposalId.class));
    var assessed = proposals.assess(proposal().id(), official, ProposalDecision.WORTH_DOING, LocalDate.of(2026, 2, 1));
    assertEquals(2, assessed.get().state().version());
    var programme = programmes.record(official, programme2027()).get();
    assertEquals(List.of(CompetitionEvent.Drafted.class, ContractEvent.Signed.class,
        OwnInitiativeProposal.Received.class, OwnInitiativeProposal.Assessed.class, ProgrammeRecorded.class),
        published.stream().map(Object::getClass).toList());
    assertEquals(programme.state(), programmes.find(PRESIDENT, 2027).orElseThrow());
    assertTrue(programmes.check(PRESIDENT, 2027).isRight());
  }

  @Test
  void creation_refuses_an_aggregate_already_in_a_later_state() {
    Competition announced = FinancingFixtures.announced();
    assertEquals(CompetitionState.ANNOUNCED, announced.state());
    Refusal r = competitions.create(official, announced).getLeft();
    assertEquals(List.of("COMPETITION_NOT_DRAFT"), r.codes());
    Contract shifted = FinancingFixtures.contract().addCostShifts(CostShift.of(0, 1, Money.ofZloty(1), NOW_DAY))
        .build();
    assertEquals(List.of("CONTRACT_NOT_NEW"), contracts.sign(official, shifted).getLeft().codes());
    OwnInitiativeProposal done = proposal().assess(ProposalDecision.WORTH_DOING, LocalDate.of(2026, 2, 1), NOW)
        .get().state();
    assertEquals(List.of("PROPOSAL_NOT_NEW"), proposals.receive(representative, done).getLeft().codes());
    assertTrue(published.isEmpty());
  }

  @Test
  void every_command_needs_its_actor() {
    assertThrows(NullPointerException.class, () -> competitions.create(null, FinancingFixtures.draft()));
    assertThrows(NullPointerException.class,
        () -> competitions.announce(FinancingFixtures.draft().id(), null, FinancingFixtures.publications(),
            ActingParty.BODY));
    assertThrows(NullPointerException.class, () -> proposals.receive(null, proposal()));
    assertThrows(NullPointerException.class, () -> programmes.record(null, programme2027()));
    assertThrows(IllegalArgumentException.class, () -> new GrantingOfficial(PRESIDENT, " "));
    assertEquals("official:1465011/naczelnik wydziału", official.reference());
    assertEquals("naczelnik wydziału (Prezydent m.st. Warszawy)", official.display(Locale.ENGLISH));
  }
}
