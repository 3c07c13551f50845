package pl.lsw.core.basket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterKey;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.ParameterTypes;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.SourceReference;

/**
 * The rules of the Local Service Basket (seed 004: the basket is the base source of knowledge of
 * the offer, kept current, and best accepted when discussed at formal meetings).
 *
 * <ul>
 *   <li>{@code BASKET-CURRENT} (SHOULD): every service in force on the day checked was confirmed
 *       current within {@code BASKET-CURRENT.verificationMonths} months (default 12): verified on
 *       D, it passes up to and including D plus that many months, and is reported the day after
 *       ({@code stale});
 *   <li>{@code BASKET-AGREED} (SHOULD): every service in force, as offered to families, was
 *       agreed at a partnership meeting: a service never agreed ({@code notAgreed}) and one added
 *       or changed after the latest agreement ({@code changedAfterAgreement}) are reported.
 * </ul>
 *
 * <p>Polish: <i>reguły Lokalnego Koszyka Usług</i>.
 */
public final class BasketRules {

  /** The base name of the bundle of these rules' titles and messages: {@value}{@code .properties}
   * (Polish) and {@code _en} (English). */
  public static final String BUNDLE = "pl/lsw/core/basket/messages";

  /** The bundle of the titles and messages of the basket's rules. */
  public static final MessageBundle MESSAGES = MessageBundle.of(BasketRules.class, BUNDLE);

  /** The date from which the defaults apply: the same early baseline as the governance rules. */
  public static final LocalDate VALID_FROM = LocalDate.of(2000, 1, 1);

  /** {@code BASKET-CURRENT}: the longest time since a service was last verified, in months. */
  public static final ParameterKey<Integer> VERIFICATION_MONTHS = ParameterKey.of(
      "BASKET-CURRENT.verificationMonths", ParameterTypes.MONTHS,
      "najdłuższy czas od ostatniego potwierdzenia aktualności usługi koszyka, w miesiącach",
      "the longest time since a basket service was last verified, in months");

  /** {@code BASKET-CURRENT}. */
  public static final Rule<ServiceBasket> CURRENT = Rule.of(RuleDefinition.of("BASKET-CURRENT",
      Severity.SHOULD, SourceReference.seed("004", "Lokalny Koszyk Usług"), MESSAGES,
      List.of(VERIFICATION_MONTHS), "stale"), (b, ctx) -> {
        List<Finding> out = new ArrayList<>();
        int months = ctx.parameterAsOf(VERIFICATION_MONTHS, ctx.asOf());
        for (BasketService s : b.inForceOn(ctx.asOf())) {
          LocalDate due = s.lastVerifiedOn().plusMonths(months);
          if (ctx.asOf().isAfter(due)) {
            out.add(ctx.finding(path(b, s), "stale", "service", s.name(),
                "verified", s.lastVerifiedOn(), "months", months, "due", due));
          }
        }
        return out;
      });

  /** {@code BASKET-AGREED}. */
  public static final Rule<ServiceBasket> AGREED = Rule.of(RuleDefinition.of("BASKET-AGREED",
      Severity.SHOULD, SourceReference.seed("004", "Lokalny Koszyk Usług"), MESSAGES, List.of(),
      "notAgreed", "changedAfterAgreement"), (b, ctx) -> {
        List<Finding> out = new ArrayList<>();
        for (BasketService s : b.notYetAgreed(ctx.asOf())) {
          if (b.lastAgreement().isPresent() && b.lastAgreement().get().covers(s.id())) {
            out.add(ctx.finding(path(b, s), "changedAfterAgreement", "service", s.name(),
                "agreed", b.lastAgreement().get().date()));
          } else {
            out.add(ctx.finding(path(b, s), "notAgreed", "service", s.name()));
          }
        }
        return out;
      });

  private static final ParameterSet DEFAULTS =
      ParameterSet.empty().with(VERIFICATION_MONTHS, VALID_FROM, 12);

  private BasketRules() {}

  private static String path(ServiceBasket b, BasketService s) {
    return "services[" + b.services().indexOf(s) + "]";
  }

  /** The rules: {@link #CURRENT}, {@link #AGREED}. */
  public static List<Rule<ServiceBasket>> rules() {
    return List.of(CURRENT, AGREED);
  }

  /** The rule set {@code "basket"}. */
  public static RuleSet ruleSet() {
    return RuleSet.of("basket", rules());
  }

  /** The defaults of the parameters: 12 months, valid from {@link #VALID_FROM}. */
  public static ParameterSet defaults() {
    return DEFAULTS;
  }

  /** Checks a basket as of {@code asOf}. */
  public static RuleReport check(ServiceBasket basket, LocalDate asOf,
      RuleEnvironment environment) {
    return RuleEngine.evaluate(basket, "service basket of " + basket.partnership(), rules(), asOf,
        environment.parameters(), environment.referenceData());
  }
}
