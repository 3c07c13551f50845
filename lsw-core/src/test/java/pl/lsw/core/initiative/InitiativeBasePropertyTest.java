package pl.lsw.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.testing.Property;

/**
 * Random sequences of commands by random people in random roles: the nesting Map ⊇ Bank ⊇
 * Action Base holds after every step (the aggregate's check would throw otherwise), a refused
 * command leaves the state exactly as it was, and every accepted one adds its revisions to the
 * history and nothing else is lost from it.
 */
class InitiativeBasePropertyTest {

  static final RuleEnvironment ENV =
      RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish());
  static final List<PersonId> PEOPLE = List.of(PartnershipFixture.MANAGER, PartnershipFixture.SPECIALIST,
      PartnershipFixture.NGO_WORKER, PartnershipFixture.NGO_HEAD, PartnershipFixture.MAYOR,
      PartnershipFixture.OPS_HEAD, PartnershipFixture.FORMER_WORKER, PartnershipFixture.STRANGER);

  @Test
  void the_nesting_holds_and_refusals_change_nothing() {
    Partnership p = PartnershipFixture.governed();
    Property.forAll("initiative base command sequences", 150, rnd -> {
      Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Warsaw"));
      InitiativeBase base = InitiativeBase.empty(p.id());
      List<MapEntryId> entries = new ArrayList<>();
      List<ActionId> actions = new ArrayList<>();
      for (int step = 0; step < 40; step++) {
        ActingPerson actor = ActingPerson.of(PEOPLE.get(rnd.nextInt(PEOPLE.size())),
            ActingRole.values()[rnd.nextInt(ActingRole.values().length)]);
        Either<Refusal, Change<InitiativeBase>> outcome = command(rnd, base, p, actor, entries,
            actions, clock);
        if (outcome.isLeft()) {
          assertTrue(!outcome.getLeft().reasons().isEmpty());
          continue;
        }
        InitiativeBase next = outcome.get().state();
        assertTrue(next.history().revisions().subList(0, base.history().revisions().size())
            .equals(base.history().revisions()), "history only grows");
        assertEquals(outcome.get().events().size(),
            next.history().revisions().size() - base.history().revisions().size());
        outcome.get().createdId().ifPresent(id -> {
          if (id instanceof MapEntryId e) {
            entries.add(e);
          } else {
            actions.add((ActionId) id);
          }
        });
        for (Action a : next.actions()) {
          assertTrue(next.isRecommended(a.entry()), "every action carries out a Bank entry");
        }
        for (Recommendation r : next.recommendations()) {
          assertTrue(next.entry(r.entry()).isPresent(), "every Bank entry is on the Map");
        }
        base = next;
      }
    });
  }

  private static Either<Refusal, Change<InitiativeBase>> command(Random rnd, InitiativeBase base,
      Partnership p, ActingPerson actor, List<MapEntryId> entries, List<ActionId> actions,
      Clock clock) {
    MapEntryId entry = entries.isEmpty() || rnd.nextInt(10) == 0
        ? MapEntryId.of(new UUID(1, rnd.nextInt(1000))) : entries.get(rnd.nextInt(entries.size()));
    ActionId action = actions.isEmpty() || rnd.nextInt(10) == 0
        ? ActionId.of(new UUID(2, rnd.nextInt(1000))) : actions.get(rnd.nextInt(actions.size()));
    LocalDate day = LocalDate.of(2026, 11, 1).plusDays(rnd.nextInt(40));
    switch (rnd.nextInt(8)) {
      case 0:
      case 1:
        MapEntryDraft draft = rnd.nextBoolean() ? InitiativeBaseServiceTest.complete()
            : InitiativeBaseServiceTest.bare();
        return base.addEntry(p, actor, MapEntryId.of(new UUID(3, rnd.nextLong())), draft, clock);
      case 2:
        return base.recommend(p, actor, entry, day, Optional.empty(), ENV, clock);
      case 3:
        return base.withdrawRecommendation(p, actor, entry, rnd.nextBoolean() ? "powód" : " ", clock);
      case 4:
        return base.startAction(p, actor, ActionId.of(new UUID(4, rnd.nextLong())), entry, "Działanie",
            PartnershipFixture.CONSORTIUM, ActionStatus.values()[rnd.nextInt(5)], day, clock);
      case 5:
        return base.changeActionStatus(p, actor, action, ActionStatus.values()[rnd.nextInt(5)], day,
            clock);
      case 6:
        return rnd.nextBoolean() ? base.removeAction(p, actor, action, clock)
            : base.removeEntry(p, actor, entry, clock);
      default:
        return base.recordVerificationRound(p, actor, day, List.of(entry), List.of(), List.of("ok"),
            Optional.empty(), clock);
    }
  }
}
