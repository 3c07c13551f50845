package pl.lsw.core.rules;

import pl.lsw.core.kernel.MessageBundle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.Money;

/** Test-only rules and subjects. */
final class TestRules {

  static final MessageBundle BUNDLE = MessageBundle.of(TestRules.class, "pl/lsw/core/rules/test-messages");

  /** A small grant: its amount and the date it is given on. */
  record Grant(Money amount, LocalDate date) {}

  /** Checks a grant's amount against FIN-SMALL-GRANT-AMOUNT.max valid on the grant's date. */
  static final Rule<Grant> SMALL_GRANT_AMOUNT = Rule.of(
      definition("TEST-SMALL-GRANT-AMOUNT", Severity.MUST, "tooHigh")
          .withParameters(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX)
          .withSource(SourceReference.legalAct("UDPP", "art. 19a")),
      (grant, ctx) -> {
        Money max = ctx.parameterAsOf(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX, grant.date());
        return grant.amount().isGreaterThan(max)
            ? List.of(ctx.finding("amount", "tooHigh",
                "amount", grant.amount(), "max", max, "date", grant.date()))
            : ctx.none();
      });

  private TestRules() {}

  static RuleDefinition definition(String code, Severity severity, String findingKey) {
    return RuleDefinition.of(code, severity, SourceReference.seed("000", "§Płaszczyzna 1"), BUNDLE,
        List.of(), findingKey);
  }

  /** A rule of any subject that makes {@code count} findings numbered 1.. at paths f1, f2, .... */
  static Rule<Object> many(String code, Severity severity, int count) {
    String key = "found";
    return Rule.of(definition(code, severity, key), (s, ctx) -> {
      List<Finding> out = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        out.add(ctx.finding("f" + i, key, "n", i));
      }
      return out;
    });
  }

  /** A rule that throws. */
  static Rule<Object> broken() {
    return Rule.of(definition("TEST-BROKEN", Severity.MUST, "found"), (s, ctx) -> {
      throw new IllegalStateException("the data source of the test rule is down");
    });
  }
}
