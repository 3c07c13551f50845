package pl.lsw.core.typology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;

/**
 * A ladder of cooperation as data: ordered stages from the loosest to the closest form of
 * cooperation, each with its evidence indicators, and where the ladder comes from. The library's
 * default is the seed's ladder ({@link Ladders#SEED_001}); published ladders are in {@link
 * Ladders}, and a user may define another one.
 *
 * <p>The <b>first</b> stage is the loosest (e.g. network); the <b>middle</b> stages are those
 * neither first nor last (e.g. coordination and cooperation in the seed's ladder); the
 * <b>last</b> stage is the closest (e.g. partnership). Rules {@code TYP-FORMAL-NETWORK} and
 * {@code TYP-BEYOND-COOPERATION} read stages by these positions, so they apply to any ladder.
 *
 * <p>Immutable. Polish: <i>drabina (stopnie) współpracy</i>.
 *
 * @param code the code, e.g. {@code "LSW_001"}
 * @param title the title in Polish and English
 * @param source where the ladder comes from (a publication or a seed section)
 * @param stages the stages, lowest first, at least one
 */
public record Ladder(String code, Label title, String source, List<LadderStage> stages) {

  private static final Label WHAT = Label.of("drabina współpracy", "ladder of cooperation");
  private static final Label SOURCE = Label.of("źródło drabiny", "source of the ladder");

  /**
   * Copies the stages and refuses a malformed code, a blank title or source, no stage, or a
   * stage or indicator code used twice, listing every problem.
   *
   * @param code the code
   * @param title the title
   * @param source the source
   * @param stages the stages
   * @throws pl.lsw.core.kernel.InvalidInputException {@code CODE_FORMAT}, {@code LABEL_EMPTY},
   *     {@code LADDER_SOURCE_EMPTY}, {@code LADDER_NO_STAGE}, {@code STAGE_CODE_TWICE}, {@code
   *     INDICATOR_CODE_TWICE}
   */
  public Ladder {
    stages = List.copyOf(stages);
    List<Problem> problems = new ArrayList<>();
    LadderChecks.code(problems, "code", WHAT, code);
    LadderChecks.title(problems, "title", WHAT, title);
    pl.lsw.core.kernel.TextChecks.requireText(problems, "source", "LADDER_SOURCE", SOURCE, source,
        500);
    if (stages.isEmpty()) {
      problems.add(TypologyProblems.PROBLEMS.problem("stages", "LADDER_NO_STAGE"));
    }
    Set<String> stageCodes = new HashSet<>();
    Set<String> indicatorCodes = new HashSet<>();
    for (int i = 0; i < stages.size(); i++) {
      LadderStage s = stages.get(i);
      if (!stageCodes.add(s.code())) {
        problems.add(TypologyProblems.PROBLEMS.problem("stages[" + i + "].code",
            "STAGE_CODE_TWICE", "code", s.code()));
      }
      for (int j = 0; j < s.indicators().size(); j++) {
        String c = s.indicators().get(j).code();
        if (!indicatorCodes.add(c)) {
          problems.add(TypologyProblems.PROBLEMS.problem(
              "stages[" + i + "].indicators[" + j + "].code", "INDICATOR_CODE_TWICE", "code", c));
        }
      }
    }
    TypologyProblems.throwIfAny(problems);
  }

  /**
   * A ladder.
   *
   * @param code the code
   * @param polish the Polish title
   * @param english the English title
   * @param source the source
   * @param stages the stages, lowest first
   * @return the ladder
   */
  public static Ladder of(String code, String polish, String english, String source,
      LadderStage... stages) {
    return new Ladder(code, Label.of(polish, english), source, List.of(stages));
  }

  /**
   * The stage with a code.
   *
   * @param stageCode the code
   * @return the stage, if the ladder has it
   */
  public Optional<LadderStage> stage(String stageCode) {
    return stages.stream().filter(s -> s.code().equals(stageCode)).findFirst();
  }

  /**
   * The indicator with a code.
   *
   * @param indicatorCode the code
   * @return the indicator, if the ladder has it
   */
  public Optional<Indicator> indicator(String indicatorCode) {
    return stages.stream().flatMap(s -> s.indicators().stream())
        .filter(i -> i.code().equals(indicatorCode)).findFirst();
  }

  /**
   * The position of a stage, 0 for the first.
   *
   * @param stage the stage
   * @return its position, or -1 when it is not of this ladder
   */
  public int position(LadderStage stage) {
    return stages.indexOf(stage);
  }

  /** @return the first (loosest) stage */
  public LadderStage first() {
    return stages.get(0);
  }

  /** @return the last (closest) stage */
  public LadderStage last() {
    return stages.get(stages.size() - 1);
  }

  /**
   * Whether a stage is a middle one: neither the first nor the last.
   *
   * @param stage the stage
   * @return true for a middle stage of this ladder
   */
  public boolean isMiddle(LadderStage stage) {
    int p = position(stage);
    return p > 0 && p < stages.size() - 1;
  }
}
