package pl.lsw.core.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The contract every {@link DispatchRepository} keeps. A store proves it with an empty subclass
 * that implements {@link #emptyRepository()}; the tests are {@code public final} so that a
 * subclass cannot weaken them. Each test gets a fresh, empty repository.
 *
 * <p>A stored dispatch comes back equal to what was saved: the item with its kind and both
 * languages, the instant to the nanosecond, the sender, every recipient in order with its
 * outcome and reason. A dispatch is recorded once; a second save of its id is a conflict. A
 * partnership's dispatches of a period are listed by instant, then id, the period's end excluded.
 */
public abstract class DispatchRepositoryContract {

  private static final PartnershipId P = PartnershipId.of(new UUID(0x1f0, 1));
  private static final PartnershipId OTHER = PartnershipId.of(new UUID(0x1f0, 2));
  private static final OrganisationId A = OrganisationId.of(new UUID(0x1f0, 11));
  private static final OrganisationId B = OrganisationId.of(new UUID(0x1f0, 12));
  private static final OrganisationId C = OrganisationId.of(new UUID(0x1f0, 13));
  private static final Instant AT = Instant.parse("2026-03-02T09:15:30.123456789Z");

  private DispatchRepository repository;

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract DispatchRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  private static UUID id(long n) {
    return new UUID(0x1f1, n);
  }

  @Test
  public final void a_dispatch_round_trips_with_every_part() {
    Dispatch d = InformationSamples.dispatch(id(1), P, AT, A, B, C);

    assertEquals(d, repository.save(d));

    Dispatch found = repository.findById(d.id()).get();
    assertEquals(d, found);
    assertEquals(List.of(A, B, C), found.recipientOrganisations());
    assertEquals("skrzynka pełna – mailbox full",
        found.recipient(C).get().outcome().failureReason().get());
    assertEquals(AT, found.sentAt());
  }

  @Test
  public final void a_polish_only_item_and_a_dispatch_without_recipients_round_trip() {
    Dispatch d = InformationSamples.dispatch(id(2), P, AT);
    repository.save(d);
    Dispatch found = repository.findById(d.id()).get();
    assertEquals(d, found);
    assertTrue(found.item().englishSubject().isEmpty());
    assertTrue(found.recipients().isEmpty());
  }

  @Test
  public final void a_bilingual_item_round_trips() {
    Dispatch d = InformationSamples.dispatch(id(3), P, AT, A);
    repository.save(d);
    assertEquals(d.item(), repository.findById(d.id()).get().item());
    assertEquals(InformationKind.MEETING_INVITATION, repository.findById(d.id()).get().item().kind());
  }

  @Test
  public final void an_unknown_id_finds_nothing() {
    assertTrue(repository.findById(DispatchId.of(id(99))).isEmpty());
  }

  @Test
  public final void a_second_save_of_an_id_is_a_conflict_and_keeps_the_first() {
    Dispatch first = InformationSamples.dispatch(id(4), P, AT, A);
    repository.save(first);
    Dispatch again = InformationSamples.dispatch(id(4), P, AT.plusSeconds(5), B);

    assertThrows(VersionConflictException.class, () -> repository.save(again));

    assertEquals(first, repository.findById(first.id()).get());
  }

  @Test
  public final void the_period_lists_a_partnerships_dispatches_by_instant_then_id_end_excluded() {
    Dispatch late = InformationSamples.dispatch(id(10), P, AT.plusSeconds(3600), A);
    Dispatch sameB = InformationSamples.dispatch(id(12), P, AT, A);
    Dispatch sameA = InformationSamples.dispatch(id(11), P, AT, A, B);
    Dispatch atEnd = InformationSamples.dispatch(id(13), P, AT.plusSeconds(7200), A);
    Dispatch before = InformationSamples.dispatch(id(14), P, AT.minusNanos(1), A);
    Dispatch other = InformationSamples.dispatch(id(15), OTHER, AT, A);
    for (Dispatch d : List.of(late, sameB, sameA, atEnd, before, other)) {
      repository.save(d);
    }

    List<Dispatch> found = repository.findByPartnership(P, AT, AT.plusSeconds(7200));

    assertEquals(List.of(sameA, sameB, late), found);
    assertEquals(List.of(other), repository.findByPartnership(OTHER, AT, AT.plusSeconds(1)));
    assertEquals(List.of(), repository.findByPartnership(P, AT.plusSeconds(1), AT.plusSeconds(2)));
  }
}
