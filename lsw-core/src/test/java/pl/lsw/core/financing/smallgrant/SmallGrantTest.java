package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.smallgrant.SmallGrantGen.NOW;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;

class SmallGrantTest {

  static final LocalDate RECEIPT = LocalDate.of(2026, 3, 2);

  static SmallGrantOffer offer(String title, Money amount) {
    return SmallGrantOffer.builder().body(SmallGrantGen.WARSAW).applicant(SmallGrantGen.organisation(1))
        .taskTitle(title).localOrRegional(true).taskPeriod(DateRange.ofDays(RECEIPT.plusDays(20), 30))
        .amount(amount).mode(FundingMode.ENTRUSTING).offerReceived(RECEIPT).build();
  }

  static SmallGrant ok(Either<Refusal, Change<SmallGrant>> r) {
    assertTrue(r.isRight(), () -> r.getLeft().toString());
    return r.get().state();
  }

  @Test
  void a_received_offer_starts_a_grant_in_status_received_with_version_0_and_an_event() {
    Change<SmallGrant> c = SmallGrant.receive(SmallGrantGen.grantId(1), offer("Warsztaty", Money.ofZloty(5_000)), NOW).get();
    assertEquals(SmallGrantStatus.RECEIVED, c.state().status());
    assertEquals(0, c.state().version());
    assertEquals(java.util.List.of(new SmallGrantEvent.OfferReceived(SmallGrantGen.grantId(1), RECEIPT, NOW)), c.events());
  }

  @Test
  void an_offer_with_a_blank_title_and_a_zero_amount_is_refused_with_both_reasons() {
    Refusal r = SmallGrant.receive(SmallGrantGen.grantId(1), offer(" ", Money.ZERO), NOW).getLeft();
    assertEquals(2, r.reasons().size());
    assertTrue(r.has("SMALL_GRANT_TITLE"));
    assertTrue(r.has("SMALL_GRANT_AMOUNT"));
  }

  @Test
  void an_offer_over_the_statutory_amount_is_still_received_because_the_rules_report_it() {
    assertTrue(SmallGrant.receive(SmallGrantGen.grantId(1), offer("Duże", Money.of("10000.01")), NOW).isRight());
  }

  @Test
  void the_whole_lifecycle_runs_from_received_to_contracted() {
    SmallGrant g = SmallGrantGen.received(1, Money.ofZloty(5_000), RECEIPT);
    LocalDate posted = RECEIPT.plusDays(1);
    for (PublicationPlace p : PublicationPlace.values()) {
      g = ok(g.publish(new Publication(p, posted, posted.plusDays(6)), NOW));
    }
    assertEquals(SmallGrantStatus.PUBLISHED, g.status());
    g = ok(g.receiveComment(Comment.received(posted.plusDays(2), CommentAuthorKind.PERSON, "u-1"), NOW));
    g = ok(g.closeCommentPeriod(posted.plusDays(8), NOW));
    assertEquals(SmallGrantStatus.COMMENT_PERIOD_CLOSED, g.status());
    Refusal notConsidered = g.signContract(posted.plusDays(9), NOW).getLeft();
    assertTrue(notConsidered.has("SMALL_GRANT_COMMENT_NOT_CONSIDERED"));
    Change<SmallGrant> considered = g.considerComment(0, new Consideration(posted.plusDays(8), ConsiderationOutcome.PARTLY_ACCEPTED), NOW).get();
    assertEquals(java.util.List.of(new SmallGrantEvent.CommentConsidered(g.id(), 0,
        new Consideration(posted.plusDays(8), ConsiderationOutcome.PARTLY_ACCEPTED), NOW)), considered.events());
    g = ok(considered.state().signContract(posted.plusDays(9), NOW));
    assertEquals(SmallGrantStatus.CONTRACTED, g.status());
    assertEquals(Optional.of(posted.plusDays(9)), g.contractDate());
    assertEquals(posted.plusDays(9), g.grantDate());
    assertTrue(g.status().isFinal());
  }

  @Test
  void a_received_grant_cannot_be_contracted_or_commented_and_says_why() {
    SmallGrant g = SmallGrantGen.received(1, Money.ofZloty(5_000), RECEIPT);
    assertTrue(g.signContract(RECEIPT.plusDays(20), NOW).getLeft().has("SMALL_GRANT_STATUS"));
    assertTrue(g.receiveComment(Comment.received(RECEIPT, CommentAuthorKind.OTHER, "x"), NOW).getLeft()
        .has("SMALL_GRANT_STATUS"));
    assertTrue(g.closeCommentPeriod(RECEIPT, NOW).getLeft().has("SMALL_GRANT_STATUS"));
  }

  @Test
  void posting_twice_in_one_place_or_before_the_receipt_is_refused_with_every_reason() {
    SmallGrant g = ok(SmallGrantGen.received(1, Money.ofZloty(5_000), RECEIPT)
        .publish(new Publication(PublicationPlace.BIP, RECEIPT, RECEIPT.plusDays(6)), NOW));
    Refusal r = g.publish(new Publication(PublicationPlace.BIP, RECEIPT.minusDays(1), RECEIPT.plusDays(6)), NOW).getLeft();
    assertEquals(2, r.reasons().size());
    assertTrue(r.has("SMALL_GRANT_PUBLICATION_TWICE"));
    assertTrue(r.has("SMALL_GRANT_PUBLICATION_BEFORE_RECEIPT"));
  }

  @Test
  void an_unknown_or_already_considered_comment_cannot_be_considered() {
    SmallGrant g = ok(SmallGrantGen.received(1, Money.ofZloty(5_000), RECEIPT)
        .publish(new Publication(PublicationPlace.BIP, RECEIPT, RECEIPT.plusDays(6)), NOW));
    Consideration c = new Consideration(RECEIPT.plusDays(3), ConsiderationOutcome.REJECTED);
    assertTrue(g.considerComment(0, c, NOW).getLeft().has("SMALL_GRANT_COMMENT_UNKNOWN"));
    g = ok(g.receiveComment(Comment.received(RECEIPT.plusDays(1), CommentAuthorKind.PERSON, "x"), NOW));
    g = ok(g.considerComment(0, c, NOW));
    assertTrue(g.considerComment(0, c, NOW).getLeft().has("SMALL_GRANT_COMMENT_CONSIDERED"));
  }

  @Test
  void a_refused_or_withdrawn_grant_allows_nothing_and_no_longer_counts_towards_the_limits() {
    SmallGrant g = SmallGrantGen.received(1, Money.ofZloty(5_000), RECEIPT);
    SmallGrant refused = ok(g.refuse(RECEIPT.plusDays(3), "brak środków", NOW));
    SmallGrant withdrawn = ok(g.withdraw(RECEIPT.plusDays(3), NOW));
    assertEquals(Optional.of("brak środków"), refused.refusalReason());
    for (SmallGrant s : new SmallGrant[] {refused, withdrawn}) {
      assertTrue(s.status().isFinal());
      assertTrue(!s.status().countsTowardsLimits());
      assertTrue(s.withdraw(RECEIPT.plusDays(4), NOW).isLeft());
    }
    assertTrue(g.refuse(RECEIPT, " ", NOW).getLeft().has("SMALL_GRANT_REFUSAL_REASON"));
  }

  @Test
  void a_contracted_status_without_a_contract_date_is_not_a_valid_grant() {
    SmallGrant g = SmallGrantGen.received(1, Money.ofZloty(5_000), RECEIPT);
    assertThrows(InvalidInputException.class, () -> g.withStatus(SmallGrantStatus.CONTRACTED));
  }

  @Test
  void a_grant_contracted_in_january_counts_in_the_year_of_its_contract() {
    SmallGrant g = SmallGrantGen.contracted(SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2025, 12, 15)),
        LocalDate.of(2026, 1, 8));
    assertEquals(2026, g.grantYear());
    assertEquals(2025, SmallGrantGen.received(1, Money.ofZloty(5_000), LocalDate.of(2025, 12, 15)).grantYear());
  }
}
