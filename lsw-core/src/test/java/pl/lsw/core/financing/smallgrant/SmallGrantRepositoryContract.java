package pl.lsw.core.financing.smallgrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationGen;

/**
 * The contract every {@link SmallGrantRepository} keeps. A store proves it with an empty subclass
 * that implements {@link #emptyRepository()}; the tests are {@code public final} so that a
 * subclass cannot weaken them. Each test gets a fresh, empty repository and depends on no other.
 */
public abstract class SmallGrantRepositoryContract {

  private SmallGrantRepository repo;

  /** A new, empty repository. */
  protected abstract SmallGrantRepository emptyRepository();

  @BeforeEach
  final void setUp() {
    repo = emptyRepository();
  }

  @Test
  public final void a_saved_grant_is_found_with_version_1_and_every_field_kept() {
    SmallGrant g = SmallGrantGen.contracted(SmallGrantGen.postedEverywhere(
            SmallGrantGen.received(1, Money.of("9999.99"), LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 3), 7)
        .withComments(List.of(Comment.received(LocalDate.of(2026, 3, 4), CommentAuthorKind.PERSON, "doc-17")
            .considered(new Consideration(LocalDate.of(2026, 3, 12), ConsiderationOutcome.REJECTED)))),
        LocalDate.of(2026, 3, 13));
    SmallGrant saved = repo.save(g);
    assertEquals(1, saved.version());
    assertEquals(g.withVersion(1), repo.findById(g.id()).get());
  }

  @Test
  public final void a_save_with_a_stale_version_is_refused_and_changes_nothing() {
    SmallGrant g = SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2));
    SmallGrant v1 = repo.save(g);
    repo.save(v1.withTaskTitle("Nowy tytuł"));
    assertThrows(VersionConflictException.class, () -> repo.save(v1.withTaskTitle("Stary")));
    assertThrows(VersionConflictException.class, () -> repo.save(g));
    assertEquals("Nowy tytuł", repo.findById(g.id()).get().taskTitle());
    assertEquals(2, repo.findById(g.id()).get().version());
  }

  @Test
  public final void an_unknown_grant_with_a_version_is_no_longer_stored() {
    SmallGrant g = SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2)).withVersion(3);
    NoLongerStoredException e = assertThrows(NoLongerStoredException.class, () -> repo.save(g));
    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals(g.id().toString(), e.id());
    assertEquals(3L, e.version());
    assertTrue(repo.findById(g.id()).isEmpty());
  }

  @Test
  public final void grants_of_an_organisation_and_year_are_listed_by_grant_date_then_id_and_paged() {
    List<SmallGrant> saved = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      SmallGrant g = SmallGrantGen.received(100 - i, Money.ofZloty(100 + i), LocalDate.of(2026, 1, 1).plusDays(i % 5));
      saved.add(repo.save(g));
    }
    repo.save(SmallGrantGen.received(500, Money.ofZloty(1), LocalDate.of(2025, 12, 31)));
    repo.save(SmallGrantGen.received(501, Money.ofZloty(1), LocalDate.of(2026, 2, 1))
        .withApplicant(SmallGrantGen.organisation(2)));
    saved.sort(SmallGrant.ACCUMULATION_ORDER);
    Page<SmallGrant> first = repo.findByOrganisationAndYear(SmallGrantGen.organisation(1), 2026, PageRequest.first(10));
    Page<SmallGrant> third = repo.findByOrganisationAndYear(SmallGrantGen.organisation(1), 2026, PageRequest.of(2, 10));
    assertEquals(25, first.totalItems());
    assertEquals(saved.subList(0, 10), first.items());
    assertEquals(saved.subList(20, 25), third.items());
    assertFalse(third.hasNext());
  }

  @Test
  public final void the_year_of_a_contracted_grant_is_the_year_of_its_contract() {
    SmallGrant g = SmallGrantGen.contracted(SmallGrantGen.postedEverywhere(
        SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2025, 12, 20)), LocalDate.of(2025, 12, 22), 7),
        LocalDate.of(2026, 1, 5));
    repo.save(g);
    assertEquals(1, repo.findByOrganisationAndYear(g.applicant(), 2026, PageRequest.first(10)).totalItems());
    assertEquals(0, repo.findByOrganisationAndYear(g.applicant(), 2025, PageRequest.first(10)).totalItems());
    assertEquals(1, repo.findByBodyAndYear(g.body().area(), 2026, PageRequest.first(10)).totalItems());
  }

  @Test
  public final void grants_of_a_body_are_matched_by_its_area() {
    repo.save(SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2)));
    repo.save(SmallGrantGen.received(2, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2)).withBody(SmallGrantGen.KARLINO));
    assertEquals(1, repo.findByBodyAndYear(SmallGrantGen.KARLINO.area(), 2026, PageRequest.first(10)).totalItems());
  }

  @Test
  public final void a_planned_budget_is_stored_and_replaced_per_body_and_year() {
    repo.savePlannedBudget(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(100_000)));
    repo.savePlannedBudget(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(120_000)));
    repo.savePlannedBudget(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2027, Money.ofZloty(1)));
    assertEquals(Money.ofZloty(120_000), repo.findPlannedBudget(SmallGrantGen.WARSAW.area(), 2026).get().amount());
    assertTrue(repo.findPlannedBudget(SmallGrantGen.KARLINO.area(), 2026).isEmpty());
  }
  @Test
  public final void a_refused_grant_round_trips_with_nip_reason_and_every_comment() {
    SmallGrant g = SmallGrantGen.postedEverywhere(
            SmallGrantGen.received(1, Money.ofGrosze(1), LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 3), 7)
        .withApplicantNip(OrganisationGen.nip(1))
        .withLocalOrRegional(false)
        .withMode(FundingMode.ENTRUSTING)
        .withComments(List.of(
            Comment.received(LocalDate.of(2026, 3, 4), CommentAuthorKind.ORGANISATION, "doc-1"),
            Comment.received(LocalDate.of(2026, 3, 5), CommentAuthorKind.PUBLIC_INSTITUTION, "doc-2")
                .considered(new Consideration(LocalDate.of(2026, 3, 6), ConsiderationOutcome.PARTLY_ACCEPTED)),
            Comment.received(LocalDate.of(2026, 3, 5), CommentAuthorKind.OTHER, "doc-3")
                .considered(new Consideration(LocalDate.of(2026, 3, 7), ConsiderationOutcome.ACCEPTED))))
        .withCommentPeriodClosedOn(LocalDate.of(2026, 3, 10))
        .withEndedOn(LocalDate.of(2026, 3, 11))
        .withRefusalReason("zadanie nie ma charakteru lokalnego")
        .withStatus(SmallGrantStatus.REFUSED);

    repo.save(g);

    SmallGrant found = repo.findById(g.id()).get();
    assertEquals(g.withVersion(1), found);
    assertEquals(g.comments(), found.comments());
    assertEquals(g.publications(), found.publications());
  }

  @Test
  public final void an_unknown_grant_is_not_found() {
    repo.save(SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2)));

    assertTrue(repo.findById(SmallGrantGen.grantId(2)).isEmpty());
  }

  @Test
  public final void a_new_grant_whose_id_is_taken_is_a_conflict_and_writes_nothing() {
    SmallGrant stored = repo.save(SmallGrantGen.postedEverywhere(
        SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 3), 7));

    assertThrows(VersionConflictException.class,
        () -> repo.save(SmallGrantGen.received(1, Money.ofZloty(1), LocalDate.of(2027, 1, 2))));

    assertEquals(stored, repo.findById(stored.id()).get());
    assertEquals(0, repo.findByOrganisationAndYear(stored.applicant(), 2027, PageRequest.first(10)).totalItems());
  }

  @Test
  public final void a_stale_save_leaves_the_stored_comments_and_publications_as_they_were() {
    SmallGrant v1 = repo.save(SmallGrantGen.postedEverywhere(
        SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 3), 7));
    SmallGrant v2 = repo.save(v1.withComments(List.of(
        Comment.received(LocalDate.of(2026, 3, 4), CommentAuthorKind.PERSON, "doc-1"))));

    assertThrows(VersionConflictException.class, () -> repo.save(v1.withPublications(List.of())
        .withAmount(Money.ofZloty(9_000)).withOfferReceived(LocalDate.of(2027, 1, 1))));

    assertEquals(v2, repo.findById(v1.id()).get());
    assertEquals(0, repo.findByOrganisationAndYear(v1.applicant(), 2027, PageRequest.first(10)).totalItems());
  }

  @Test
  public final void of_two_concurrent_saves_of_one_version_exactly_one_wins_and_nothing_is_lost()
      throws Exception {
    SmallGrant v1 = repo.save(SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2)));
    SmallGrant first = SmallGrantGen.postedEverywhere(v1, LocalDate.of(2026, 3, 3), 7);
    SmallGrant second = v1.withTaskTitle("Drugi wątek").withAmount(Money.ofZloty(6_000));
    CyclicBarrier barrier = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<SmallGrant>> results = new ArrayList<>();
      for (SmallGrant candidate : List.of(first, second)) {
        results.add(pool.submit(() -> {
          barrier.await(10, TimeUnit.SECONDS);
          return repo.save(candidate);
        }));
      }
      List<SmallGrant> winners = new ArrayList<>();
      int conflicts = 0;
      for (Future<SmallGrant> result : results) {
        try {
          winners.add(result.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          assertTrue(e.getCause() instanceof VersionConflictException, String.valueOf(e.getCause()));
          conflicts++;
        }
      }
      assertEquals(1, winners.size());
      assertEquals(1, conflicts);
      assertEquals(2L, winners.get(0).version());
      assertEquals(winners.get(0), repo.findById(v1.id()).get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public final void grants_of_a_body_are_ordered_by_id_as_text_within_a_day_and_paged() {
    LocalDate day = LocalDate.of(2026, 6, 1);
    List<SmallGrant> saved = new ArrayList<>();
    // ids whose order as text differs from their order as signed numbers
    for (long n : new long[] {-1, 1, Long.MIN_VALUE, Long.MAX_VALUE, -2, 2}) {
      saved.add(repo.save(SmallGrantGen.received(n, Money.ofZloty(100), day)
          .withApplicant(SmallGrantGen.organisation((int) (n & 3)))));
    }
    saved.add(repo.save(SmallGrantGen.received(7, Money.ofZloty(100), day.minusDays(1))));
    repo.save(SmallGrantGen.received(8, Money.ofZloty(100), day).withBody(SmallGrantGen.KARLINO));
    saved.sort(SmallGrant.ACCUMULATION_ORDER);

    Page<SmallGrant> first = repo.findByBodyAndYear(SmallGrantGen.WARSAW.area(), 2026, PageRequest.first(4));
    Page<SmallGrant> second = repo.findByBodyAndYear(SmallGrantGen.WARSAW.area(), 2026, PageRequest.of(1, 4));
    Page<SmallGrant> beyond = repo.findByBodyAndYear(SmallGrantGen.WARSAW.area(), 2026, PageRequest.of(5, 4));

    assertEquals(7, first.totalItems());
    assertEquals(saved.subList(0, 4), first.items());
    assertEquals(saved.subList(4, 7), second.items());
    assertTrue(beyond.items().isEmpty());
    assertEquals(7, beyond.totalItems());
  }

  @Test
  public final void more_than_a_page_of_grants_of_an_organisation_is_read_whole_and_in_order() {
    List<SmallGrant> saved = new ArrayList<>();
    for (int i = 0; i < 1_050; i++) {
      saved.add(repo.save(SmallGrantGen.received(i, Money.ofGrosze(100 + i), LocalDate.of(2026, 1, 1).plusDays(i % 300))));
    }
    saved.sort(SmallGrant.ACCUMULATION_ORDER);

    List<SmallGrant> read = new ArrayList<>();
    repo.forEachOfOrganisationAndYear(SmallGrantGen.organisation(1), 2026, read::add);
    List<SmallGrant> ofBody = new ArrayList<>();
    repo.forEachOfBodyAndYear(SmallGrantGen.WARSAW.area(), 2026, ofBody::add);

    assertEquals(saved, read);
    assertEquals(saved, ofBody);
  }

  @Test
  public final void a_planned_budget_keeps_its_body_and_amount_to_the_grosz() {
    PlannedGrantBudget budget = new PlannedGrantBudget(SmallGrantGen.KARLINO, 2026, Money.of("123456.78"));
    PlannedGrantBudget zero = new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ZERO);

    assertEquals(budget, repo.savePlannedBudget(budget));
    repo.savePlannedBudget(zero);

    assertEquals(budget, repo.findPlannedBudget(SmallGrantGen.KARLINO.area(), 2026).get());
    assertEquals(zero, repo.findPlannedBudget(SmallGrantGen.WARSAW.area(), 2026).get());
    assertTrue(repo.findPlannedBudget(SmallGrantGen.KARLINO.area(), 2027).isEmpty());
  }
}
