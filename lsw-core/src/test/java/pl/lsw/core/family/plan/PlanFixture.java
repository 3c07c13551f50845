package pl.lsw.core.family.plan;

import static org.junit.jupiter.api.Assertions.fail;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import pl.lsw.core.StandardRules;
import pl.lsw.core.basket.BasketServiceId;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.family.InMemoryFamilies;
import pl.lsw.core.family.SupportedFamily;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.initiative.MapEntryId;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.InMemoryPartnerships;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.rules.RuleEnvironment;

/** A partnership with its people, a family with consent, a service over in-memory ports. */
final class PlanFixture {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final FamilyReference FAMILY = FamilyReference.of("R-004");
  static final PlanSource BANK = new PlanSource.BankEntry(MapEntryId.of(new UUID(7, 1)));
  static final PlanSource BASKET = new PlanSource.BasketService(BasketServiceId.of(new UUID(7, 2)));

  static final ActingPerson MANAGER = ActingPerson.of(PartnershipFixture.MANAGER,
      ActingRole.TASK_TEAM_MANAGER);
  static final ActingPerson MEMBER = ActingPerson.of(PartnershipFixture.NGO_WORKER,
      ActingRole.TASK_TEAM_MEMBER);
  /** The OPS director as the representative of the OPS (an informal partner). */
  static final ActingPerson OPS_REP = ActingPerson.of(PartnershipFixture.OPS_HEAD,
      ActingRole.PARTNER_REPRESENTATIVE);
  /** The NGO's president as the representative of the NGO. */
  static final ActingPerson NGO_REP = ActingPerson.of(PartnershipFixture.NGO_HEAD,
      ActingRole.PARTNER_REPRESENTATIVE);

  final InMemoryPlans plans = new InMemoryPlans();
  final InMemoryFamilies families = new InMemoryFamilies();
  final InMemoryPartnerships partnerships = new InMemoryPartnerships();
  final Map<PlanSource, AccessConditions> conditions = new HashMap<>();
  final Map<PlanSource, OrganisationId> providers = new HashMap<>();
  final List<DomainEvent> events = new ArrayList<>();
  final AtomicLong next = new AtomicLong(1000);
  final IndividualPlanService service;

  PlanFixture() {
    this(TODAY);
  }

  PlanFixture(LocalDate today) {
    partnerships.save(PartnershipFixture.governed().withVersion(0));
    families.save(family().build());
    PlanSourceLookup lookup = new PlanSourceLookup() {
      @Override
      public Optional<AccessConditions> accessConditions(pl.lsw.core.partnership.PartnershipId partnership,
          PlanSource source) {
        return Optional.ofNullable(conditions.get(source));
      }

      @Override
      public Optional<OrganisationId> provider(pl.lsw.core.partnership.PartnershipId partnership,
          PlanSource source) {
        return Optional.ofNullable(providers.get(source));
      }
    };
    Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Europe/Warsaw")).toInstant(),
        ZoneId.of("Europe/Warsaw"));
    service = new IndividualPlanService(plans, families, partnerships, lookup, clock,
        () -> new UUID(0xfa, next.getAndIncrement()), events::add,
        RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish()), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
  }

  /** The family R-004: selected, consent since January, a child of 12 in Praga-Północ. */
  static SupportedFamily.Builder family() {
    return SupportedFamily.builder().reference(FAMILY).partnership(PartnershipFixture.ID)
        .selectedOn(LocalDate.of(2026, 1, 15)).consentGivenOn(LocalDate.of(2026, 1, 20))
        .needFields(Set.of(SocialServiceField.FAMILY_SUPPORT))
        .targetGroups(Set.of(TargetGroup.FAMILIES_WITH_CHILDREN, TargetGroup.CHILDREN))
        .age(12).residenceUnit(TerytCode.of("1465088")).language("pl").referralHeld(false);
  }

  static PlanItem item(PlanSource source, OrganisationId provider, LocalDate from, LocalDate to) {
    return PlanItem.builder().source(source).provider(provider).startsOn(from).endsOn(to).build();
  }

  static PlanItem ngoItem() {
    return item(BASKET, PartnershipFixture.NGO, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 6, 30));
  }

  /** An LSW plan for March to August 2026, no items. */
  static PlanDraft.Builder lswDraft() {
    return PlanDraft.builder().family(FAMILY).kind(PlanKind.LSW_PLAN).preparedOn(TODAY)
        .periodFrom(LocalDate.of(2026, 3, 2)).periodTo(LocalDate.of(2026, 8, 31));
  }

  /** A UCUS plan applied for on 1 February, prepared today (29 days later), for a year less a day. */
  static PlanDraft.Builder ucusDraft() {
    return PlanDraft.builder().family(FAMILY).kind(PlanKind.UCUS_PLAN)
        .appliedOn(LocalDate.of(2026, 2, 1)).preparedOn(TODAY).coordinationMonths(6)
        .periodFrom(LocalDate.of(2026, 3, 1)).periodTo(LocalDate.of(2027, 2, 28));
  }

  PlanId prepared(PlanDraft draft) {
    return ok(service.prepare(MANAGER, draft)).createdId(PlanId.class);
  }

  IndividualPlan stored(PlanId id) {
    return plans.findById(id).orElseThrow();
  }

  static <S> Change<S> ok(Either<Refusal, Change<S>> outcome) {
    if (outcome.isLeft()) {
      fail("expected the command to be accepted, but: " + outcome.getLeft());
    }
    return outcome.get();
  }

  static <S> Refusal refused(Either<Refusal, Change<S>> outcome) {
    if (outcome.isRight()) {
      fail("expected a refusal, but the command was accepted: " + outcome.get().state());
    }
    return outcome.getLeft();
  }
}
