package pl.lsw.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a subject against a list of rules and returns a {@link RuleReport} with every finding of
 * every rule.
 *
 * <p>Order: rules run in the order given; a report lists findings in that order and, within one
 * rule, in the order the rule returned them.
 *
 * <p>A rule that throws does not stop the others and is not silently dropped: the engine records
 * a {@link RuleFailure} naming the rule and the cause (and logs it at WARN), the report's {@link
 * RuleReport#isComplete()} and {@link RuleReport#isCompliant()} are then {@code false}, its text
 * lists the failure, and {@link RuleReport#requireComplete()} turns it into a {@link
 * RuleEvaluationException}. A rule that returns a finding carrying another rule's code or version is
 * treated the same way, as a failure of that rule, and so is a finding whose message key the rule's
 * definition does not declare. {@link Error}s are not caught.
 *
 * <p>Polish: <i>silnik reguł</i>.
 */
public final class RuleEngine {

  private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

  private RuleEngine() {}

  /**
   * Checks {@code subject} against every rule in {@code rules}, as of {@code asOf}, with the
   * parameter values of {@code parameters} valid on that date.
   *
   * @param subject the thing checked
   * @param subjectReference how the report names the subject, e.g. {@code "grant 2026/17"}
   * @param rules the rules, in the order to run them
   * @param asOf the date the check is made as of
   * @param parameters the parameter values with their validity dates
   * @param <S> the type of subject
   */
  public static <S> RuleReport evaluate(S subject, String subjectReference,
      List<? extends Rule<? super S>> rules, LocalDate asOf, ParameterSet parameters) {
    return evaluate(subject, subjectReference, rules, asOf, parameters, ReferenceData.empty());
  }

  /**
   * Like {@link #evaluate(Object, String, List, LocalDate, ParameterSet)}, giving the rules
   * reference data such as a working-day calendar.
   *
   * @param subject the thing checked
   * @param subjectReference how the report names the subject
   * @param rules the rules, in the order to run them
   * @param asOf the date the check is made as of
   * @param parameters the parameter values with their validity dates
   * @param referenceData locale-independent data the rules may need
   * @param <S> the type of subject
   */
  public static <S> RuleReport evaluate(S subject, String subjectReference,
      List<? extends Rule<? super S>> rules, LocalDate asOf, ParameterSet parameters,
      ReferenceData referenceData) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(referenceData, "referenceData");
    Objects.requireNonNull(subjectReference, "subjectReference");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(parameters, "parameters");
    List<RuleId> evaluated = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<RuleFailure> failures = new ArrayList<>();
    for (Rule<? super S> rule : rules) {
      RuleDefinition def = rule.definition();
      evaluated.add(def.id());
      try {
        List<Finding> found = rule.evaluate(subject, RuleContext.of(def, asOf, parameters, referenceData));
        for (Finding f : Objects.requireNonNull(found, "rule returned null instead of a list")) {
          if (!f.rule().equals(def.id())) {
            throw new IllegalStateException("rule returned a finding of " + f.rule());
          }
          if (!def.messageKeys().contains(f.messageKey())) {
            throw new IllegalStateException("rule returned a finding with the undeclared message key "
                + f.messageKey());
          }
        }
        findings.addAll(found);
      } catch (RuntimeException e) {
        LOG.warn("rule {} could not be checked for {}", def.id(), subjectReference, e);
        failures.add(RuleFailure.of(def.id(), e));
      }
    }
    return new RuleReport(subjectReference, asOf, evaluated, findings, failures);
  }
}
