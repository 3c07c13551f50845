package pl.lsw.core.typology;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.SourceReference;

/**
 * The rules of the ladder of cooperation, checked over a {@link StageHistory} as of a day. Both
 * read the stages by their position in the ladder (see {@link Ladder}), so they apply to any
 * ladder; with the seed's ladder the first stage is the network and the middle ones are
 * coordination and cooperation.
 *
 * <ul>
 *   <li>{@code TYP-FORMAL-NETWORK} (SHOULD; seed 001 §2.2.3): a formalised LSW is by design
 *       beyond the loose, informal network. Reported when the latest assessment on or before the
 *       day of a formalised partnership reaches only the first stage ({@code atFirstStage}) or no
 *       stage at all ({@code belowFirstStage}). Not checked for a ladder of one stage.
 *   <li>{@code TYP-BEYOND-COOPERATION} (SHOULD; seed 001 §9): "move beyond coordination and
 *       cooperation to partnership". Reported ({@code stuck}) when the latest assessment on or
 *       before the day is at a middle stage and the unbroken run of middle-stage assessments it
 *       ends began at least {@link TypologyParameters#BEYOND_COOPERATION_MONTHS} months (default
 *       24) before the day: a run beginning on 1 March 2020 is reported from 1 March 2022 on, not
 *       on 28 February 2022. Moving between middle stages does not break the run; an assessment
 *       at the first or the last stage does.
 * </ul>
 *
 * <p>Polish: <i>reguły stopni współpracy</i>.
 */
public final class TypologyRules {

  /** The base name of the bundle of these rules' titles and messages: {@value}. */
  public static final String BUNDLE = "pl/lsw/core/typology/messages";

  /** The bundle of the titles and messages of the typology rules. */
  public static final MessageBundle MESSAGES = MessageBundle.of(TypologyRules.class, BUNDLE);

  /** {@code TYP-FORMAL-NETWORK}. */
  public static final Rule<StageHistory> FORMAL_NETWORK = Rule.of(RuleDefinition.of(
      "TYP-FORMAL-NETWORK", Severity.SHOULD, SourceReference.seed("001", "§2.2.3"), MESSAGES,
      List.of(), "atFirstStage", "belowFirstStage"), (h, ctx) -> {
        Optional<LadderAssessment> latest = h.latest(ctx.asOf());
        if (!h.formalised() || latest.isEmpty() || latest.get().ladder().stages().size() < 2) {
          return ctx.none();
        }
        LadderAssessment a = latest.get();
        Ladder ladder = a.ladder();
        int p = a.reachedPosition();
        if (p == 0) {
          return List.of(ctx.finding("assessments", "atFirstStage", "date", a.assessedOn(),
              "ladder", ladder.title(), "stage", ladder.first().title(),
              "next", ladder.stages().get(1).title()));
        }
        if (p < 0) {
          return List.of(ctx.finding("assessments", "belowFirstStage", "date", a.assessedOn(),
              "ladder", ladder.title(), "stage", ladder.first().title()));
        }
        return ctx.none();
      });

  /** {@code TYP-BEYOND-COOPERATION}. */
  public static final Rule<StageHistory> BEYOND_COOPERATION = Rule.of(RuleDefinition.of(
      "TYP-BEYOND-COOPERATION", Severity.SHOULD, SourceReference.seed("001", "§9"), MESSAGES,
      List.of(TypologyParameters.BEYOND_COOPERATION_MONTHS), "stuck"), (h, ctx) -> {
        List<LadderAssessment> until = h.until(ctx.asOf());
        if (until.isEmpty()) {
          return ctx.none();
        }
        LadderAssessment latest = until.get(until.size() - 1);
        Ladder ladder = latest.ladder();
        if (!middle(latest)) {
          return ctx.none();
        }
        LocalDate since = latest.assessedOn();
        for (int i = until.size() - 1; i >= 0 && middle(until.get(i)); i--) {
          since = until.get(i).assessedOn();
        }
        int months = ctx.parameter(TypologyParameters.BEYOND_COOPERATION_MONTHS);
        if (since.plusMonths(months).isAfter(ctx.asOf())) {
          return ctx.none();
        }
        return List.of(ctx.finding("assessments", "stuck", "since", since, "ladder",
            ladder.title(), "stage", latest.reached().orElseThrow().title(), "date",
            latest.assessedOn(), "months", months, "top", ladder.last().title()));
      });

  private TypologyRules() {}

  private static boolean middle(LadderAssessment a) {
    return a.reached().map(s -> a.ladder().isMiddle(s)).orElse(false);
  }

  /** @return the rules: {@link #FORMAL_NETWORK}, {@link #BEYOND_COOPERATION} */
  public static List<Rule<StageHistory>> rules() {
    return List.of(FORMAL_NETWORK, BEYOND_COOPERATION);
  }

  /** @return the rule set {@code "typology"} */
  public static RuleSet ruleSet() {
    return RuleSet.of("typology", rules());
  }

  /**
   * Checks a history as of a day.
   *
   * @param history the history
   * @param asOf the day
   * @param environment the parameters (e.g. {@code StandardRules.parameters()}) and reference data
   * @return the report, naming the history by its subject
   */
  public static RuleReport check(StageHistory history, LocalDate asOf,
      RuleEnvironment environment) {
    return RuleEngine.evaluate(history, history.subject(), rules(), asOf,
        environment.parameters(), environment.referenceData());
  }
}
