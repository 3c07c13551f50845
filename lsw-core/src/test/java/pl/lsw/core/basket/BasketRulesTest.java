package pl.lsw.core.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.basket.BasketSamples.COUNSELLING;
import static pl.lsw.core.basket.BasketSamples.T0;
import static pl.lsw.core.basket.BasketSamples.ngoRep;
import static pl.lsw.core.basket.BasketSamples.ok;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;

class BasketRulesTest {

  private static final RuleEnvironment ENV =
      RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish());

  private static List<Finding> findings(ServiceBasket b, LocalDate asOf, String code) {
    RuleReport report = BasketRules.check(b, asOf, ENV);
    return report.findingsOf(RuleCode.of(code));
  }

  /** The full service, verified on 2 March 2026, agreed. */
  private static ServiceBasket verifiedAndAgreed() {
    ServiceBasket b = ok(BasketSamples.oneService().verifyService(ngoRep(),
        BasketSamples.partnership(), COUNSELLING, LocalDate.of(2026, 3, 2), T0));
    return ok(b.agree(BasketSamples.manager(), BasketSamples.partnership(), BasketSamples.MEETING,
        LocalDate.of(2026, 3, 2), T0.plusSeconds(1)));
  }

  @Test
  void a_service_verified_exactly_twelve_months_ago_is_current_and_one_day_more_is_stale() {
    ServiceBasket b = verifiedAndAgreed().withServices(verifiedAndAgreed().services().get(0)
        .withUntil(java.util.Optional.empty()));

    assertTrue(findings(b, LocalDate.of(2027, 3, 2), "BASKET-CURRENT").isEmpty());
    List<Finding> stale = findings(b, LocalDate.of(2027, 3, 3), "BASKET-CURRENT");
    assertEquals(1, stale.size());
    assertEquals("services[0]", stale.get(0).path());
    String pl = stale.get(0).message(Locale.forLanguageTag("pl"));
    assertTrue(pl.contains("02.03.2026") && pl.contains("12 miesięcy"), pl);
    assertTrue(stale.get(0).message(Locale.ENGLISH).contains("12 months"),
        stale.get(0).message(Locale.ENGLISH));
  }

  @Test
  void the_number_of_months_is_a_dated_parameter() {
    RuleEnvironment six = RuleEnvironment.of(StandardRules.parameters()
        .with(BasketRules.VERIFICATION_MONTHS, LocalDate.of(2026, 6, 1), 6),
        WorkingDayCalendar.polish());
    ServiceBasket b = verifiedAndAgreed();

    assertTrue(BasketRules.check(b, LocalDate.of(2026, 9, 2), six).findings().stream()
        .noneMatch(f -> f.code().equals(RuleCode.of("BASKET-CURRENT"))));
    assertEquals(1, BasketRules.check(b, LocalDate.of(2026, 9, 3), six).findings().stream()
        .filter(f -> f.code().equals(RuleCode.of("BASKET-CURRENT"))).count());
    assertTrue(BasketRules.check(b, LocalDate.of(2026, 9, 3), ENV).findings().stream()
        .noneMatch(f -> f.code().equals(RuleCode.of("BASKET-CURRENT"))));
  }

  @Test
  void a_withdrawn_or_ended_service_is_not_checked() {
    ServiceBasket b = verifiedAndAgreed();
    assertTrue(findings(b, LocalDate.of(2027, 3, 3), "BASKET-CURRENT").isEmpty(),
        "the service ends on 31 December 2026");
  }

  @Test
  void services_never_agreed_and_changed_after_the_agreement_are_reported() {
    ServiceBasket one = BasketSamples.oneService();
    List<Finding> never = findings(one, LocalDate.of(2026, 3, 2), "BASKET-AGREED");
    assertEquals(1, never.size());
    assertTrue(never.get(0).message(Locale.ENGLISH).contains("not been agreed"));

    ServiceBasket agreed = verifiedAndAgreed();
    assertTrue(findings(agreed, LocalDate.of(2026, 3, 2), "BASKET-AGREED").isEmpty());

    ServiceBasket changed = ok(agreed.changeService(ngoRep(), BasketSamples.partnership(),
        COUNSELLING, BasketServiceDraft.from(agreed.service(COUNSELLING).get()).withName("Nowa"),
        T0.plusSeconds(2)));
    List<Finding> after = findings(changed, LocalDate.of(2026, 3, 2), "BASKET-AGREED");
    assertEquals(1, after.size());
    String pl = after.get(0).message(Locale.forLanguageTag("pl"));
    assertTrue(pl.contains("Nowa") && pl.contains("02.03.2026"), pl);
  }

  @Test
  void the_rules_are_in_the_standard_catalog_with_their_default() {
    assertTrue(StandardRules.catalog().find(RuleCode.of("BASKET-CURRENT")).isPresent());
    assertTrue(StandardRules.catalog().find(RuleCode.of("BASKET-AGREED")).isPresent());
    assertEquals(12, StandardRules.parameters().find(BasketRules.VERIFICATION_MONTHS,
        LocalDate.of(2026, 1, 1)).get().value());
    assertEquals(PartnershipFixture.ID, verifiedAndAgreed().partnership());
  }
}
