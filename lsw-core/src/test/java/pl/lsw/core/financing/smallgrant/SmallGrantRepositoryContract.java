package pl.lsw.core.financing.smallgrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.port.SmallGrantRepository;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.VersionConflictException;

/**
 * The contract every {@link SmallGrantRepository} keeps. A store proves it with a subclass that
 * implements {@link #emptyRepository()}; each test gets a fresh, empty repository.
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
  final void a_saved_grant_is_found_with_version_1_and_every_field_kept() {
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
  final void a_save_with_a_stale_version_is_refused_and_changes_nothing() {
    SmallGrant g = SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2));
    SmallGrant v1 = repo.save(g);
    repo.save(v1.withTaskTitle("Nowy tytuł"));
    assertThrows(VersionConflictException.class, () -> repo.save(v1.withTaskTitle("Stary")));
    assertThrows(VersionConflictException.class, () -> repo.save(g));
    assertEquals("Nowy tytuł", repo.findById(g.id()).get().taskTitle());
    assertEquals(2, repo.findById(g.id()).get().version());
  }

  @Test
  final void an_unknown_grant_with_a_version_is_a_conflict() {
    SmallGrant g = SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2)).withVersion(3);
    assertThrows(VersionConflictException.class, () -> repo.save(g));
    assertTrue(repo.findById(g.id()).isEmpty());
  }

  @Test
  final void grants_of_an_organisation_and_year_are_listed_by_grant_date_then_id_and_paged() {
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
  final void the_year_of_a_contracted_grant_is_the_year_of_its_contract() {
    SmallGrant g = SmallGrantGen.contracted(SmallGrantGen.postedEverywhere(
        SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2025, 12, 20)), LocalDate.of(2025, 12, 22), 7),
        LocalDate.of(2026, 1, 5));
    repo.save(g);
    assertEquals(1, repo.findByOrganisationAndYear(g.applicant(), 2026, PageRequest.first(10)).totalItems());
    assertEquals(0, repo.findByOrganisationAndYear(g.applicant(), 2025, PageRequest.first(10)).totalItems());
    assertEquals(1, repo.findByBodyAndYear(g.body().area(), 2026, PageRequest.first(10)).totalItems());
  }

  @Test
  final void grants_of_a_body_are_matched_by_its_area() {
    repo.save(SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2)));
    repo.save(SmallGrantGen.received(2, Money.ofZloty(5_000), LocalDate.of(2026, 3, 2)).withBody(SmallGrantGen.KARLINO));
    assertEquals(1, repo.findByBodyAndYear(SmallGrantGen.KARLINO.area(), 2026, PageRequest.first(10)).totalItems());
  }

  @Test
  final void a_planned_budget_is_stored_and_replaced_per_body_and_year() {
    repo.savePlannedBudget(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(100_000)));
    repo.savePlannedBudget(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(120_000)));
    repo.savePlannedBudget(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2027, Money.ofZloty(1)));
    assertEquals(Money.ofZloty(120_000), repo.findPlannedBudget(SmallGrantGen.WARSAW.area(), 2026).get().amount());
    assertTrue(repo.findPlannedBudget(SmallGrantGen.KARLINO.area(), 2026).isEmpty());
  }
}
