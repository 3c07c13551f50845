package pl.lsw.core.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.basket.BasketSamples.CAMP;
import static pl.lsw.core.basket.BasketSamples.COUNSELLING;
import static pl.lsw.core.basket.BasketSamples.DAY_CARE;
import static pl.lsw.core.basket.BasketSamples.MEETING;
import static pl.lsw.core.basket.BasketSamples.T0;
import static pl.lsw.core.basket.BasketSamples.full;
import static pl.lsw.core.basket.BasketSamples.manager;
import static pl.lsw.core.basket.BasketSamples.minimal;
import static pl.lsw.core.basket.BasketSamples.ngoRep;
import static pl.lsw.core.basket.BasketSamples.ok;
import static pl.lsw.core.partnership.PartnershipFixture.as;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.MeetingId;

class ServiceBasketTest {

  private final Partnership p = BasketSamples.partnership();
  private final ServiceBasket empty = ServiceBasket.empty(PartnershipFixture.ID);

  private static List<String> refused(Either<Refusal, Change<ServiceBasket>> r) {
    assertTrue(r.isLeft(), "expected a refusal");
    for (var reason : r.getLeft().reasons()) {
      assertFalse(reason.message(Locale.forLanguageTag("pl")).contains("{"), reason.code());
      assertFalse(reason.message(Locale.ENGLISH).contains("{"), reason.code());
    }
    return r.getLeft().codes();
  }

  @Test
  void a_partner_adds_its_own_service_with_an_added_revision_and_an_event() {
    Change<ServiceBasket> c = empty.addService(ngoRep(), p, COUNSELLING,
        full(PartnershipFixture.NGO), T0).get();

    assertEquals(COUNSELLING, c.createdId(BasketServiceId.class));
    assertEquals(1, c.state().services().size());
    assertEquals(0, c.state().version());
    BasketChanged e = c.events(BasketChanged.class).get(0);
    assertEquals(BasketRevisionKind.ADDED, e.kind());
    assertEquals("BasketServiceAdded", e.type());
    assertEquals(Optional.of(COUNSELLING), e.service());
    Revision r = c.state().historyOf(COUNSELLING).get(0);
    assertEquals("ADDED", r.kind());
    assertEquals(ngoRep().reference(), r.actor());
    assertEquals("basket-service:" + COUNSELLING, r.subject());
    assertEquals(FieldChange.of("name", null, "Poradnictwo rodzinne"), r.change("name").get());
    assertEquals(FieldChange.of("access.fee", null, "20.50"), r.change("access.fee").get());
  }

  @Test
  void a_change_records_every_field_from_and_to() {
    ServiceBasket one = BasketSamples.oneService();

    ServiceBasket changed = ok(one.changeService(ngoRep(), p, COUNSELLING,
        full(PartnershipFixture.NGO).withName("Mediacje rodzinne").withCapacity(Optional.empty())
            .withLanguages("pl"), T0.plusSeconds(5)));

    Revision r = changed.historyOf(COUNSELLING).get(1);
    assertEquals("CHANGED", r.kind());
    assertEquals(List.of(
        FieldChange.of("name", "Poradnictwo rodzinne", "Mediacje rodzinne"),
        FieldChange.of("access.languages", "pl, uk", "pl"),
        FieldChange.of("access.capacity", "12", null)), r.changes());
    assertEquals("Mediacje rodzinne", changed.service(COUNSELLING).get().name());
  }

  @Test
  void a_change_that_changes_nothing_is_refused() {
    assertEquals(List.of("SERVICE_UNCHANGED"), refused(BasketSamples.oneService()
        .changeService(ngoRep(), p, COUNSELLING, full(PartnershipFixture.NGO), T0)));
  }

  @Test
  void a_person_outside_the_partnership_is_refused_with_every_reason_and_nothing_changes() {
    ServiceBasket one = BasketSamples.oneService();
    Either<Refusal, Change<ServiceBasket>> r = one.addService(
        as(PartnershipFixture.STRANGER, ActingRole.TASK_TEAM_MANAGER), p, COUNSELLING,
        BasketServiceDraft.builder().provider(PartnershipFixture.OUTSIDER).build(), T0);

    assertEquals(List.of("NAME_EMPTY", "FIELDS_EMPTY", "CONTACTS_EMPTY", "SINCE_MISSING",
        "LAST_VERIFIED_MISSING", "SERVICE_EXISTS", "ACTOR_UNKNOWN", "PROVIDER_NOT_MEMBER"),
        refused(r));
    assertEquals("service.name", r.getLeft().reasons("NAME_EMPTY").get(0).path());
    assertEquals(1, one.services().size());
    assertEquals(1, one.history().revisions().size());
  }

  @Test
  void a_partners_person_may_not_edit_another_partners_service_nor_claim_a_role_not_held() {
    Either<Refusal, Change<ServiceBasket>> r = empty.addService(
        as(PartnershipFixture.NGO_HEAD, ActingRole.TASK_TEAM_MEMBER), p, COUNSELLING,
        full(PartnershipFixture.OPS), T0);

    assertEquals(List.of("ACTOR_ROLE_NOT_HELD"), refused(r));

    assertEquals(List.of("ACTOR_NOT_PROVIDER"), refused(empty.addService(ngoRep(), p,
        COUNSELLING, full(PartnershipFixture.OPS), T0)));
  }

  @Test
  void a_person_of_an_ended_membership_and_a_provider_that_left_are_refused() {
    Either<Refusal, Change<ServiceBasket>> r = empty.addService(
        as(PartnershipFixture.FORMER_WORKER, ActingRole.PARTNER_REPRESENTATIVE), p, COUNSELLING,
        full(PartnershipFixture.FORMER), T0);

    assertEquals(List.of("ACTOR_NOT_ACTIVE_MEMBER", "PROVIDER_NOT_MEMBER"), refused(r));
  }

  @Test
  void the_task_team_and_the_partner_cooperation_team_edit_any_partners_services() {
    ServiceBasket b = ok(empty.addService(manager(), p, COUNSELLING, full(PartnershipFixture.NGO), T0));
    b = ok(b.changeService(as(PartnershipFixture.NGO_WORKER, ActingRole.TASK_TEAM_MEMBER), p,
        COUNSELLING, full(PartnershipFixture.NGO).withName("Inna nazwa"), T0));
    b = ok(b.verifyService(as(PartnershipFixture.OPS_HEAD, ActingRole.PARTNER_COOPERATION_TEAM_MEMBER),
        p, COUNSELLING, LocalDate.of(2026, 3, 1), T0));
    assertEquals(LocalDate.of(2026, 3, 1), b.service(COUNSELLING).get().lastVerifiedOn());
  }

  @Test
  void moving_a_service_to_another_provider_needs_access_to_both() {
    assertEquals(List.of("ACTOR_NOT_PROVIDER"), refused(BasketSamples.oneService().changeService(
        ngoRep(), p, COUNSELLING, full(PartnershipFixture.OPS), T0)));
  }

  @Test
  void an_unknown_service_is_refused() {
    BasketServiceId unknown = BasketServiceId.of(PartnershipFixture.uuid(999));
    assertEquals(List.of("SERVICE_UNKNOWN"), refused(empty.changeService(ngoRep(), p, unknown,
        full(PartnershipFixture.NGO), T0)));
    assertEquals(List.of("SERVICE_UNKNOWN"), refused(empty.withdrawService(ngoRep(), p, unknown,
        LocalDate.of(2026, 3, 1), T0)));
    assertEquals(List.of("SERVICE_UNKNOWN"), refused(empty.verifyService(ngoRep(), p, unknown,
        LocalDate.of(2026, 3, 1), T0)));
  }

  @Test
  void a_withdrawn_service_leaves_the_basket_from_that_day_and_cannot_be_changed() {
    ServiceBasket b = ok(BasketSamples.oneService().withdrawService(ngoRep(), p, COUNSELLING,
        LocalDate.of(2026, 3, 1), T0.plusSeconds(1)));

    assertEquals(1, b.inForceOn(LocalDate.of(2026, 2, 28)).size());
    assertTrue(b.inForceOn(LocalDate.of(2026, 3, 1)).isEmpty());
    Revision r = b.historyOf(COUNSELLING).get(1);
    assertEquals("WITHDRAWN", r.kind());
    assertEquals(List.of(FieldChange.of("withdrawnOn", null, "2026-03-01")), r.changes());
    assertEquals(List.of("SERVICE_WITHDRAWN"), refused(b.changeService(ngoRep(), p, COUNSELLING,
        full(PartnershipFixture.NGO).withName("Nowa"), T0)));
    assertEquals(List.of("SERVICE_WITHDRAWN"), refused(b.withdrawService(ngoRep(), p,
        COUNSELLING, LocalDate.of(2026, 4, 1), T0)));
  }

  @Test
  void a_verification_records_the_day_and_may_not_go_back() {
    ServiceBasket b = ok(BasketSamples.oneService().verifyService(ngoRep(), p, COUNSELLING,
        LocalDate.of(2026, 3, 2), T0.plusSeconds(1)));

    Revision r = b.historyOf(COUNSELLING).get(1);
    assertEquals("VERIFIED", r.kind());
    assertEquals(List.of(FieldChange.of("lastVerifiedOn", "2026-02-01", "2026-03-02")), r.changes());
    assertEquals(List.of("VERIFIED_BEFORE_LAST", "ACTOR_NOT_PROVIDER"), refused(b.verifyService(
        as(PartnershipFixture.OPS_HEAD, ActingRole.PARTNER_REPRESENTATIVE), p, COUNSELLING,
        LocalDate.of(2026, 3, 1), T0)));
  }

  @Test
  void the_basket_is_agreed_at_a_recorded_meeting_with_the_services_in_force() {
    ServiceBasket b = ok(BasketSamples.oneService().agree(manager(), p, MEETING,
        LocalDate.of(2026, 2, 20), T0.plusSeconds(1)));

    BasketAgreement a = b.lastAgreement().get();
    assertEquals(MEETING, a.meeting());
    assertEquals(List.of(COUNSELLING), a.services());
    assertTrue(b.notYetAgreed(LocalDate.of(2026, 3, 1)).isEmpty());
    Revision r = b.history().of(ServiceBasket.subject(PartnershipFixture.ID)).get(0);
    assertEquals("AGREED", r.kind());
    assertEquals(Optional.of(COUNSELLING.toString()), r.change("services").get().to());
  }

  @Test
  void an_agreement_is_refused_with_every_reason() {
    MeetingId unknown = MeetingId.of(PartnershipFixture.uuid(998));
    assertEquals(List.of("ACTOR_ROLE_NOT_ALLOWED", "MEETING_UNKNOWN", "NOTHING_TO_AGREE"),
        refused(empty.agree(ngoRep(), p, unknown, LocalDate.of(2026, 3, 1), T0)));
    assertEquals(List.of("AGREED_BEFORE_MEETING"), refused(BasketSamples.oneService().agree(
        PartnershipFixture.chair(), p, MEETING, LocalDate.of(2026, 2, 19), T0)));
    assertEquals(List.of("ACTOR_UNKNOWN", "ACTOR_ROLE_NOT_ALLOWED"), refused(
        BasketSamples.oneService().agree(as(PartnershipFixture.STRANGER,
            ActingRole.STEERING_COMMITTEE_MEMBER), p, MEETING, LocalDate.of(2026, 2, 20), T0)));
  }

  @Test
  void services_added_or_changed_after_the_agreement_are_not_yet_agreed_but_verified_ones_are() {
    ServiceBasket b = BasketSamples.everything();
    LocalDate day = LocalDate.of(2026, 2, 28);
    assertEquals(List.of(CAMP), b.notYetAgreed(day).stream().map(BasketService::id).toList());
    assertTrue(b.notYetAgreed(LocalDate.of(2026, 3, 1)).isEmpty());
    assertEquals(List.of(COUNSELLING, DAY_CARE, CAMP),
        b.inForceOn(day).stream().map(BasketService::id).toList());
    // CAMP is added after the agreement, but withdrawn from 1 March
    assertEquals(List.of(COUNSELLING, DAY_CARE),
        b.inForceOn(LocalDate.of(2026, 3, 1)).stream().map(BasketService::id).toList());

    ServiceBasket verified = ok(b.verifyService(ngoRep(), p, COUNSELLING, LocalDate.of(2026, 3, 3), T0.plusSeconds(900)));
    assertTrue(verified.notYetAgreed(LocalDate.of(2026, 3, 3)).isEmpty());
    ServiceBasket changed = ok(verified.changeService(manager(), p, DAY_CARE,
        minimal(PartnershipFixture.OPS, "Świetlica środowiskowa"), T0.plusSeconds(960)));
    assertEquals(List.of(DAY_CARE), changed.notYetAgreed(LocalDate.of(2026, 3, 3)).stream()
        .map(BasketService::id).toList());
  }

  @Test
  void history_is_answered_per_service_and_per_period() {
    ServiceBasket b = BasketSamples.everything();

    assertEquals(List.of("ADDED", "CHANGED", "VERIFIED"),
        b.historyOf(COUNSELLING).stream().map(Revision::kind).toList());
    assertEquals(List.of("ADDED", "WITHDRAWN"),
        b.historyOf(CAMP).stream().map(Revision::kind).toList());
    assertEquals(List.of("CHANGED", "VERIFIED", "ADDED"), b.historyBetween(T0.plusSeconds(60),
        T0.plusSeconds(240)).stream().map(Revision::kind).toList());
    assertEquals(Optional.of(b.service(COUNSELLING).get().access()),
        b.accessConditions(COUNSELLING));
    assertTrue(b.accessConditions(BasketServiceId.of(PartnershipFixture.uuid(997))).isEmpty());
  }
}
