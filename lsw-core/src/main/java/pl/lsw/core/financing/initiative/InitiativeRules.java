package pl.lsw.core.financing.initiative;

import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.kernel.MessageBundle;
import java.time.LocalDate;
import java.util.List;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.SourceReference;
import pl.lsw.core.rules.StatutoryParameters;

/**
 * The rule of own-initiative proposals.
 *
 * <p>{@code FIN-OWN-INITIATIVE} (MUST; UDPP art. 12 ust. 2; {@code FIN-OWN-INITIATIVE.months} as
 * valid on the day of receipt): the body assesses the proposal within one month of its receipt —
 * the same day of the next month (the last day of a shorter month), moved to the next working day
 * when it is not one (Civil Code art. 112, 115). Received on 15 January 2026, due on 16 February
 * 2026 (15 February is a Sunday): assessed on 16 February passes, on 17 February fails ({@code
 * late}); unassessed after the due day fails ({@code overdue}).
 *
 * <p>Polish: <i>reguła oferty z inicjatywy własnej</i>.
 */
public final class InitiativeRules {

  /** The base name of the bundle of these rules' titles and messages: {@value}{@code .properties}
   * (Polish) and {@code _en} (English). */
  public static final String BUNDLE = "pl/lsw/core/financing/initiative/messages";

  /** The bundle of the titles and messages of the rules of own-initiative proposals. */
  public static final MessageBundle MESSAGES = MessageBundle.of(InitiativeRules.class, BUNDLE);

  /** {@code FIN-OWN-INITIATIVE}. */
  public static final Rule<OwnInitiativeProposal> OWN_INITIATIVE = Rule.of(RuleDefinition.of("FIN-OWN-INITIATIVE", Severity.MUST, SourceReference.legalAct("UDPP", "art. 12 ust. 2"),
      MESSAGES, List.of(StatutoryParameters.OWN_INITIATIVE_MONTHS), "late",
      "overdue"), (p, ctx) -> {
        int months = ctx.parameterAsOf(StatutoryParameters.OWN_INITIATIVE_MONTHS, p.receivedOn());
        LocalDate due = ctx.referenceData().find(WorkingDayCalendar.class).orElseThrow(
            () -> new IllegalStateException("the rule environment has no working-day calendar"))
            .nextWorkingDayOnOrAfter(p.receivedOn().plusMonths(months));
        if (p.assessedOn().isPresent()) {
          return p.assessedOn().get().isAfter(due)
              ? List.of(ctx.finding("assessedOn", "late", "assessed", p.assessedOn().get(),
                  "received", p.receivedOn(), "due", due, "months", months))
              : ctx.none();
        }
        return ctx.asOf().isAfter(due)
            ? List.of(ctx.finding("assessedOn", "overdue", "received", p.receivedOn(),
                "due", due, "months", months))
            : ctx.none();
      });

  private InitiativeRules() {}

  /** The rules: {@link #OWN_INITIATIVE}. */
  public static List<Rule<OwnInitiativeProposal>> rules() {
    return List.of(OWN_INITIATIVE);
  }

  /** The rule set {@code "financing-initiative"}. */
  public static RuleSet ruleSet() {
    return RuleSet.of("financing-initiative", rules());
  }

  /** Checks a proposal as of {@code asOf}. */
  public static RuleReport check(OwnInitiativeProposal proposal, LocalDate asOf, RuleEnvironment environment) {
    return RuleEngine.evaluate(proposal, "own-initiative proposal " + proposal.id(), rules(), asOf,
        environment.parameters(), environment.referenceData());
  }
}
