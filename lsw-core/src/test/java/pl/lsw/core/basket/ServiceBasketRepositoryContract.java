package pl.lsw.core.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.testing.ConcurrentSaves;

/**
 * The contract every {@link ServiceBasketRepository} keeps. A store proves it with an empty
 * subclass that implements {@link #emptyRepository()}; the tests are {@code public final} so that
 * a subclass cannot weaken them. Each test gets a fresh, empty repository and depends on no
 * other.
 *
 * <p>A stored basket comes back equal to what was saved: every service with its fields, access
 * conditions (custom target groups with their names, territory, fee to the grosz, languages),
 * contacts in order, days and withdrawal; every agreement with its services; the whole history
 * with each revision's instant to the nanosecond, actor, subject, kind and field changes from and
 * to. Versions are optimistic: a new basket (version 0) is inserted, a stale save refused with
 * {@link VersionConflictException}, and of two concurrent first saves one wins.
 */
public abstract class ServiceBasketRepositoryContract {

  private ServiceBasketRepository repository;

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract ServiceBasketRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  @Test
  public final void a_basket_with_every_part_round_trips() {
    ServiceBasket everything = BasketSamples.everything();

    ServiceBasket stored = repository.save(everything);

    assertEquals(everything.withVersion(1), stored);
    ServiceBasket found = repository.find(PartnershipFixture.ID).get();
    assertEquals(stored, found);
    assertEquals(everything.history(), found.history());
    assertEquals(everything.agreements(), found.agreements());
    AccessConditions access = found.accessConditions(BasketSamples.COUNSELLING).get();
    assertEquals("rodziny romskie", access.targetGroups().stream()
        .filter(g -> g.code().equals("ROMA_FAMILIES")).findFirst().get().polishName());
    assertEquals(2050, access.fee().get().grosze());
    Revision withdrawn = found.historyOf(BasketSamples.CAMP).get(1);
    assertEquals(123_456, withdrawn.at().getNano() % 1_000_000);
    assertEquals(LocalDate.of(2026, 3, 1), found.service(BasketSamples.CAMP).get().withdrawnOn().get());
  }

  @Test
  public final void an_empty_basket_and_a_minimal_service_round_trip() {
    ServiceBasket empty = ServiceBasket.empty(PartnershipFixture.ID);
    assertEquals(empty.withVersion(1), repository.save(empty));
    assertEquals(empty.withVersion(1), repository.find(PartnershipFixture.ID).get());

    ServiceBasket minimal = BasketSamples.ok(empty.withVersion(1).addService(
        BasketSamples.manager(), BasketSamples.partnership(), BasketSamples.DAY_CARE,
        BasketSamples.minimal(PartnershipFixture.OPS, "Świetlica"), BasketSamples.T0));
    repository.save(minimal);
    assertEquals(minimal.withVersion(2), repository.find(PartnershipFixture.ID).get());
  }

  @Test
  public final void each_save_replaces_every_part_and_raises_the_version() {
    ServiceBasket first = repository.save(BasketSamples.everything());
    ServiceBasket smaller = first.withServices(first.services().subList(0, 1))
        .withAgreements(List.of())
        .withHistory(new pl.lsw.core.kernel.history.History(first.history().revisions().subList(0, 2)));

    ServiceBasket second = repository.save(smaller);

    assertEquals(2, second.version());
    assertEquals(smaller.withVersion(2), repository.find(PartnershipFixture.ID).get());

    ServiceBasket bigger = repository.save(second.withServices(BasketSamples.everything().services())
        .withAgreements(BasketSamples.everything().agreements())
        .withHistory(BasketSamples.everything().history()));
    assertEquals(BasketSamples.everything().withVersion(3), repository.find(PartnershipFixture.ID).get());
    assertEquals(3, bigger.version());
  }

  @Test
  public final void a_stale_save_is_refused_and_changes_nothing() {
    ServiceBasket stored = repository.save(BasketSamples.oneService());
    repository.save(stored.withServices(List.of()));

    assertThrows(VersionConflictException.class, () -> repository.save(stored));
    assertThrows(VersionConflictException.class, () -> repository.save(BasketSamples.oneService()));
    assertEquals(2, repository.find(PartnershipFixture.ID).get().version());
    assertTrue(repository.find(PartnershipFixture.ID).get().services().isEmpty());
  }

  @Test
  public final void a_save_of_a_basket_never_inserted_with_a_version_is_no_longer_stored() {
    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> repository.save(BasketSamples.oneService().withVersion(3)));
    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals(PartnershipFixture.ID.toString(), e.id());
    assertEquals(3L, e.version());
    assertTrue(repository.find(PartnershipFixture.ID).isEmpty());
  }

  @Test
  public final void of_two_concurrent_first_saves_one_wins_and_the_other_gets_a_version_conflict()
      throws Exception {
    ConcurrentSaves.Outcome<ServiceBasket> outcome = ConcurrentSaves.race(repository::save,
        BasketSamples.oneService(), BasketSamples.everything());

    assertEquals(1, outcome.winners().size(), outcome.failures().toString());
    assertEquals(1, outcome.failures().size());
    assertInstanceOf(VersionConflictException.class, outcome.failures().get(0));
    assertEquals(outcome.winners().get(0), repository.find(PartnershipFixture.ID).get());
  }

  @Test
  public final void baskets_of_two_partnerships_are_kept_apart() {
    PartnershipId other = PartnershipId.of(PartnershipFixture.uuid(4242));
    repository.save(BasketSamples.everything());
    repository.save(ServiceBasket.empty(other));

    assertEquals(3, repository.find(PartnershipFixture.ID).get().services().size());
    assertTrue(repository.find(other).get().services().isEmpty());
    assertTrue(repository.find(PartnershipId.of(PartnershipFixture.uuid(4243))).isEmpty());
  }
}
