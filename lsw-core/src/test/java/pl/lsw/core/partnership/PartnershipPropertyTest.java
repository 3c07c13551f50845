package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.organisation.OrganisationGen;
import pl.lsw.core.partnership.governance.Decision;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.DecisionResult;
import pl.lsw.core.partnership.governance.MemberPosition;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.testing.Property;

class PartnershipPropertyTest {

  @Test
  void refused_commands_change_nothing_and_accepted_ones_store_one_version_and_publish_their_events() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    Property.forAll("random command sequences keep state, versions and events consistent", 150,
        rnd -> {
          List<DomainEvent> published = new ArrayList<>();
          AtomicLong ids = new AtomicLong(10_000);
          InMemoryPartnerships repository = new InMemoryPartnerships();
          PartnershipService service = new PartnershipService(repository,
              PartnershipServiceTest.registry().with(OrganisationGen.informalGroup(FORMER, "Grupa")),
              Clock.fixed(NOW, ZoneOffset.UTC), () -> uuid(ids.incrementAndGet()), published::add,
              PartnershipFixture.RULES, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
          Partnership current = repository.save(governed());
          for (int step = 0; step < 20; step++) {
            int before = published.size();
            Either<Refusal, Change<Partnership>> outcome = PartnershipGen.command(rnd).run(service, current);
            Partnership stored = repository.findById(ID).get();
            if (outcome.isLeft()) {
              refused.incrementAndGet();
              assertFalse(outcome.getLeft().reasons().isEmpty());
              assertEquals(current, stored, "a refused command changed the partnership");
              assertEquals(before, published.size(), "a refused command published events");
            } else {
              accepted.incrementAndGet();
              Change<Partnership> changed = outcome.get();
              assertEquals(current.version() + 1, stored.version());
              assertEquals(changed.state(), stored);
              assertEquals(changed.events(), published.subList(before, published.size()));
              assertTrue(changed.events().stream().allMatch(e -> e.aggregateId().equals(ID.toString())
                  && e.occurredAt().equals(NOW) && ((PartnershipEvent) e).partnershipId().equals(ID)));
              // recorded decisions and meetings never change; new ones are only appended
              assertEquals(current.decisions(),
                  stored.decisions().subList(0, current.decisions().size()));
              assertEquals(current.meetings(),
                  stored.meetings().subList(0, current.meetings().size()));
            }
            current = stored;
          }
        });
    assertTrue(accepted.get() > 100, "too few accepted commands: " + accepted);
    assertTrue(refused.get() > 100, "too few refused commands: " + refused);
  }

  @Test
  void a_financial_decision_is_accepted_exactly_when_everyone_accepts_and_then_so_is_any_other() {
    AtomicInteger financialAccepted = new AtomicInteger();
    AtomicInteger financialNot = new AtomicInteger();
    Property.forAll("decision results", 500, rnd -> {
      List<MemberPosition> positions = new ArrayList<>();
      int n = rnd.nextInt(6);
      for (int i = 0; i < n; i++) {
        positions.add(MemberPosition.of(PartnershipGen.pick(rnd, PartnershipGen.PEOPLE),
            rnd.nextInt(3) == 0 ? PartnershipGen.pick(rnd, List.of(Position.values()))
                : Position.ACCEPT));
      }
      boolean all = !positions.isEmpty()
          && positions.stream().allMatch(p -> p.position() == Position.ACCEPT);
      boolean consensus = positions.stream().anyMatch(p -> p.position() == Position.ACCEPT)
          && positions.stream().noneMatch(p -> p.position() == Position.OBJECT);
      DecisionResult financial = Decision.resultOf(DecisionKind.FINANCIAL, positions);
      assertEquals(all, financial == DecisionResult.ACCEPTED);
      (all ? financialAccepted : financialNot).incrementAndGet();
      for (DecisionKind kind : DecisionKind.values()) {
        if (kind != DecisionKind.FINANCIAL) {
          assertEquals(consensus, Decision.resultOf(kind, positions) == DecisionResult.ACCEPTED);
          if (all) {
            assertEquals(DecisionResult.ACCEPTED, Decision.resultOf(kind, positions));
          }
        }
      }
    });
    assertTrue(financialAccepted.get() > 20 && financialNot.get() > 20);
  }
}
