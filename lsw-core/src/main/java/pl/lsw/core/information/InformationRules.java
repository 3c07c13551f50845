package pl.lsw.core.information;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.SourceReference;

/**
 * The rule of co-informing.
 *
 * <p>{@code INF-SIMULTANEOUS} (MUST; seed 000 §Płaszczyzna 2: <i>wszystkie informacje trafiają do
 * członków LSW w tym samym czasie</i>): a piece of information reaches every active member at the
 * same moment. A dispatch has one instant for every recipient by construction; the rule reports
 * each organisation that was an active member at that instant and is not a recipient ({@code
 * memberLeftOut}), and each recipient whose delivery failed ({@code deliveryFailed}).
 *
 * <p>Polish: <i>reguła współinformowania</i>.
 */
public final class InformationRules {

  /** The base name of the bundle of these rules' titles and messages: {@value}{@code .properties}
   * (Polish) and {@code _en} (English). */
  public static final String BUNDLE = "pl/lsw/core/information/messages";

  /** The bundle of the titles and messages of the rules of co-informing. */
  public static final MessageBundle MESSAGES = MessageBundle.of(InformationRules.class, BUNDLE);

  /** {@code INF-SIMULTANEOUS}. */
  public static final Rule<DispatchAudit> SIMULTANEOUS = Rule.of(RuleDefinition.of(
      "INF-SIMULTANEOUS", Severity.MUST, SourceReference.seed("000", "§Płaszczyzna 2"), MESSAGES,
      List.of(), "memberLeftOut", "deliveryFailed"), (a, ctx) -> {
        List<Finding> out = new ArrayList<>();
        Dispatch d = a.dispatch();
        String subject = d.item().subject();
        for (var member : a.members()) {
          if (d.recipient(member).isEmpty()) {
            out.add(ctx.finding("recipients", "memberLeftOut", "organisation", a.nameOf(member),
                "subject", subject, "day", a.day()));
          }
        }
        for (int i = 0; i < d.recipients().size(); i++) {
          DispatchRecipient r = d.recipients().get(i);
          if (r.outcome().failed()) {
            out.add(ctx.finding("recipients[" + i + "]", "deliveryFailed", "organisation",
                a.nameOf(r.organisation()), "subject", subject, "day", a.day(),
                "reason", r.outcome().failureReason().orElse("")));
          }
        }
        return out;
      });

  private InformationRules() {}

  /** The rules: {@link #SIMULTANEOUS}. */
  public static List<Rule<DispatchAudit>> rules() {
    return List.of(SIMULTANEOUS);
  }

  /** The rule set {@code "information"}. */
  public static RuleSet ruleSet() {
    return RuleSet.of("information", rules());
  }

  /**
   * Checks one dispatch, as of {@code asOf}. The report names the dispatch by its id.
   *
   * @param audit the dispatch with the members at its instant
   * @param asOf the date of the check
   * @param environment the rules' environment
   * @return the report
   */
  public static RuleReport check(DispatchAudit audit, LocalDate asOf, RuleEnvironment environment) {
    return RuleEngine.evaluate(audit, "dispatch „" + audit.dispatch().item().subject() + "” of "
        + audit.day(), rules(), asOf,
        environment.parameters(), environment.referenceData());
  }

  /**
   * Checks every dispatch of a period, one report each, in the order given.
   *
   * @param audits the dispatches with their members
   * @param asOf the date of the check
   * @param environment the rules' environment
   * @return the reports
   */
  public static List<RuleReport> checkAll(List<DispatchAudit> audits, LocalDate asOf,
      RuleEnvironment environment) {
    return audits.stream().map(a -> check(a, asOf, environment)).toList();
  }
}
