package pl.lsw.core.financing.cooperative;

import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.kernel.MessageBundle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import pl.lsw.core.financing.competition.CompetitionRules;
import pl.lsw.core.financing.competition.CooperativeProblem;
import pl.lsw.core.financing.competition.ProblemDefiner;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.offer.Offer;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.SourceReference;
import pl.lsw.core.rules.StatutoryParameters;

/**
 * The rule of cooperative problem solving.
 *
 * <p>{@code FIN-COOP-JOINT-OFFER} (MUST; seed 000 §Kooperacyjne rozwiązanie problemu): the
 * competition defines a problem ({@code notCooperative}), defined by the local government ({@code
 * problemNotDefinedByGovernment}), and names the required results ({@code noRequiredResults});
 * every offer is a joint offer of at least two organisations ({@code offerNotJoint}: 2 pass, 1
 * fails); every contract is joint ({@code contractNotJoint}), states the expected results as its
 * material scope ({@code noMaterialScope}) and allows at least the high shift share of the
 * parameter {@code FIN-COOP-JOINT-OFFER.minShiftShare} ({@code shiftShareLow}; 50,00% passes,
 * 49,99% fails), read as valid on the contract's signing day (when the term is agreed).
 *
 * <p>Polish: <i>reguła kooperacyjnego rozwiązywania problemów</i>.
 */
public final class CooperativeRules {

  /** The base name of the bundle of these rules' titles and messages: {@value}{@code .properties}
   * (Polish) and {@code _en} (English). */
  public static final String BUNDLE = "pl/lsw/core/financing/cooperative/messages";

  /** The bundle of the titles and messages of the rules of cooperative problem solving. */
  public static final MessageBundle MESSAGES = MessageBundle.of(CooperativeRules.class, BUNDLE);

  /** {@code FIN-COOP-JOINT-OFFER}. */
  public static final Rule<CooperativeProblemSolving> COOP_JOINT_OFFER = Rule.of(RuleDefinition.of("FIN-COOP-JOINT-OFFER", Severity.MUST, SourceReference.seed("000", "§Kooperacyjne rozwiązanie problemu"),
      MESSAGES, List.of(StatutoryParameters.COOP_SHIFT_SHARE_MIN),
      "notCooperative", "problemNotDefinedByGovernment",
      "noRequiredResults", "offerNotJoint",
      "contractNotJoint", "noMaterialScope",
      "shiftShareLow"), (s, ctx) -> {
        List<Finding> out = new ArrayList<>();
        if (s.competition().cooperativeProblem().isEmpty()) {
          out.add(ctx.finding("competition.cooperativeProblem", "notCooperative",
              "competition", s.competition().title()));
        } else {
          CooperativeProblem p = s.competition().cooperativeProblem().get();
          if (p.definedBy() != ProblemDefiner.LOCAL_GOVERNMENT) {
            out.add(ctx.finding("competition.cooperativeProblem.definedBy",
                "problemNotDefinedByGovernment", "definedBy", p.definedBy()));
          }
          if (p.requiredResults().stream().allMatch(String::isBlank)) {
            out.add(ctx.finding("competition.cooperativeProblem.requiredResults",
                "noRequiredResults"));
          }
        }
        for (Offer o : s.competition().offers()) {
          int n = new LinkedHashSet<>(o.applicants()).size();
          if (n < 2) {
            out.add(ctx.finding("competition." + CompetitionRules.offerPath(o.id()) + ".applicants",
                "offerNotJoint", "offer", o.task(), "count", n));
          }
        }
        for (int i = 0; i < s.contracts().size(); i++) {
          Contract c = s.contracts().get(i);
          String path = "contracts[" + i + "]";
          if (c.parties().size() < 2) {
            out.add(ctx.finding(path + ".parties", "contractNotJoint", "contract", c.signedOn(),
                "count", c.parties().size()));
          }
          if (c.expectedResults().stream().allMatch(String::isBlank)) {
            out.add(ctx.finding(path + ".expectedResults", "noMaterialScope",
                "contract", c.signedOn()));
          }
          Percent min = ctx.parameterAsOf(StatutoryParameters.COOP_SHIFT_SHARE_MIN, c.signedOn());
          if (c.allowedShiftShare().isLessThan(min)) {
            out.add(ctx.finding(path + ".allowedShiftShare", "shiftShareLow",
                "contract", c.signedOn(), "share", c.allowedShiftShare(), "min", min));
          }
        }
        return out;
      });

  private CooperativeRules() {}

  /** The rules: {@link #COOP_JOINT_OFFER}. */
  public static List<Rule<CooperativeProblemSolving>> rules() {
    return List.of(COOP_JOINT_OFFER);
  }

  /** The rule set {@code "financing-cooperative"}. */
  public static RuleSet ruleSet() {
    return RuleSet.of("financing-cooperative", rules());
  }

  /** Checks a case as of {@code asOf}. */
  public static RuleReport check(CooperativeProblemSolving subject, LocalDate asOf, RuleEnvironment environment) {
    return RuleEngine.evaluate(subject, "cooperative problem solving " + subject.competition().id(), rules(), asOf,
        environment.parameters(), environment.referenceData());
  }
}
