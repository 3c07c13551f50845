package pl.lsw.core.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.FinancingFixtures.NOW;
import static pl.lsw.core.financing.FinancingFixtures.PRESIDENT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.competition.ActingParty;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.competition.CompetitionService;
import pl.lsw.core.financing.competition.CompetitionState;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.contract.ContractService;
import pl.lsw.core.financing.contract.CostShift;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.rules.ParameterSet;

class FinancingServicesTest {

  private final List<DomainEvent> published = new ArrayList<>();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final GrantingOfficial official = new GrantingOfficial(PRESIDENT, "naczelnik wydziału");

  @Test
  void the_competition_service_stores_an_accepted_command_then_publishes_its_event() {
    InMemoryRepositories.Competitions repo = new InMemoryRepositories.Competitions();
    CompetitionService service = new CompetitionService(repo, published::add, clock, pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
    Competition created = service.create(official, FinancingFixtures.draft()).get().state();
    published.clear();
    assertEquals(1, created.version());
    var result = service.announce(created.id(), official, FinancingFixtures.publications(), ActingParty.BODY)
        .map(Change::state);
    assertTrue(result.isRight());
    assertEquals(2, result.get().version());
    assertEquals(CompetitionState.ANNOUNCED, repo.findById(created.id()).get().state());
    assertEquals(1, published.size());
    assertEquals(NOW, published.get(0).occurredAt());
    assertEquals(List.of(result.get()), repo.findByBodyAndYear(PRESIDENT, 2026));
    assertEquals(List.of(), repo.findByBodyAndYear(PRESIDENT, 2027));
  }

  @Test
  void a_refused_command_stores_and_publishes_nothing() {
    InMemoryRepositories.Competitions repo = new InMemoryRepositories.Competitions();
    CompetitionService service = new CompetitionService(repo, published::add, clock, pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
    Competition created = service.create(official, FinancingFixtures.draft()).get().state();
    published.clear();
    var result = service.closeOffers(created.id(), official, LocalDate.of(2026, 4, 1));
    assertTrue(result.isLeft());
    assertEquals(1, repo.findById(created.id()).get().version());
    assertTrue(published.isEmpty());
  }

  @Test
  void saving_a_stale_version_is_a_version_conflict() {
    InMemoryRepositories.Contracts repo = new InMemoryRepositories.Contracts();
    ContractService service = new ContractService(repo, published::add, clock, UUID::randomUUID,
      pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
    Contract stored = service.sign(official, FinancingFixtures.contract().build()).get().state();
    published.clear();
    var shifted = service.shiftCost(stored.id(), official, CostShift.of(0, 1, Money.ofZloty(100),
        LocalDate.of(2026, 5, 4))).map(Change::state);
    assertEquals(2, shifted.get().version());
    assertEquals("ContractCostShifted", published.get(0).type());
    assertThrows(VersionConflictException.class, () -> repo.save(stored));
    assertEquals(List.of(shifted.get()), repo.findByBodyAndYear(PRESIDENT, 2026));
  }
}
