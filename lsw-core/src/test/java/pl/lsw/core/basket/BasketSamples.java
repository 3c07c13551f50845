package pl.lsw.core.basket;

import static org.junit.jupiter.api.Assertions.fail;
import static pl.lsw.core.partnership.PartnershipFixture.uuid;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.initiative.ParticipantCost;
import pl.lsw.core.initiative.ReferralRule;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.MeetingId;

/**
 * Services and baskets of the Praski Kokon partnership ({@link PartnershipFixture#everything()}),
 * built by commands. Shipped in the core's test-jar: {@link #everything()} fills every part of
 * the aggregate, for storage round trips.
 */
public final class BasketSamples {

  public static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  public static final LocalDate SINCE = LocalDate.of(2026, 1, 1);
  public static final LocalDate VERIFIED = LocalDate.of(2026, 2, 1);
  /** The Steering Committee meeting of the fixture (20 February 2026). */
  public static final MeetingId MEETING = MeetingId.of(uuid(51));

  public static final BasketServiceId COUNSELLING = BasketServiceId.of(uuid(701));
  public static final BasketServiceId DAY_CARE = BasketServiceId.of(uuid(702));
  public static final BasketServiceId CAMP = BasketServiceId.of(uuid(703));

  public static final TargetGroup ROMA = TargetGroup.of("ROMA_FAMILIES", "rodziny romskie",
      "Roma families");

  private BasketSamples() {}

  public static Partnership partnership() {
    return PartnershipFixture.everything();
  }

  /** The NGO's president, in the plain role of a partner's representative. */
  public static ActingPerson ngoRep() {
    return PartnershipFixture.as(PartnershipFixture.NGO_HEAD, ActingRole.PARTNER_REPRESENTATIVE);
  }

  /** The Task Team Manager. */
  public static ActingPerson manager() {
    return PartnershipFixture.as(PartnershipFixture.MANAGER, ActingRole.TASK_TEAM_MANAGER);
  }

  /** Every field of a draft filled in. */
  public static BasketServiceDraft full(OrganisationId provider) {
    return BasketServiceDraft.builder()
        .provider(provider)
        .name("Poradnictwo rodzinne")
        .description("Konsultacje psychologa i pedagoga dla rodzin")
        .fields(EnumSet.of(SocialServiceField.FAMILY_SUPPORT, SocialServiceField.SOCIAL_ASSISTANCE))
        .minAge(6)
        .maxAge(18)
        .targetGroups(Set.of(TargetGroup.CHILDREN, ROMA))
        .territory(List.of("1465088", "1465011"))
        .referral(ReferralRule.REFERRAL_REQUIRED)
        .cost(ParticipantCost.FEE)
        .fee("20,50")
        .languages(List.of("pl", "uk"))
        .capacity(12)
        .accessDescription("Zapisy telefoniczne")
        .contacts(List.of(ContactPersonDraft.byEmail("Ewa Prezes", "prezeska", "ewa@kokon.example"),
            new ContactPersonDraft("Kasia Praca", "pedagog", "kasia@kokon.example",
                "+48 22 333 44 55")))
        .availability("pon.–pt. 8–16, ul. Środkowa 9")
        .since(SINCE)
        .until(LocalDate.of(2026, 12, 31))
        .lastVerifiedOn(VERIFIED)
        .build();
  }

  /** Only what a service needs. */
  public static BasketServiceDraft minimal(OrganisationId provider, String name) {
    return BasketServiceDraft.builder()
        .provider(provider)
        .name(name)
        .fields(EnumSet.of(SocialServiceField.FAMILY_SUPPORT))
        .contacts(List.of(ContactPersonDraft.byPhone("Jan Dyrektor", "dyrektor OPS", "+48 22 444 55 66")))
        .since(SINCE)
        .lastVerifiedOn(VERIFIED)
        .build();
  }

  /** One full NGO service, added by the NGO's representative. */
  public static ServiceBasket oneService() {
    return ok(ServiceBasket.empty(PartnershipFixture.ID).addService(ngoRep(), partnership(),
        COUNSELLING, full(PartnershipFixture.NGO), T0));
  }

  /**
   * Every part filled in: a full service added, changed and verified, a minimal one added by the
   * Task Team Manager for the OPS, an agreement at a meeting, and a third service added and
   * withdrawn after it; the history has every kind of revision.
   */
  public static ServiceBasket everything() {
    Partnership p = partnership();
    ServiceBasket b = oneService();
    b = ok(b.changeService(ngoRep(), p, COUNSELLING, full(PartnershipFixture.NGO)
        .withName("Poradnictwo rodzinne i mediacje").withCapacity(Optional.empty()),
        T0.plusSeconds(60)));
    b = ok(b.verifyService(ngoRep(), p, COUNSELLING, LocalDate.of(2026, 2, 25),
        T0.plusSeconds(120)));
    b = ok(b.addService(manager(), p, DAY_CARE, minimal(PartnershipFixture.OPS, "Świetlica"),
        T0.plusSeconds(180)));
    b = ok(b.agree(manager(), p, MEETING, LocalDate.of(2026, 2, 27), T0.plusSeconds(240)));
    b = ok(b.addService(manager(), p, CAMP, minimal(PartnershipFixture.DISTRICT, "Półkolonie"),
        T0.plusSeconds(300)));
    b = ok(b.withdrawService(manager(), p, CAMP, LocalDate.of(2026, 3, 1), T0.plusNanos(360_000_123_456L)));
    return b;
  }

  public static <S> S ok(Either<Refusal, Change<S>> result) {
    if (result.isLeft()) {
      fail("refused: " + result.getLeft().message());
    }
    return result.get().state();
  }
}
