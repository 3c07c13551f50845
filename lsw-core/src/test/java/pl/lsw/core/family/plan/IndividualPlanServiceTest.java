package pl.lsw.core.family.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.family.plan.PlanFixture.BANK;
import static pl.lsw.core.family.plan.PlanFixture.BASKET;
import static pl.lsw.core.family.plan.PlanFixture.FAMILY;
import static pl.lsw.core.family.plan.PlanFixture.MANAGER;
import static pl.lsw.core.family.plan.PlanFixture.MEMBER;
import static pl.lsw.core.family.plan.PlanFixture.NGO_REP;
import static pl.lsw.core.family.plan.PlanFixture.OPS_REP;
import static pl.lsw.core.family.plan.PlanFixture.TODAY;
import static pl.lsw.core.family.plan.PlanFixture.item;
import static pl.lsw.core.family.plan.PlanFixture.lswDraft;
import static pl.lsw.core.family.plan.PlanFixture.ngoItem;
import static pl.lsw.core.family.plan.PlanFixture.ok;
import static pl.lsw.core.family.plan.PlanFixture.refused;
import static pl.lsw.core.family.plan.PlanFixture.ucusDraft;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.family.SupportedFamily;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.initiative.ReferralRule;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.rules.RuleReport;

class IndividualPlanServiceTest {

  private final PlanFixture f = new PlanFixture();

  // --- preparing ------------------------------------------------------------------------------

  @Test
  void the_task_team_manager_prepares_a_draft_plan_with_its_first_revision_and_event() {
    Change<IndividualPlan> change = ok(f.service.prepare(MANAGER,
        lswDraft().addItems(ngoItem()).build()));

    PlanId id = change.createdId(PlanId.class);
    IndividualPlan plan = f.stored(id);
    assertEquals(1, plan.version());
    assertEquals(PlanStatus.DRAFT, plan.status());
    assertEquals(PartnershipFixture.ID, plan.partnership());
    assertEquals(Set.of(1), plan.items().keySet());
    Revision first = plan.history().revisions().get(0);
    assertEquals("PLAN_PREPARED", first.kind());
    assertEquals(MANAGER.reference(), first.actor());
    assertEquals("plan:" + id, first.subject());
    assertEquals(Optional.of("LSW_PLAN"), first.change("kind").get().to());
    assertTrue(first.change("kind").get().from().isEmpty());
    assertEquals(Optional.of(BASKET.text()), first.change("items.1.source").get().to());
    assertEquals(1, f.events.size());
    assertEquals("PLAN_PREPARED", ((IndividualPlanChanged) f.events.get(0)).change());
    assertEquals(List.of(plan), f.service.plansOf(FAMILY));
  }

  @Test
  void a_refused_preparation_lists_every_reason_at_once_and_stores_nothing() {
    ActingPerson chair = ActingPerson.of(PartnershipFixture.MAYOR, ActingRole.STEERING_COMMITTEE_CHAIR);
    PlanDraft draft = ucusDraft().coordinationMonths(0).preparedOn(LocalDate.of(2026, 3, 5))
        .addItems(item(BANK, PartnershipFixture.NGO, LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 4, 1))).build();

    Refusal refusal = refused(f.service.prepare(chair, draft));

    assertEquals(List.of("PLAN_ACCESS_DENIED", "PLAN_COORDINATION_NOT_POSITIVE",
        "PLAN_ITEM_OUTSIDE_PERIOD", "PLAN-UCUS-COORDINATION", "PLAN-UCUS-DEADLINE"), refusal.codes());
    assertTrue(f.plans.findByFamily(FAMILY).isEmpty());
    assertTrue(f.events.isEmpty());
    for (var reason : refusal.reasons()) {
      assertFalse(reason.message(Messages.POLISH).isBlank());
      assertFalse(reason.message(Locale.ENGLISH).contains("{"), reason.message(Locale.ENGLISH));
      assertFalse(reason.message(Messages.POLISH).contains("{"), reason.message(Messages.POLISH));
    }
  }

  @Test
  void a_period_that_ends_before_it_starts_and_another_family_are_refused() {
    Refusal refusal = refused(f.service.prepare(MANAGER, lswDraft()
        .periodTo(LocalDate.of(2026, 3, 1)).build()));
    assertEquals(List.of("PLAN_PERIOD_ORDER"), refusal.codes());

    f.families.save(PlanFixture.family().reference(FamilyReference.of("R-005")).build());
    Refusal other = refused(f.service.prepare(MANAGER, lswDraft().family(FamilyReference.of("R-006"))
        .build()));
    assertEquals(List.of("FAMILY_UNKNOWN"), other.codes());
  }

  // --- UCUS rules at their boundaries -----------------------------------------------------------

  @Test
  void a_ucus_plan_needs_coordination_for_at_least_three_months() {
    assertTrue(f.service.prepare(MANAGER, ucusDraft().coordinationMonths(3).build()).isRight());
    Refusal two = refused(f.service.prepare(MANAGER, ucusDraft().coordinationMonths(2).build()));
    assertEquals(List.of("PLAN-UCUS-COORDINATION"), two.codes());
    assertTrue(two.reasons().get(0).message(Locale.ENGLISH).contains("2 months"),
        two.reasons().get(0).message(Locale.ENGLISH));
    assertTrue(two.reasons().get(0).message(Messages.POLISH).contains("2 miesiące"),
        two.reasons().get(0).message(Messages.POLISH));
    Refusal none = refused(f.service.prepare(MANAGER, ucusDraft()
        .coordinationMonths(Optional.empty()).build()));
    assertEquals(List.of("PLAN-UCUS-COORDINATION"), none.codes());
    assertTrue(none.reasons().get(0).message(Locale.ENGLISH).contains("not stated"));
  }

  @Test
  void a_ucus_plan_prepared_on_day_30_after_the_application_passes_and_on_day_31_fails() {
    LocalDate applied = LocalDate.of(2026, 1, 31);
    assertTrue(f.service.prepare(MANAGER, ucusDraft().appliedOn(applied)
        .preparedOn(applied.plusDays(30)).build()).isRight());
    Refusal late = refused(f.service.prepare(MANAGER, ucusDraft().appliedOn(applied)
        .preparedOn(applied.plusDays(31)).build()));
    assertEquals(List.of("PLAN-UCUS-DEADLINE"), late.codes());
    assertTrue(late.reasons().get(0).message(Locale.ENGLISH).contains("31 days"),
        late.reasons().get(0).message(Locale.ENGLISH));

    assertEquals(List.of("PLAN-UCUS-DEADLINE"), refused(f.service.prepare(MANAGER, ucusDraft()
        .appliedOn(Optional.empty()).build())).codes());
    assertEquals(List.of("PLAN-UCUS-DEADLINE"), refused(f.service.prepare(MANAGER, ucusDraft()
        .appliedOn(TODAY.plusDays(1)).build())).codes());
  }

  @Test
  void a_ucus_plan_lasts_a_year_with_both_ends_inclusive_and_not_a_day_more() {
    assertTrue(f.service.prepare(MANAGER, ucusDraft().periodFrom(LocalDate.of(2026, 3, 1))
        .periodTo(LocalDate.of(2027, 2, 28)).build()).isRight());
    Refusal longer = refused(f.service.prepare(MANAGER, ucusDraft()
        .periodFrom(LocalDate.of(2026, 3, 1)).periodTo(LocalDate.of(2027, 3, 1)).build()));
    assertEquals(List.of("PLAN-UCUS-DURATION"), longer.codes());

    assertEquals(LocalDate.of(2029, 2, 28), PlanRules.latestLastDay(LocalDate.of(2028, 2, 29), 12));
    assertEquals(LocalDate.of(2027, 1, 30), PlanRules.latestLastDay(LocalDate.of(2026, 1, 31), 12));
    assertEquals(LocalDate.of(2026, 12, 31), PlanRules.latestLastDay(LocalDate.of(2026, 1, 1), 12));
  }

  @Test
  void an_lsw_plan_is_not_held_to_the_ucus_rules() {
    assertTrue(f.service.prepare(MANAGER, lswDraft().periodTo(LocalDate.of(2028, 12, 31))
        .build()).isRight());
  }

  @Test
  void the_ucus_numbers_are_parameters_a_caller_can_change_from_a_date() {
    PlanFixture shorter = new PlanFixture();
    var env = pl.lsw.core.rules.RuleEnvironment.of(pl.lsw.core.StandardRules.parameters()
        .with(PlanRules.DEADLINE_DAYS, LocalDate.of(2026, 1, 1), 14),
        pl.lsw.core.kernel.WorkingDayCalendar.polish());
    IndividualPlan plan = IndividualPlan.builder().id(PlanId.of(new UUID(1, 1))).family(FAMILY)
        .partnership(PartnershipFixture.ID).kind(PlanKind.UCUS_PLAN)
        .appliedOn(LocalDate.of(2026, 2, 1)).preparedOn(LocalDate.of(2026, 2, 16))
        .coordinationMonths(3).periodFrom(LocalDate.of(2026, 3, 1))
        .periodTo(LocalDate.of(2026, 12, 31)).build();
    RuleReport report = plan.check(shorter.families.find(FAMILY).get(), PlanSourceLookup.none(),
        TODAY, env);
    assertEquals(List.of(RuleCode.of("PLAN-UCUS-DEADLINE")),
        report.violations().stream().map(Finding::code).toList());
    RuleReport defaults = plan.check(shorter.families.find(FAMILY).get(), PlanSourceLookup.none(),
        TODAY, pl.lsw.core.rules.RuleEnvironment.of(pl.lsw.core.StandardRules.parameters(),
            pl.lsw.core.kernel.WorkingDayCalendar.polish()));
    assertTrue(defaults.isCompliant(), defaults.toString());
  }

  // --- access conditions and consent --------------------------------------------------------

  @Test
  void an_item_whose_conditions_the_family_does_not_meet_is_reported_per_condition_not_refused() {
    f.conditions.put(BANK, AccessConditions.builder().minAge(18)
        .targetGroups(Set.of(TargetGroup.SENIORS)).territory(Set.of(TerytCode.of("3201033")))
        .referral(ReferralRule.REFERRAL_REQUIRED).languages(Set.of("pl", "uk")).build());
    PlanId id = f.prepared(lswDraft().addItems(item(BANK, PartnershipFixture.NGO,
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 31))).build());

    RuleReport report = f.service.check(id).get();

    assertTrue(report.isCompliant(), "SHOULD findings do not make a plan non-compliant");
    List<Finding> warnings = report.warnings();
    assertEquals(List.of("items.1.age", "items.1.targetGroups", "items.1.unit", "items.1.referralHeld"),
        warnings.stream().map(Finding::path).toList());
    assertTrue(warnings.stream().allMatch(w -> w.code().equals(RuleCode.of("PLAN-ACCESS"))));
    String english = warnings.get(0).message(Locale.ENGLISH);
    String polish = warnings.get(0).message(Messages.POLISH);
    assertTrue(english.contains("Item 1") && english.contains("18"), english);
    assertTrue(polish.contains("Pozycja 1") && polish.contains("18"), polish);
    assertFalse(english.contains("ACCESS_AGE_BELOW"), english);
  }

  @Test
  void a_family_without_consent_in_force_gets_no_plan_and_a_withdrawn_consent_leaves_only_closing() {
    f.families.save(PlanFixture.family().reference(FamilyReference.of("R-010"))
        .consentGivenOn(TODAY.plusDays(1)).build());
    Refusal noConsent = refused(f.service.prepare(MANAGER, lswDraft()
        .family(FamilyReference.of("R-010")).build()));
    assertEquals(List.of("PLAN-CONSENT"), noConsent.codes());

    PlanId id = f.prepared(lswDraft().build());
    ok(f.service.putInForce(id, MANAGER));
    ok(f.service.withdrawConsent(FAMILY, MANAGER, TODAY));

    assertFalse(f.families.find(FAMILY).get().consentInForceOn(TODAY), "withdrawn today: not in force today");
    assertTrue(f.families.find(FAMILY).get().consentInForceOn(TODAY.minusDays(1)));
    assertEquals(List.of("PLAN-CONSENT"), refused(f.service.addItem(id, MANAGER, ngoItem())).codes());
    assertEquals(List.of(RuleCode.of("PLAN-CONSENT")), f.service.check(id).get().violations()
        .stream().map(Finding::code).toList());
    IndividualPlan closed = ok(f.service.close(id, MANAGER, TODAY)).state();
    assertEquals(PlanStatus.CLOSED, closed.status());
    assertTrue(f.service.check(id).get().isCompliant());
  }

  @Test
  void a_consent_withdrawn_before_it_was_given_is_refused() {
    Refusal refusal = refused(f.service.withdrawConsent(FAMILY, MANAGER, LocalDate.of(2026, 1, 19)));
    assertEquals(List.of("FAMILY_CONSENT_ORDER"), refusal.codes());
    assertEquals(List.of("FAMILY_UNKNOWN"), refused(f.service.withdrawConsent(FamilyReference.of("X-1"),
        MANAGER, TODAY)).codes());
  }

  // --- items, reviews, status ---------------------------------------------------------------

  @Test
  void items_are_added_changed_and_removed_with_a_revision_each_and_numbers_never_reused() {
    PlanId id = f.prepared(lswDraft().build());
    ok(f.service.addItem(id, MEMBER, ngoItem()));
    ok(f.service.addItem(id, MEMBER, item(BANK, PartnershipFixture.OPS, LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 4, 30))));
    PlanItem longer = PlanItem.builder().from(ngoItem()).endsOn(LocalDate.of(2026, 7, 31))
        .note("dwa razy w tygodniu").build();
    ok(f.service.changeItem(id, MEMBER, 1, longer));
    ok(f.service.removeItem(id, MEMBER, 2));
    IndividualPlan plan = ok(f.service.addItem(id, MEMBER, ngoItem())).state();

    assertEquals(Set.of(1, 3), plan.items().keySet());
    assertEquals(longer, plan.item(1).get());
    assertEquals(List.of("PLAN_PREPARED", "PLAN_ITEM_ADDED", "PLAN_ITEM_ADDED", "PLAN_ITEM_CHANGED",
        "PLAN_ITEM_REMOVED", "PLAN_ITEM_ADDED"),
        plan.history().revisions().stream().map(Revision::kind).toList());
    Revision changed = plan.history().revisions().get(3);
    assertEquals(MEMBER.reference(), changed.actor());
    assertEquals(Optional.of("2026-06-30"), changed.change("items.1.endsOn").get().from());
    assertEquals(Optional.of("2026-07-31"), changed.change("items.1.endsOn").get().to());
    assertEquals(Optional.of("dwa razy w tygodniu"), changed.change("items.1.note").get().to());
    Revision removed = plan.history().revisions().get(4);
    assertEquals(Optional.of(BANK.text()), removed.change("items.2.source").get().from());
    assertTrue(removed.change("items.2.source").get().to().isEmpty());
    assertEquals(6, plan.version());
    assertEquals(6, f.events.size());
    assertEquals(plan.history(), f.service.history(id).get());
  }

  @Test
  void an_unknown_item_and_an_item_outside_the_period_are_refused_together() {
    PlanId id = f.prepared(lswDraft().build());
    Refusal refusal = refused(f.service.changeItem(id, MANAGER, 7, item(BASKET,
        PartnershipFixture.NGO, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1))));
    assertEquals(List.of("PLAN_ITEM_UNKNOWN", "PLAN_ITEM_OUTSIDE_PERIOD"), refusal.codes());
    assertEquals(List.of("PLAN_ITEM_UNKNOWN"), refused(f.service.removeItem(id, MANAGER, 7)).codes());
    assertEquals(1, f.stored(id).version(), "a refused command changes nothing");
  }

  @Test
  void an_item_naming_another_provider_than_its_source_has_is_refused() {
    f.providers.put(BASKET, PartnershipFixture.NGO);
    PlanId id = f.prepared(lswDraft().build());
    Refusal refusal = refused(f.service.addItem(id, MANAGER, item(BASKET, PartnershipFixture.OPS,
        LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20))));
    assertEquals(List.of("PLAN_ITEM_PROVIDER"), refusal.codes());
    assertEquals("items.1.provider", refusal.reasons().get(0).path());
    assertTrue(f.service.addItem(id, MANAGER, ngoItem()).isRight());
  }

  @Test
  void reviews_are_planned_and_recorded_once_within_the_plan_and_never_in_the_future() {
    PlanId id = f.prepared(lswDraft().build());
    ok(f.service.scheduleReview(id, MANAGER, LocalDate.of(2026, 5, 4)));
    assertEquals(List.of("PLAN_REVIEW_PLANNED_TWICE"),
        refused(f.service.scheduleReview(id, MANAGER, LocalDate.of(2026, 5, 4))).codes());
    assertEquals(List.of("PLAN_REVIEW_OUTSIDE"),
        refused(f.service.scheduleReview(id, MANAGER, LocalDate.of(2026, 9, 1))).codes());
    assertEquals(List.of("PLAN_REVIEW_IN_FUTURE"),
        refused(f.service.recordReview(id, MANAGER, TODAY.plusDays(1))).codes());
    IndividualPlan plan = ok(f.service.recordReview(id, MANAGER, TODAY)).state();
    assertEquals(List.of("PLAN_REVIEW_HELD_TWICE"),
        refused(f.service.recordReview(id, MANAGER, TODAY)).codes());
    assertEquals(Set.of(LocalDate.of(2026, 5, 4)), plan.plannedReviews());
    assertEquals(Set.of(TODAY), plan.heldReviews());
    assertEquals(Optional.of("2026-03-02"),
        plan.history().revisions().get(2).change("heldReviews").get().to());
  }

  @Test
  void a_plan_goes_from_draft_to_in_force_to_closed_and_a_closed_plan_changes_no_more() {
    PlanId id = f.prepared(lswDraft().build());
    assertEquals(PlanStatus.IN_FORCE, ok(f.service.putInForce(id, MANAGER)).state().status());
    assertEquals(List.of("PLAN_NOT_DRAFT"), refused(f.service.putInForce(id, MANAGER)).codes());
    assertEquals(List.of("PLAN_CLOSED_BEFORE_PREPARATION"),
        refused(f.service.close(id, MANAGER, TODAY.minusDays(1))).codes());
    IndividualPlan closed = ok(f.service.close(id, MANAGER, TODAY)).state();
    assertEquals(Optional.of(TODAY), closed.closedOn());
    assertEquals(List.of("PLAN_IS_CLOSED"), refused(f.service.addItem(id, MANAGER, ngoItem())).codes());
    assertEquals(List.of("PLAN_IS_CLOSED"), refused(f.service.close(id, MANAGER, TODAY)).codes());
    assertEquals(List.of("PLAN_IS_CLOSED"),
        refused(f.service.scheduleReview(id, MANAGER, TODAY)).codes());
    assertEquals(List.of("PLAN_NOT_DRAFT"), refused(f.service.putInForce(id, MANAGER)).codes());
  }

  @Test
  void an_unknown_plan_is_refused() {
    PlanId unknown = PlanId.of(new UUID(9, 9));
    assertEquals(List.of("PLAN_UNKNOWN"), refused(f.service.addItem(unknown, MANAGER, ngoItem())).codes());
    assertEquals(List.of("PLAN_UNKNOWN"), f.service.check(unknown).getLeft().codes());
    assertEquals(List.of("PLAN_UNKNOWN"), f.service.history(unknown).getLeft().codes());
  }

  // --- who may ----------------------------------------------------------------------------------

  @Test
  void a_partner_representative_may_change_only_plans_their_organisation_provides_for() {
    PlanId id = f.prepared(lswDraft().build());
    Refusal notYet = refused(f.service.scheduleReview(id, NGO_REP, LocalDate.of(2026, 4, 1)));
    assertEquals(List.of("PLAN_ACCESS_DENIED"), notYet.codes());
    assertTrue(notYet.reasons().get(0).message(Locale.ENGLISH).contains("may change only plans"));

    ok(f.service.addItem(id, NGO_REP, ngoItem()));
    ok(f.service.scheduleReview(id, NGO_REP, LocalDate.of(2026, 4, 1)));
    assertEquals(List.of("PLAN_ACCESS_DENIED"),
        refused(f.service.scheduleReview(id, OPS_REP, LocalDate.of(2026, 4, 2))).codes());
    assertTrue(f.service.prepare(OPS_REP, lswDraft().addItems(item(BANK, PartnershipFixture.OPS,
        TODAY, TODAY.plusDays(10))).build()).isRight());
  }

  @Test
  void people_outside_the_partnership_in_roles_they_do_not_hold_or_of_a_former_member_are_refused() {
    PlanId id = f.prepared(lswDraft().build());
    List<ActingPerson> refusedActors = List.of(
        ActingPerson.of(PartnershipFixture.STRANGER, ActingRole.TASK_TEAM_MANAGER),
        ActingPerson.of(PartnershipFixture.FORMER_WORKER, ActingRole.PARTNER_REPRESENTATIVE),
        ActingPerson.of(PartnershipFixture.OPS_HEAD, ActingRole.TASK_TEAM_MANAGER),
        ActingPerson.of(PartnershipFixture.MAYOR, ActingRole.STEERING_COMMITTEE_CHAIR));
    List<String> keys = List.of("is not registered", "not an active member",
        "does not hold the role", "are not prepared or changed in the role");
    for (int i = 0; i < refusedActors.size(); i++) {
      String expected = keys.get(i);
      Refusal refusal = refused(f.service.scheduleReview(id, refusedActors.get(i), TODAY));
      assertTrue(refusal.has("PLAN_ACCESS_DENIED"), refusal.toString());
      assertTrue(refusal.reasons().stream().anyMatch(r -> r.message(Locale.ENGLISH).contains(expected)),
          refusal.toString());
    }
    assertEquals(1, f.stored(id).version());
    Refusal nobody = refused(f.service.recordFamily(
        ActingPerson.of(PartnershipFixture.NGO_HEAD, ActingRole.PARTNER_REPRESENTATIVE),
        PlanFixture.family().reference(FamilyReference.of("R-099")).build()));
    assertEquals(List.of("PLAN_ACCESS_DENIED"), nobody.codes());
  }

  @Test
  void a_family_is_recorded_and_updated_by_the_team() {
    SupportedFamily recorded = ok(f.service.recordFamily(MEMBER, PlanFixture.family()
        .reference(FamilyReference.of("R-020")).build())).state();
    assertEquals(1, recorded.version());
    SupportedFamily older = ok(f.service.recordFamily(MEMBER, recorded.withAge(13))).state();
    assertEquals(Optional.of(13), older.age());
    assertEquals(2, f.service.families(PartnershipFixture.ID).size());
    assertEquals(Optional.of(older), f.service.family(FamilyReference.of("R-020")));
  }

  // --- the remaining reasons --------------------------------------------------------------------

  @Test
  void a_draft_for_another_family_than_the_context_s_is_refused_by_the_plan() {
    PlanContext ctx = new PlanContext(MANAGER, PlanFixture.NOW, TODAY,
        PlanFixture.family().reference(FamilyReference.of("R-777")).build(),
        PlanSourceLookup.none(), pl.lsw.core.rules.RuleEnvironment.of(
            pl.lsw.core.StandardRules.parameters(), pl.lsw.core.kernel.WorkingDayCalendar.polish()));
    Refusal refusal = refused(IndividualPlan.prepare(PlanId.of(new UUID(5, 5)), lswDraft().build(), ctx));
    assertEquals(List.of("PLAN_FAMILY_MISMATCH"), refusal.codes());
  }

  @Test
  void a_family_of_an_unknown_partnership_is_refused_with_every_other_reason() {
    f.families.save(PlanFixture.family().reference(FamilyReference.of("R-030"))
        .partnership(pl.lsw.core.partnership.PartnershipId.of(new UUID(4, 4))).build());
    Refusal refusal = refused(f.service.prepare(MANAGER, lswDraft().family(FamilyReference.of("R-030"))
        .periodTo(LocalDate.of(2026, 3, 1)).build()));
    assertEquals(List.of("PARTNERSHIP_UNKNOWN", "PLAN_PERIOD_ORDER"), refusal.codes());
  }

  @Test
  void a_rule_that_cannot_be_checked_refuses_the_command_naming_the_rule() {
    IndividualPlanService noParameters = new IndividualPlanService(f.plans, f.families,
        f.partnerships, PlanSourceLookup.none(), java.time.Clock.fixed(PlanFixture.NOW,
            java.time.ZoneOffset.UTC), () -> new UUID(6, 6), e -> { },
        pl.lsw.core.rules.RuleEnvironment.of(pl.lsw.core.rules.ParameterSet.empty(),
            pl.lsw.core.kernel.WorkingDayCalendar.polish()), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
    Refusal refusal = refused(noParameters.prepare(MANAGER, ucusDraft().build()));
    assertEquals(List.of("PLAN-UCUS-COORDINATION", "PLAN-UCUS-DEADLINE", "PLAN-UCUS-DURATION"),
        refusal.codes());
    assertTrue(refusal.reasons().get(0).message(Locale.ENGLISH).contains("could not be checked"),
        refusal.reasons().get(0).message(Locale.ENGLISH));
    assertTrue(noParameters.prepare(MANAGER, lswDraft().build()).isRight(),
        "an LSW plan reads no UCUS parameter");
  }
}
