package pl.lsw.core.financing.advice;

import java.util.List;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.SourceReference;
import pl.lsw.core.rules.StatutoryParameters;

/**
 * The rules the {@link ProcedureAdvisor} checks on a {@link ProcedureQuestion} for the procedures
 * other than the small grant (which uses {@link
 * pl.lsw.core.financing.smallgrant.SmallGrantRules#eligibilityRules()}). They judge only whether a
 * procedure is open to the task; the rules of the procedure itself (announcement, committee, joint
 * offer contents, ...) apply when it runs. Messages in the bundle {@value #BUNDLE}.
 *
 * <p>Polish: <i>reguły wyboru trybu</i>.
 */
public final class AdviceRules {

  /** The base name of the rules' message bundle. */
  public static final String BUNDLE = "pl/lsw/core/financing/advice/messages";

  /** The bundle of titles and messages (Polish, English). */
  public static final MessageBundle MESSAGES = MessageBundle.of(AdviceRules.class, BUNDLE);

  /** The name of the rule set. */
  public static final String RULE_SET_NAME = "financing-advice";

  /**
   * {@code FIN-ADVICE-SUPPORT-CONTRIBUTION} (SHOULD, a note): in support mode the body pays at most
   * {@code FIN-SUPPORT-SHARE.max} (80%) of the cost, so the task must cost at least the grant divided
   * by that share, the rest coming from the organisation. Message {@code ownContribution} with
   * {@code amount}, {@code max}, {@code minimumCost}.
   */
  public static final Rule<ProcedureQuestion> SUPPORT_CONTRIBUTION = Rule.of(
      RuleDefinition.of("FIN-ADVICE-SUPPORT-CONTRIBUTION", Severity.SHOULD, SourceReference.legalAct("UDPP", "art. 5 ust. 4 pkt 2"),
          MESSAGES, List.of(StatutoryParameters.SUPPORT_SHARE_MAX), "ownContribution"),
      (q, ctx) -> {
        Percent max = ctx.parameterAsOf(StatutoryParameters.SUPPORT_SHARE_MAX, q.date());
        Money minimum = max.value().signum() == 0 ? q.amount()
            : Money.of(q.amount().toBigDecimal().multiply(java.math.BigDecimal.valueOf(100))
                .divide(max.value(), 2, java.math.RoundingMode.UP));
        return List.of(ctx.finding("mode", "ownContribution",
            "amount", q.amount(), "max", max, "minimumCost", minimum));
      });

  /**
   * {@code FIN-ADVICE-COOP-PARTNERS} (MUST): cooperative problem solving takes a joint offer of at
   * least two organisations. Message {@code tooFew} with {@code count}.
   */
  public static final Rule<ProcedureQuestion> COOP_PARTNERS = Rule.of(
      RuleDefinition.of("FIN-ADVICE-COOP-PARTNERS", Severity.MUST,
          SourceReference.seed("000", "§Kooperacyjne rozwiązanie problemu"), MESSAGES, List.of(), "tooFew"),
      (q, ctx) -> q.jointOfferOrganisations() >= 2 ? ctx.none()
          : List.of(ctx.finding("jointOfferOrganisations", "tooFew",
              "count", q.jointOfferOrganisations())));

  /**
   * {@code FIN-ADVICE-COOP-PROBLEM} (MUST): cooperative problem solving addresses a problem the
   * local government defined. Message {@code notDefined}.
   */
  public static final Rule<ProcedureQuestion> COOP_PROBLEM = Rule.of(
      RuleDefinition.of("FIN-ADVICE-COOP-PROBLEM", Severity.MUST,
          SourceReference.seed("000", "§Kooperacyjne rozwiązanie problemu"), MESSAGES, List.of(), "notDefined"),
      (q, ctx) -> q.problemDefinedByLocalGovernment() ? ctx.none()
          : List.of(ctx.finding("problemDefinedByLocalGovernment", "notDefined")));

  /**
   * {@code FIN-ADVICE-OWN-INITIATIVE} (SHOULD, a note): the body assesses an own-initiative offer
   * within {@code FIN-OWN-INITIATIVE.months} (1 month) and, if it finds the task worth doing, runs
   * a competition or a small grant for it. Message {@code assessment} with {@code months}, {@code
   * by}.
   */
  public static final Rule<ProcedureQuestion> OWN_INITIATIVE = Rule.of(
      RuleDefinition.of("FIN-ADVICE-OWN-INITIATIVE", Severity.SHOULD, SourceReference.legalAct("UDPP", "art. 12"),
          MESSAGES, List.of(StatutoryParameters.OWN_INITIATIVE_MONTHS), "assessment"),
      (q, ctx) -> {
        int months = ctx.parameterAsOf(StatutoryParameters.OWN_INITIATIVE_MONTHS, q.date());
        return List.of(ctx.finding("", "assessment", "months", months,
            "by", q.date().plusMonths(months)));
      });

  private AdviceRules() {}

  /** The rule set {@value #RULE_SET_NAME}. */
  public static RuleSet ruleSet() {
    return RuleSet.of(RULE_SET_NAME, SUPPORT_CONTRIBUTION, COOP_PARTNERS, COOP_PROBLEM, OWN_INITIATIVE);
  }

}
