package pl.lsw.core.family.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.testing.Property;

class IndividualPlanPropertyTest {

  private static final List<ActingPerson> ACTORS = List.of(PlanFixture.MANAGER, PlanFixture.MEMBER,
      PlanFixture.NGO_REP, PlanFixture.OPS_REP,
      ActingPerson.of(PartnershipFixture.MAYOR, ActingRole.STEERING_COMMITTEE_CHAIR));
  private static final List<OrganisationId> PROVIDERS = List.of(PartnershipFixture.NGO,
      PartnershipFixture.OPS);

  @Test
  void the_ucus_rules_refuse_exactly_the_plans_past_their_boundaries() {
    Property.forAll("UCUS boundaries", rnd -> {
      PlanFixture f = new PlanFixture();
      int days = rnd.nextInt(41);
      int months = 1 + rnd.nextInt(6);
      LocalDate from = PlanFixture.TODAY.plusDays(rnd.nextInt(40) - 10);
      LocalDate latest = from.minusDays(1).plusMonths(12);
      LocalDate to = latest.plusDays(rnd.nextInt(3) - 1);
      PlanDraft draft = PlanFixture.ucusDraft().appliedOn(PlanFixture.TODAY.minusDays(days))
          .coordinationMonths(months).periodFrom(from).periodTo(to).build();

      Either<Refusal, Change<IndividualPlan>> outcome = f.service.prepare(PlanFixture.MANAGER, draft);

      Set<String> expected = new TreeSet<>();
      if (months < 3) {
        expected.add("PLAN-UCUS-COORDINATION");
      }
      if (days > 30) {
        expected.add("PLAN-UCUS-DEADLINE");
      }
      if (to.isAfter(latest)) {
        expected.add("PLAN-UCUS-DURATION");
      }
      Set<String> actual = outcome.fold(r -> new TreeSet<>(r.codes()), c -> new TreeSet<>());
      assertEquals(expected, actual, "days " + days + ", months " + months + ", " + from + ".." + to);
      assertEquals(outcome.isRight() ? 1 : 0, f.plans.findByFamily(PlanFixture.FAMILY).size());
    });
  }

  @Test
  void a_refused_command_changes_nothing_and_an_accepted_one_adds_one_revision_and_one_event() {
    int[] seen = new int[2];
    Property.forAll("plan commands", 100, rnd -> {
      PlanFixture f = new PlanFixture();
      PlanId id = f.prepared(PlanFixture.lswDraft().build());
      for (int step = 0; step < 25; step++) {
        IndividualPlan before = f.stored(id);
        int events = f.events.size();
        ActingPerson actor = ACTORS.get(rnd.nextInt(ACTORS.size()));
        Either<Refusal, Change<IndividualPlan>> outcome = randomCommand(f, id, before, actor, rnd);
        IndividualPlan after = f.stored(id);
        seen[outcome.isLeft() ? 0 : 1]++;
        if (outcome.isLeft()) {
          assertEquals(before, after, "refused: " + outcome.getLeft());
          assertEquals(events, f.events.size());
          assertTrue(!outcome.getLeft().reasons().isEmpty());
          continue;
        }
        assertEquals(before.version() + 1, after.version());
        assertEquals(outcome.get().state(), after);
        assertEquals(before.revisions().size() + 1, after.revisions().size());
        assertEquals(before.revisions(), after.revisions().subList(0, before.revisions().size()));
        Revision last = after.revisions().get(after.revisions().size() - 1);
        assertEquals(actor.reference(), last.actor());
        assertEquals(events + 1, f.events.size());
        assertEquals(last.kind(), ((IndividualPlanChanged) f.events.get(events)).change());
        assertTrue(after.lastItemNumber() >= before.lastItemNumber());
        assertTrue(after.items().isEmpty() || after.items().lastKey() <= after.lastItemNumber());
        assertTrue(before.status() != PlanStatus.CLOSED, "a closed plan accepted a change");
        assertTrue(f.service.check(id).get().isCompliant(), "a stored plan breaks a MUST rule");
      }
    });
    assertTrue(seen[0] > 100 && seen[1] > 100, "refused " + seen[0] + ", accepted " + seen[1]);
  }

  private static Either<Refusal, Change<IndividualPlan>> randomCommand(PlanFixture f, PlanId id,
      IndividualPlan plan, ActingPerson actor, Random rnd) {
    LocalDate day = PlanFixture.TODAY.plusDays(rnd.nextInt(200) - 5);
    int number = 1 + rnd.nextInt(Math.max(1, plan.lastItemNumber() + 1));
    switch (rnd.nextInt(8)) {
      case 0:
      case 1:
        return f.service.addItem(id, actor, item(rnd));
      case 2:
        return f.service.changeItem(id, actor, number, item(rnd));
      case 3:
        return f.service.removeItem(id, actor, number);
      case 4:
        return f.service.scheduleReview(id, actor, day);
      case 5:
        return f.service.recordReview(id, actor, PlanFixture.TODAY.minusDays(rnd.nextInt(3) - 1));
      case 6:
        return f.service.putInForce(id, actor);
      default:
        return rnd.nextInt(4) == 0 ? f.service.close(id, actor, day) : f.service.addItem(id, actor,
            item(rnd));
    }
  }

  private static PlanItem item(Random rnd) {
    LocalDate from = PlanFixture.TODAY.plusDays(rnd.nextInt(190) - 3);
    return PlanFixture.item(rnd.nextBoolean() ? PlanFixture.BANK : PlanFixture.BASKET,
        PROVIDERS.get(rnd.nextInt(PROVIDERS.size())), from, from.plusDays(rnd.nextInt(30)));
  }
}
