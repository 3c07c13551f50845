package pl.lsw.core.evaluation.instrument;

import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleContext;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.Severity;

/**
 * The rules of the evaluation instruments, each version 1, with its seed source and its Polish
 * and English messages (bundle {@value #BUNDLE}).
 *
 * <ul>
 *   <li>{@code EVAL-PRINCIPLE-EVIDENCE} (SHOULD; seed 001 §3) over a {@link
 *       PrinciplesSelfAssessment}: a principle graded met or partly met should rest on at least one
 *       piece of evidence. Each such rating without evidence is a finding ({@code withoutEvidence})
 *       naming the principle, its grade and the day; a principle graded not met, or not rated, is
 *       not reported. No parameters.
 * </ul>
 *
 * <p>Polish: <i>reguły narzędzi ewaluacji partnerstwa</i>.
 */
public final class InstrumentRules {

  /** The base name of the bundle of these rules' titles and messages. */
  public static final String BUNDLE = "pl/lsw/core/evaluation/instrument/messages";

  /** The bundle of the titles and messages of the instrument rules. */
  public static final MessageBundle MESSAGES = MessageBundle.of(InstrumentRules.class, BUNDLE);

  /** {@code EVAL-PRINCIPLE-EVIDENCE}: see the class documentation. */
  public static final Rule<PrinciplesSelfAssessment> PRINCIPLE_EVIDENCE = Rule.of(
      RuleDefinition.of("EVAL-PRINCIPLE-EVIDENCE", Severity.SHOULD, Principle.SOURCE, MESSAGES,
          List.of(), "withoutEvidence"), InstrumentRules::principleEvidence);

  private InstrumentRules() {}

  /** @return the rules: {@link #PRINCIPLE_EVIDENCE} */
  public static List<Rule<PrinciplesSelfAssessment>> rules() {
    return List.of(PRINCIPLE_EVIDENCE);
  }

  /** @return the rule set {@code "evaluation-instrument"} */
  public static RuleSet ruleSet() {
    return RuleSet.of("evaluation-instrument", PRINCIPLE_EVIDENCE);
  }

  /**
   * Checks the self-assessment with {@code EVAL-PRINCIPLE-EVIDENCE}, as of its day.
   *
   * @param assessment the self-assessment
   * @param parameters the parameters (e.g. {@code StandardRules.parameters()})
   * @return the report
   */
  public static RuleReport check(PrinciplesSelfAssessment assessment, ParameterSet parameters) {
    return RuleEngine.evaluate(assessment, "principles " + assessment.assessedOn(), rules(),
        assessment.assessedOn(), parameters);
  }

  private static List<Finding> principleEvidence(PrinciplesSelfAssessment a, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < a.ratings().size(); i++) {
      PrincipleRating r = a.ratings().get(i);
      if (r.lacksEvidence()) {
        out.add(ctx.finding("ratings[" + i + "].evidence", "withoutEvidence", "principle",
            r.principle(), "code", r.principle().code(), "grade", r.grade(), "date",
            a.assessedOn()));
      }
    }
    return out;
  }
}
