package pl.lsw.core.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.partnership.governance.ActingRole;
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
 * The rules of the Initiative Bank and the LSW Action Base.
 *
 * <p>{@code INI-RECOMMENDATION} (MUST; seed 000 §Płaszczyzna 2): only the Task Team recommends an
 * entry into the Bank ({@code notTaskTeam}: the proposer does not act in a Task Team role they
 * hold — the Task Team Manager, a Task Team member or the knowledge-management specialist), and
 * only an entry with defined service conditions ({@code noServiceConditions}) and a defined
 * target group — addressees, or target groups in its access conditions ({@code noTargetGroup}).
 * Every finding at once.
 *
 * <p>{@code INI-VERIFICATION} (SHOULD; seed 000 Rysunek 5, seed 001 Tabela 1): every entry of the
 * Bank and every action of the Base that is not over is verified at least every {@code
 * INI-VERIFICATION.months} months (default 12): an entry last verified (or, never verified,
 * recommended) on day D is current up to and including D plus N months; from the next day it is
 * reported ({@code entryNotVerified}); an action likewise from its last verification or its
 * start ({@code actionNotVerified}). The parameter is read as valid on the day of the check.
 *
 * <p>Polish: <i>reguły Banku Inicjatyw i Bazy Działań LSW</i>.
 */
public final class BankRules {

  /** The roles of the Task Team that may recommend. */
  public static final Set<ActingRole> TASK_TEAM_ROLES = Set.of(ActingRole.TASK_TEAM_MANAGER,
      ActingRole.TASK_TEAM_MEMBER, ActingRole.KNOWLEDGE_MANAGEMENT_SPECIALIST);

  /** {@code INI-VERIFICATION}: the longest time between two verifications, in months (default 12). */
  public static final ParameterKey<Integer> VERIFICATION_MONTHS = ParameterKey.of(
      "INI-VERIFICATION.months", ParameterTypes.MONTHS,
      "najdłuższy odstęp między weryfikacjami pozycji Banku Inicjatyw i działań, w miesiącach",
      "the longest time between two verifications of a Bank entry or an action, in months");

  /** The date from which the defaults apply: a documented early baseline, as for governance. */
  public static final LocalDate VALID_FROM = LocalDate.of(2000, 1, 1);

  static final Label SERVICE_CONDITIONS = AbstractMapEntry.SERVICE_CONDITIONS;

  /** {@code INI-RECOMMENDATION}. */
  public static final Rule<RecommendationCandidate> RECOMMENDATION = Rule.of(RuleDefinition.of(
      "INI-RECOMMENDATION", Severity.MUST, SourceReference.seed("000", "§Płaszczyzna 2"),
      MapEntryRules.MESSAGES, List.of(), "notTaskTeam", "noServiceConditions", "noTargetGroup"),
      (c, ctx) -> {
        List<Finding> out = new ArrayList<>();
        if (!c.taskTeam()) {
          out.add(ctx.finding("actor", "notTaskTeam", "role", c.role()));
        }
        if (c.entry().serviceConditions().isEmpty()) {
          out.add(ctx.finding("entry.serviceConditions", "noServiceConditions"));
        }
        if (c.entry().addressees().isEmpty() && c.entry().access().targetGroups().isEmpty()) {
          out.add(ctx.finding("entry.addressees", "noTargetGroup"));
        }
        return out;
      });

  /** {@code INI-VERIFICATION}. */
  public static final Rule<InitiativeBase> VERIFICATION = Rule.of(RuleDefinition.of(
      "INI-VERIFICATION", Severity.SHOULD, SourceReference.seed("000", "Rysunek 5"),
      MapEntryRules.MESSAGES, List.of(VERIFICATION_MONTHS), "entryNotVerified",
      "actionNotVerified"), (base, ctx) -> {
        int months = ctx.parameter(VERIFICATION_MONTHS);
        List<Finding> out = new ArrayList<>();
        for (Recommendation r : base.recommendations()) {
          MapEntry e = base.entry(r.entry()).orElseThrow();
          LocalDate basis = base.verificationBasis(e);
          if (ctx.asOf().isAfter(basis.plusMonths(months))) {
            out.add(ctx.finding("entries." + e.id(), "entryNotVerified", "entry",
                e.name().orElse(e.id().toString()), "since", basis, "n", months));
          }
        }
        for (Action a : base.actions()) {
          if (!a.status().isOver() && ctx.asOf().isAfter(a.verificationBasis().plusMonths(months))) {
            out.add(ctx.finding("actions." + a.id(), "actionNotVerified", "action", a.name(),
                "since", a.verificationBasis(), "n", months));
          }
        }
        return out;
      });

  private BankRules() {}

  /** The default parameters: {@code INI-VERIFICATION.months} = 12 from {@link #VALID_FROM}. */
  public static ParameterSet defaults() {
    return ParameterSet.empty().with(VERIFICATION_MONTHS, VALID_FROM, 12);
  }

  /** The rule set {@code "initiative-bank"}: {@link #RECOMMENDATION}, {@link #VERIFICATION}. */
  public static RuleSet ruleSet() {
    return RuleSet.of("initiative-bank", List.of(RECOMMENDATION, VERIFICATION));
  }

  /** Checks a proposed recommendation as of a day. */
  public static RuleReport check(RecommendationCandidate candidate, LocalDate asOf,
      RuleEnvironment environment) {
    return RuleEngine.evaluate(candidate, "recommendation of "
        + candidate.entry().name().map(n -> "„" + n + "”").orElse(candidate.entry().id().toString()),
        List.of(RECOMMENDATION), asOf, environment.parameters(), environment.referenceData());
  }

  /** Checks that the Bank and the Base are verified as of a day. */
  public static RuleReport check(InitiativeBase base, LocalDate asOf, RuleEnvironment environment) {
    return RuleEngine.evaluate(base, "initiative base of partnership " + base.partnership(),
        List.of(VERIFICATION), asOf, environment.parameters(), environment.referenceData());
  }
}
