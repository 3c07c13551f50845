package pl.lsw.core.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleContext;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.SourceReference;

/**
 * The evaluation rules, each version 1, SHOULD (a warning that explains itself, never a block),
 * with its seed source, its parameters ({@link EvaluationParameters}) and its Polish and English
 * messages (bundle {@value #BUNDLE}). Every finding names the data it used as arguments: the
 * member, the counts, the shares and the thresholds, and for the threat rules the period ({@code
 * from}, {@code to}).
 *
 * <ul>
 *   <li>{@code EVAL-SIGNIFICANT-PROGRESS} (seed 001 §8) over a {@link SurveyComparison}: each
 *       question asked in both waves should show significant progress, i.e. a rise of <em>more
 *       than</em> the threshold (exactly the threshold is not) measured as the {@link
 *       ProgressMeasure} parameter says; parameters as of the later wave's day. Findings {@code
 *       notSignificantPoints} / {@code notSignificantMean} per question, and {@code notCompared}
 *       for a question asked in one wave only;
 *   <li>{@code TYP-DOMINATION} (seed 001 §2.2.4, "zagrożenie dominacją") over a {@link
 *       CooperationRecord}: one member proposed or imposed more than the largest share of the
 *       period's decisions (judged from the least number of decisions on; {@code decisionShare}),
 *       or used at least the given number of another member's resources while that member used
 *       none of its own ({@code oneWayResources});
 *   <li>{@code TYP-PARALLEL-ACTION} (seed 001 §2.2.4, "prowadzenie działań równoległych"): a
 *       member with fewer contacts in the period than the least number — joint actions, meetings
 *       attended, information exchanges sent or received — is in the partnership "on paper"
 *       ({@code contactOnPaper});
 *   <li>{@code TYP-DRAINING} (seed 001 §2.2.4, "drenowanie zasobów partnerów"): a member brought
 *       more resources in the period than tolerated without agreed ownership or terms of use
 *       ({@code unagreedResources}).
 * </ul>
 *
 * <p>The threat rules read their parameters as of the last day of the record's period.
 *
 * <p>Polish: <i>reguły ewaluacji partnerstwa i zagrożeń dla współpracy</i>.
 */
public final class EvaluationRules {

  /** The base name of the evaluation rules' message bundle. */
  public static final String BUNDLE = "pl/lsw/core/evaluation/messages";

  /** The bundle of the evaluation rules' titles and messages. */
  public static final MessageBundle MESSAGES = MessageBundle.of(EvaluationRules.class, BUNDLE);

  private static final SourceReference SURVEY_SOURCE = SourceReference.seed("001", "§8");
  private static final SourceReference THREATS_SOURCE = SourceReference.seed("001", "§2.2.4");

  /** {@code EVAL-SIGNIFICANT-PROGRESS}: see the class documentation. */
  public static final Rule<SurveyComparison> SIGNIFICANT_PROGRESS = Rule.of(RuleDefinition.of(
      "EVAL-SIGNIFICANT-PROGRESS", Severity.SHOULD, SURVEY_SOURCE, MESSAGES,
      List.of(EvaluationParameters.PROGRESS_THRESHOLD, EvaluationParameters.PROGRESS_MEASURE,
          EvaluationParameters.HIGH_ANSWER_FROM),
      "notSignificantPoints", "notSignificantMean", "notCompared"), EvaluationRules::progress);

  /** {@code TYP-DOMINATION}: see the class documentation. */
  public static final Rule<CooperationRecord> DOMINATION = Rule.of(RuleDefinition.of(
      "TYP-DOMINATION", Severity.SHOULD, THREATS_SOURCE, MESSAGES,
      List.of(EvaluationParameters.DOMINATION_MAX_DECISION_SHARE,
          EvaluationParameters.DOMINATION_MIN_DECISIONS,
          EvaluationParameters.DOMINATION_ONE_WAY_RESOURCE_USES),
      "decisionShare", "oneWayResources"), EvaluationRules::domination);

  /** {@code TYP-PARALLEL-ACTION}: see the class documentation. */
  public static final Rule<CooperationRecord> PARALLEL_ACTION = Rule.of(RuleDefinition.of(
      "TYP-PARALLEL-ACTION", Severity.SHOULD, THREATS_SOURCE, MESSAGES,
      List.of(EvaluationParameters.PARALLEL_MIN_CONTACTS), "contactOnPaper"),
      EvaluationRules::parallelAction);

  /** {@code TYP-DRAINING}: see the class documentation. */
  public static final Rule<CooperationRecord> DRAINING = Rule.of(RuleDefinition.of(
      "TYP-DRAINING", Severity.SHOULD, THREATS_SOURCE, MESSAGES,
      List.of(EvaluationParameters.DRAINING_TOLERATED_UNAGREED), "unagreedResources"),
      EvaluationRules::draining);

  private EvaluationRules() {}

  /** The threat rules: {@link #DOMINATION}, {@link #PARALLEL_ACTION}, {@link #DRAINING}. */
  public static List<Rule<CooperationRecord>> threatRules() {
    return List.of(DOMINATION, PARALLEL_ACTION, DRAINING);
  }

  /** The rule set {@code "evaluation"}: the progress rule, then the threat rules. */
  public static RuleSet ruleSet() {
    return RuleSet.of("evaluation", SIGNIFICANT_PROGRESS, DOMINATION, PARALLEL_ACTION, DRAINING);
  }

  /**
   * Checks the comparison with {@code EVAL-SIGNIFICANT-PROGRESS}, as of the later wave's day, with
   * {@code parameters} (e.g. {@code StandardRules.parameters()}).
   */
  public static RuleReport check(SurveyComparison comparison, ParameterSet parameters) {
    return RuleEngine.evaluate(comparison, "survey " + comparison.before().name() + " → "
        + comparison.after().name(), List.of(SIGNIFICANT_PROGRESS), comparison.judgedOn(),
        parameters);
  }

  /**
   * Checks the record with the three threat rules, as of the last day of its period, with
   * {@code parameters} (e.g. {@code StandardRules.parameters()}).
   */
  public static RuleReport check(CooperationRecord record, ParameterSet parameters) {
    return RuleEngine.evaluate(record, "cooperation " + record.period(), threatRules(),
        record.period().end(), parameters);
  }

  private static List<Finding> progress(SurveyComparison c, RuleContext ctx) {
    LocalDate day = c.judgedOn();
    ProgressCriterion criterion = new ProgressCriterion(
        ctx.parameterAsOf(EvaluationParameters.PROGRESS_MEASURE, day),
        ctx.parameterAsOf(EvaluationParameters.PROGRESS_THRESHOLD, day),
        ctx.parameterAsOf(EvaluationParameters.HIGH_ANSWER_FROM, day));
    List<Finding> out = new ArrayList<>();
    for (QuestionChange q : c.changes(criterion)) {
      if (q.isSignificant()) {
        continue;
      }
      String path = "answers[" + q.question().code() + "]";
      if (criterion.measure() == ProgressMeasure.PERCENTAGE_POINTS_OF_HIGH_ANSWERS) {
        out.add(ctx.finding(path, "notSignificantPoints", "question", q.question().text(),
            "code", q.question().code(), "before", c.before().name(), "after", c.after().name(),
            "highFrom", criterion.highFrom(), "shareBefore", q.highShareBefore().percent(),
            "shareAfter", q.highShareAfter().percent(),
            "points", number(twoPlaces(q.highSharePoints())),
            "threshold", number(criterion.threshold().value())));
      } else {
        out.add(ctx.finding(path, "notSignificantMean", "question", q.question().text(),
            "code", q.question().code(), "before", c.before().name(), "after", c.after().name(),
            "meanBefore", number(twoPlaces(q.before().mean())),
            "meanAfter", number(twoPlaces(q.after().mean())),
            "change", Percent.of(twoPlaces(q.relativeChangeOfMean())),
            "threshold", criterion.threshold()));
      }
    }
    for (SurveyQuestion q : c.questionsNotCompared()) {
      out.add(ctx.finding("answers[" + q.code() + "]", "notCompared", "question", q.text(),
          "code", q.code(), "before", c.before().name(), "after", c.after().name()));
    }
    return out;
  }

  private static List<Finding> domination(CooperationRecord r, RuleContext ctx) {
    DateRange p = r.period();
    Percent maxShare =
        ctx.parameterAsOf(EvaluationParameters.DOMINATION_MAX_DECISION_SHARE, p.end());
    int minDecisions = ctx.parameterAsOf(EvaluationParameters.DOMINATION_MIN_DECISIONS, p.end());
    int oneWay = ctx.parameterAsOf(EvaluationParameters.DOMINATION_ONE_WAY_RESOURCE_USES, p.end());
    List<Finding> out = new ArrayList<>();
    List<CooperationRecord.Decision> decisions = r.decisionsInPeriod();
    int total = decisions.size();
    if (total > 0 && total >= minDecisions) {
      for (OrganisationId m : r.members()) {
        long proposed = decisions.stream().filter(d -> d.proposer().equals(m)).count();
        long imposed =
            decisions.stream().filter(d -> d.proposer().equals(m) && d.imposed()).count();
        Ratio share = Ratio.of(proposed, total);
        if (share.isGreaterThan(Ratio.ofPercent(maxShare))) {
          out.add(ctx.finding("decisions", "decisionShare", "member", r.displayName(m),
              "count", proposed,
              "imposed", imposed, "total", total, "share", share.percent(), "max", maxShare,
              "from", p.start(), "to", p.end()));
        }
      }
    }
    Map<List<OrganisationId>, Integer> uses = new LinkedHashMap<>();
    for (CooperationRecord.Resource res : r.resourcesInPeriod()) {
      for (OrganisationId user : res.usedBy()) {
        if (!user.equals(res.broughtBy())) {
          uses.merge(List.of(user, res.broughtBy()), 1, Integer::sum);
        }
      }
    }
    int least = Math.max(1, oneWay);
    for (OrganisationId user : r.members()) {
      for (OrganisationId provider : r.members()) {
        int used = uses.getOrDefault(List.of(user, provider), 0);
        int back = uses.getOrDefault(List.of(provider, user), 0);
        if (!user.equals(provider) && used >= least && back == 0) {
          out.add(ctx.finding("resources", "oneWayResources", "member", r.displayName(user),
              "provider", r.displayName(provider), "count", used, "min", oneWay, "from", p.start(),
              "to", p.end()));
        }
      }
    }
    return out;
  }

  private static List<Finding> parallelAction(CooperationRecord r, RuleContext ctx) {
    DateRange p = r.period();
    int min = ctx.parameterAsOf(EvaluationParameters.PARALLEL_MIN_CONTACTS, p.end());
    List<Finding> out = new ArrayList<>();
    for (OrganisationId m : r.members()) {
      long actions =
          r.jointActionsInPeriod().stream().filter(a -> a.partners().contains(m)).count();
      long meetings = r.meetingsInPeriod().stream().filter(x -> x.attendees().contains(m)).count();
      long exchanges = r.exchangesInPeriod().stream()
          .filter(e -> e.from().equals(m) || e.to().equals(m)).count();
      long contacts = actions + meetings + exchanges;
      if (contacts < min) {
        out.add(ctx.finding("members", "contactOnPaper", "member", r.displayName(m),
            "contacts", contacts,
            "jointActions", actions, "meetings", meetings, "exchanges", exchanges, "min", min,
            "from", p.start(), "to", p.end()));
      }
    }
    return out;
  }

  private static List<Finding> draining(CooperationRecord r, RuleContext ctx) {
    DateRange p = r.period();
    int tolerated = ctx.parameterAsOf(EvaluationParameters.DRAINING_TOLERATED_UNAGREED, p.end());
    List<Finding> out = new ArrayList<>();
    for (OrganisationId m : r.members()) {
      List<CooperationRecord.Resource> unagreed = r.resourcesInPeriod().stream()
          .filter(x -> x.broughtBy().equals(m) && x.unagreed()).toList();
      if (unagreed.size() > tolerated) {
        out.add(ctx.finding("resources", "unagreedResources", "member", r.displayName(m),
            "count", unagreed.size(), "tolerated", tolerated,
            "withoutOwnership", unagreed.stream().filter(x -> !x.ownershipAgreed()).count(),
            "withoutTerms", unagreed.stream().filter(x -> !x.termsOfUseAgreed()).count(),
            "resources", unagreed.stream().map(CooperationRecord.Resource::name).toList(),
            "from", p.start(), "to", p.end()));
      }
    }
    return out;
  }

  private static BigDecimal twoPlaces(Ratio r) {
    return Objects.requireNonNull(r).decimal(2);
  }

  /** A decimal written with a comma in Polish and a point in English. */
  private static Label number(BigDecimal value) {
    String plain = value.toPlainString();
    return Label.of(plain.replace('.', ','), plain);
  }
}
