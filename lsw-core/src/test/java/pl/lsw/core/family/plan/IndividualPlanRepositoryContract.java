package pl.lsw.core.family.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.basket.BasketServiceId;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.initiative.MapEntryId;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The contract every {@link IndividualPlanRepository} keeps. A store proves it with an empty
 * subclass that implements {@link #emptyRepository()}; the tests are {@code public final}. Each
 * test gets a fresh, empty repository.
 *
 * <p>A stored plan comes back equal to what was saved: every item (with either kind of source),
 * the reviews planned and held, the status, and every revision with each field change and the
 * instant to the nanosecond. Saves are checked against the version; a family's plans are listed
 * by the day of preparation, then id as text.
 */
public abstract class IndividualPlanRepositoryContract {

  private static final FamilyReference FAMILY = FamilyReference.of("R-004");
  private static final PartnershipId PARTNERSHIP = PartnershipId.of(new UUID(0x5f, 1));
  private static final OrganisationId NGO = OrganisationId.of(new UUID(0x5f, 10));
  private static final OrganisationId OPS = OrganisationId.of(new UUID(0x5f, 11));

  private IndividualPlanRepository repository;

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract IndividualPlanRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  private static PlanId id(long n) {
    return PlanId.of(new UUID(0x91a7, n));
  }

  /** A draft LSW plan with nothing optional. */
  private static IndividualPlan minimal(PlanId id, FamilyReference family, LocalDate preparedOn) {
    return IndividualPlan.builder().id(id).family(family).partnership(PARTNERSHIP)
        .kind(PlanKind.LSW_PLAN).preparedOn(preparedOn).periodFrom(preparedOn)
        .periodTo(preparedOn.plusMonths(6)).build();
  }

  /** A closed UCUS plan with every part. */
  private static IndividualPlan full(PlanId id) {
    TreeMap<Integer, PlanItem> items = new TreeMap<>();
    items.put(1, PlanItem.builder().source(new PlanSource.BankEntry(MapEntryId.of(new UUID(3, 1))))
        .provider(NGO).startsOn(LocalDate.of(2026, 3, 1)).endsOn(LocalDate.of(2026, 5, 31))
        .note("zajęcia w świetlicy, wtorki i czwartki").build());
    items.put(4, PlanItem.builder().source(new PlanSource.BasketService(BasketServiceId.of(new UUID(3, 2))))
        .provider(OPS).startsOn(LocalDate.of(2026, 4, 1)).endsOn(LocalDate.of(2027, 2, 28)).build());
    Revision prepared = new Revision(Instant.parse("2026-03-02T09:00:00.123456789Z"),
        "person:00000000-0000-15a0-0000-00000000000e/TASK_TEAM_MANAGER", "plan:" + id,
        "PLAN_PREPARED", List.of(FieldChange.of("kind", null, "UCUS_PLAN"),
            FieldChange.of("items.1.note", null, "zajęcia")));
    Revision closed = new Revision(Instant.parse("2026-09-30T12:00:00Z"), "person:x/NETWORK_WORKER",
        "plan:" + id, "PLAN_CLOSED", List.of(FieldChange.of("status", "IN_FORCE", "CLOSED"),
            FieldChange.of("items.2.source", "bank:x", null)));
    Revision nothing = new Revision(Instant.parse("2026-09-30T12:00:01Z"), "person:x/NETWORK_WORKER",
        "plan:" + id, "PLAN_REVIEW_RECORDED", List.of());
    return IndividualPlan.builder().id(id).family(FAMILY).partnership(PARTNERSHIP)
        .kind(PlanKind.UCUS_PLAN).appliedOn(LocalDate.of(2026, 2, 1))
        .preparedOn(LocalDate.of(2026, 3, 2)).periodFrom(LocalDate.of(2026, 3, 1))
        .periodTo(LocalDate.of(2027, 2, 28)).coordinationMonths(6).items(items).lastItemNumber(5)
        .plannedReviews(Set.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1)))
        .heldReviews(Set.of(LocalDate.of(2026, 6, 2)))
        .status(PlanStatus.CLOSED).closedOn(LocalDate.of(2026, 9, 30))
        .revisions(List.of(prepared, closed, nothing)).build();
  }

  @Test
  public final void a_minimal_plan_round_trips_with_its_empty_parts() {
    IndividualPlan saved = repository.save(minimal(id(1), FAMILY, LocalDate.of(2026, 3, 2)));

    assertEquals(1, saved.version());
    IndividualPlan found = repository.findById(id(1)).get();
    assertEquals(saved, found);
    assertTrue(found.items().isEmpty());
    assertTrue(found.revisions().isEmpty());
    assertEquals(PlanStatus.DRAFT, found.status());
    assertEquals(0, found.lastItemNumber());
  }

  @Test
  public final void a_full_plan_round_trips_with_every_item_review_and_revision() {
    IndividualPlan saved = repository.save(full(id(2)));

    IndividualPlan found = repository.findById(id(2)).get();
    assertEquals(saved, found);
    assertEquals(Set.of(1, 4), found.items().keySet());
    assertEquals(5, found.lastItemNumber());
    assertEquals(Instant.parse("2026-03-02T09:00:00.123456789Z"),
        found.history().revisions().get(0).at());
    assertEquals(List.of(), found.history().revisions().get(2).changes());
    assertEquals(2, found.history().of("plan:" + id(2)).get(1).changes().size());
  }

  @Test
  public final void a_save_at_the_stored_version_replaces_every_part_and_a_stale_one_is_refused() {
    IndividualPlan first = repository.save(full(id(3)));
    IndividualPlan fewer = repository.save(first.withItems(Map.of(4, first.item(4).get()))
        .withHeldReviews(Set.of()).withStatus(PlanStatus.IN_FORCE).withClosedOn(java.util.Optional.empty())
        .withRevisions(first.revisions().subList(0, 1)));

    assertEquals(2, fewer.version());
    assertEquals(fewer, repository.findById(id(3)).get());
    assertThrows(VersionConflictException.class, () -> repository.save(first));
    assertThrows(VersionConflictException.class, () -> repository.save(full(id(3))));
    assertEquals(fewer, repository.findById(id(3)).get());
  }

  @Test
  public final void the_plans_of_a_family_are_listed_by_day_of_preparation_then_id() {
    IndividualPlan later = repository.save(minimal(id(5), FAMILY, LocalDate.of(2026, 5, 1)));
    IndividualPlan sameDayB = repository.save(minimal(PlanId.of(new UUID(0xb, 1)), FAMILY,
        LocalDate.of(2026, 3, 2)));
    IndividualPlan sameDayA = repository.save(minimal(PlanId.of(new UUID(0xa, 1)), FAMILY,
        LocalDate.of(2026, 3, 2)));
    repository.save(minimal(id(6), FamilyReference.of("R-005"), LocalDate.of(2026, 3, 2)));

    assertEquals(List.of(sameDayA, sameDayB, later), repository.findByFamily(FAMILY));
    assertTrue(repository.findByFamily(FamilyReference.of("R-999")).isEmpty());
    assertTrue(repository.findById(id(404)).isEmpty());
  }

  @Test
  public final void a_plan_read_from_another_store_is_no_longer_stored_here() {
    IndividualPlan read = repository.save(full(id(9)));
    IndividualPlanRepository elsewhere = emptyRepository();

    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> elsewhere.save(read));

    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals(read.id().toString(), e.id());
    assertEquals(1L, e.version());
    assertTrue(elsewhere.findById(read.id()).isEmpty(), "nothing is stored");
  }
}
