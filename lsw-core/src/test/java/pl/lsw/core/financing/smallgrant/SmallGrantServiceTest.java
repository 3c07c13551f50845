package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.GrantingOfficial;
import pl.lsw.core.financing.OrganisationRepresentative;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.rules.RuleReport;

class SmallGrantServiceTest {

  static final LocalDate RECEIPT = LocalDate.of(2026, 3, 2);
  final FakeSmallGrantRepository repository = new FakeSmallGrantRepository();
  final List<DomainEvent> published = new ArrayList<>();
  final AtomicLong ids = new AtomicLong();
  final Clock clock = Clock.fixed(SmallGrantGen.NOW, ZoneId.of("Europe/Warsaw"));
  final SmallGrantService service = new SmallGrantService(repository, clock,
      () -> new UUID(7, ids.incrementAndGet()), published::add, SmallGrantChecker.statutory(), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());

  final GrantingOfficial official = new GrantingOfficial(SmallGrantGen.WARSAW, "naczelnik wydziału");
  final OrganisationRepresentative representative =
      new OrganisationRepresentative(SmallGrantGen.organisation(1), "Anna Nowak, prezeska zarządu");

  SmallGrantOffer offer(Money amount) {
    return SmallGrantOffer.builder().body(SmallGrantGen.WARSAW).applicant(SmallGrantGen.organisation(1))
        .taskTitle("Spotkania sąsiedzkie").localOrRegional(true)
        .taskPeriod(DateRange.ofDays(RECEIPT.plusDays(20), 30)).amount(amount).mode(FundingMode.SUPPORT)
        .offerReceived(RECEIPT).build();
  }

  GrantId postedAndClosed(Money amount) {
    return postedAndClosed(amount, RECEIPT.plusDays(9));
  }

  GrantId postedAndClosed(Money amount, LocalDate closeOn) {
    GrantId id = service.receive(representative, offer(amount)).get().createdId(GrantId.class);
    for (PublicationPlace p : PublicationPlace.values()) {
      service.publish(id, official, new Publication(p, RECEIPT.plusDays(1), RECEIPT.plusDays(7))).get();
    }
    service.closeCommentPeriod(id, official, closeOn).get();
    return id;
  }

  @Test
  void a_received_offer_is_stored_with_version_1_and_its_event_published_after_the_save() {
    SmallGrant g = service.receive(representative, offer(Money.ofZloty(5_000))).get().state();
    assertEquals(1, g.version());
    assertEquals(GrantId.of(new UUID(7, 1)), g.id());
    assertEquals(List.of(new SmallGrantEvent.OfferReceived(g.id(), RECEIPT, SmallGrantGen.NOW)), published);
  }

  @Test
  void a_compliant_grant_is_contracted_after_the_comment_period() {
    service.planBudget(official, new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(1_000_000)));
    GrantId id = postedAndClosed(Money.ofZloty(5_000));
    SmallGrant g = service.signContract(id, official, RECEIPT.plusDays(10)).get().state();
    assertEquals(SmallGrantStatus.CONTRACTED, g.status());
    assertEquals(6, g.version());
    assertTrue(published.get(published.size() - 1) instanceof SmallGrantEvent.Contracted);
    RuleReport report = service.check(id).get();
    assertTrue(report.isCompliant(), report::toString);
  }

  @Test
  void a_contract_is_refused_with_every_violated_rule_and_nothing_is_stored_or_published() {
    GrantId id = postedAndClosed(Money.of("10000.01"), RECEIPT.plusDays(7));
    int eventsBefore = published.size();
    Refusal r = service.signContract(id, official, RECEIPT.plusDays(7)).getLeft();
    assertTrue(r.has("FIN-SMALL-GRANT-AMOUNT"), r::toString);
    assertTrue(r.has("FIN-SMALL-GRANT-COMMENTS"), r::toString);
    assertTrue(r.has("FIN-SMALL-GRANT-BUDGET-SHARE"), r::toString);
    assertEquals(SmallGrantStatus.COMMENT_PERIOD_CLOSED, repository.findById(id).get().status());
    assertEquals(eventsBefore, published.size());
  }

  @Test
  void the_yearly_cap_counts_the_organisations_grants_already_stored() {
    service.planBudget(official, new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(1_000_000)));
    service.signContract(postedAndClosed(Money.ofZloty(10_000)), official, RECEIPT.plusDays(10)).get();
    service.signContract(postedAndClosed(Money.ofZloty(10_000)), official, RECEIPT.plusDays(10)).get();
    Refusal r = service.signContract(postedAndClosed(Money.of("0.01")), official, RECEIPT.plusDays(11)).getLeft();
    assertTrue(r.has("FIN-SMALL-GRANT-YEARLY-CAP"), r::toString);
  }

  @Test
  void an_unknown_grant_is_refused() {
    assertTrue(service.publish(SmallGrantGen.grantId(99), official, new Publication(PublicationPlace.BIP, RECEIPT, RECEIPT))
        .getLeft().has("SMALL_GRANT_UNKNOWN"));
  }

  @Test
  void a_concurrent_change_surfaces_as_a_version_conflict() {
    SmallGrant g = service.receive(representative, offer(Money.ofZloty(5_000))).get().state();
    repository.save(g.withTaskTitle("Zmienione gdzie indziej"));
    assertThrows(VersionConflictException.class, () -> repository.save(g.withTaskTitle("Nieaktualne")));
  }
}
