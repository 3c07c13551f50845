package pl.lsw.core.process;

import pl.lsw.core.kernel.TextChecks;

import static pl.lsw.core.process.ProcessProblems.PROBLEMS;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;

/**
 * Builds a {@link ProcessDefinition} element by element and validates the whole of it at once.
 * Stages are added in order; {@link #step} adds a step to the last stage, {@link #subStep} a
 * sub-step to the last step; {@link #decisionPoint()} marks the last step or sub-step added.
 *
 * <pre>{@code
 * ProcessDefinition d = ProcessDefinition.builder("MY_PROCESS", 1, Title.of("Mój proces", "My process"), "own")
 *     .stage("I", Title.of("Przygotowanie", "Preparation"))
 *     .step("1", Title.of("Diagnoza", "Diagnosis"))
 *     .step("2", Title.of("Plan", "Plan"), "1")
 *     .buildOrThrow();
 * }</pre>
 *
 * <p>Polish: <i>konstruktor definicji procesu</i>.
 *
 * <p>Problem codes of {@link #build()}: {@code PROCESS_DEFINITION_CODE_MISSING}, {@code
 * PROCESS_DEFINITION_VERSION}, {@code PROCESS_TITLE_MISSING}, {@code PROCESS_DEFINITION_NO_STAGES},
 * {@code PROCESS_STAGE_EMPTY}, {@code PROCESS_STEP_OUTSIDE_STAGE}, {@code
 * PROCESS_SUBSTEP_OUTSIDE_STEP}, {@code PROCESS_DECISION_POINT_MISPLACED}, {@code
 * PROCESS_CODE_MISSING}, {@code PROCESS_CODE_DUPLICATE}, {@code PROCESS_PREREQUISITE_UNKNOWN},
 * {@code PROCESS_PREREQUISITE_CYCLE}, {@code PROCESS_LOOP_STEP_UNKNOWN}, {@code
 * PROCESS_LOOP_TRIGGER_NOT_COMPLETABLE}, {@code PROCESS_LOOP_TRIGGER_NOT_DECISION}.
 */
public final class ProcessDefinitionBuilder {

  private static final class StepDraft {
    final String code;
    final Title title;
    final String source;
    final List<String> requires;
    final List<StepDraft> subSteps = new ArrayList<>();
    boolean decisionPoint;

    StepDraft(String code, Title title, String source, List<String> requires) {
      this.code = code;
      this.title = title;
      this.source = source;
      this.requires = requires;
    }

    ProcessStep toStep() {
      return new ProcessStep(code, title, source, requires,
          subSteps.stream().map(StepDraft::toStep).toList(), decisionPoint);
    }
  }

  private static final class StageDraft {
    final String code;
    final Title title;
    final String source;
    final List<StepDraft> steps = new ArrayList<>();

    StageDraft(String code, Title title, String source) {
      this.code = code;
      this.title = title;
      this.source = source;
    }
  }

  private final String code;
  private final int version;
  private final Title title;
  private final String definitionSource;
  private String source;
  private final List<StageDraft> stages = new ArrayList<>();
  private final List<StandingTask> standingTasks = new ArrayList<>();
  private final List<ProcessLoop> loops = new ArrayList<>();
  private final List<Problem> misuse = new ArrayList<>();
  private StepDraft lastStep;
  private StepDraft lastAdded;

  ProcessDefinitionBuilder(String code, int version, Title title, String source) {
    this.code = code == null ? "" : code;
    this.version = version;
    this.title = title == null ? Title.of("", "") : title;
    this.definitionSource = source == null ? "" : source;
    this.source = this.definitionSource;
  }

  /** Sets the source reference of the elements added from now on (e.g. a seed section). */
  public ProcessDefinitionBuilder source(String source) {
    this.source = source == null ? "" : source;
    return this;
  }

  /** Adds a stage; the steps added next belong to it. */
  public ProcessDefinitionBuilder stage(String stageCode, Title stageTitle) {
    stages.add(new StageDraft(nz(stageCode), orEmpty(stageTitle), source));
    lastStep = null;
    lastAdded = null;
    return this;
  }

  /**
   * Adds a step to the last stage.
   *
   * @param stepCode the stable code of the step
   * @param stepTitle its title
   * @param requires codes of the steps or sub-steps it needs first
   */
  public ProcessDefinitionBuilder step(String stepCode, Title stepTitle, String... requires) {
    StepDraft step = new StepDraft(nz(stepCode), orEmpty(stepTitle), source, codes(requires));
    if (stages.isEmpty()) {
      misuse.add(PROBLEMS.problem("step[" + step.code + "]", "PROCESS_STEP_OUTSIDE_STAGE",
          "step", step.code));
    } else {
      stages.get(stages.size() - 1).steps.add(step);
    }
    lastStep = step;
    lastAdded = step;
    return this;
  }

  /**
   * Adds a sub-step to the last step. A sub-step also needs everything its step needs.
   *
   * @param stepCode the stable code of the sub-step, e.g. {@code "2.1"}
   * @param stepTitle its title
   * @param requires codes of the steps or sub-steps it needs first, besides its step's
   */
  public ProcessDefinitionBuilder subStep(String stepCode, Title stepTitle, String... requires) {
    StepDraft sub = new StepDraft(nz(stepCode), orEmpty(stepTitle), source, codes(requires));
    if (lastStep == null) {
      misuse.add(PROBLEMS.problem("step[" + sub.code + "]", "PROCESS_SUBSTEP_OUTSIDE_STEP",
          "step", sub.code));
    } else {
      lastStep.subSteps.add(sub);
    }
    lastAdded = sub;
    return this;
  }

  /** Marks the last step or sub-step added as a decision point (to continue or to close). */
  public ProcessDefinitionBuilder decisionPoint() {
    if (lastAdded == null) {
      misuse.add(PROBLEMS.problem("", "PROCESS_DECISION_POINT_MISPLACED"));
    } else {
      lastAdded.decisionPoint = true;
    }
    return this;
  }

  /**
   * Marks the step or sub-step with this code, added earlier, as a decision point (to continue or
   * to close); an unknown code is reported by {@link #build()}.
   */
  public ProcessDefinitionBuilder decisionPointAt(String stepCode) {
    for (StageDraft stage : stages) {
      for (StepDraft step : stage.steps) {
        if (step.code.equals(stepCode)) {
          step.decisionPoint = true;
          return this;
        }
        for (StepDraft sub : step.subSteps) {
          if (sub.code.equals(stepCode)) {
            sub.decisionPoint = true;
            return this;
          }
        }
      }
    }
    misuse.add(PROBLEMS.keyed("PROCESS_DECISION_POINT_MISPLACED.unknown", "step[" + stepCode + "]",
        "PROCESS_DECISION_POINT_MISPLACED", "step", stepCode));
    return this;
  }

  /** Adds a standing task, carried on throughout and not sequenced. */
  public ProcessDefinitionBuilder standingTask(String taskCode, Title taskTitle) {
    standingTasks.add(new StandingTask(nz(taskCode), orEmpty(taskTitle), source));
    return this;
  }

  /**
   * Adds a loop.
   *
   * @param loopCode the stable code of the loop
   * @param loopTitle its title
   * @param triggerStep the completable step after which the loop may start
   * @param restartStep the step where the new iteration starts
   * @param condition what the trigger's completion must show
   * @param conclusionsRequired whether a new iteration must name the conclusions it starts from
   */
  public ProcessDefinitionBuilder loop(
      String loopCode,
      Title loopTitle,
      String triggerStep,
      String restartStep,
      LoopCondition condition,
      boolean conclusionsRequired) {
    loops.add(new ProcessLoop(nz(loopCode), orEmpty(loopTitle), source, nz(triggerStep),
        nz(restartStep), condition == null ? LoopCondition.AFTER_STEP : condition,
        conclusionsRequired));
    return this;
  }

  /** The definition, or every problem found in it. */
  public Validation<Seq<Problem>, ProcessDefinition> build() {
    List<Problem> problems = new ArrayList<>(validateHeader());
    problems.addAll(misuse);
    Map<String, StepDraft> steps = new LinkedHashMap<>();
    Set<String> stageCodes = new HashSet<>();
    for (StageDraft stage : stages) {
      String path = "stage[" + stage.code + "]";
      checkCode(stage.code, Label.of("etap", "a stage"), path, problems);
      if (!TextChecks.isBlank(stage.code) && !stageCodes.add(stage.code)) {
        problems.add(PROBLEMS.keyed("PROCESS_CODE_DUPLICATE.stage", path, "PROCESS_CODE_DUPLICATE",
            "code", stage.code));
      }
      checkTitle(stage.title, Label.of("etap „" + stage.code + "”", "stage '" + stage.code + "'"), path, problems);
      if (stage.steps.isEmpty()) {
        problems.add(PROBLEMS.problem(path, "PROCESS_STAGE_EMPTY", "stage", stage.code));
      }
      for (StepDraft step : stage.steps) {
        registerStep(step, steps, problems);
        if (step.decisionPoint && !step.subSteps.isEmpty()) {
          problems.add(PROBLEMS.keyed("PROCESS_DECISION_POINT_MISPLACED.parent", "step[" + step.code + "]",
              "PROCESS_DECISION_POINT_MISPLACED", "step", step.code));
        }
        for (StepDraft sub : step.subSteps) {
          registerStep(sub, steps, problems);
        }
      }
    }
    Set<String> taskCodes = new HashSet<>();
    for (StandingTask task : standingTasks) {
      String path = "standingTask[" + task.code() + "]";
      checkCode(task.code(), Label.of("zadanie stałe", "a standing task"), path, problems);
      if (!TextChecks.isBlank(task.code()) && (!taskCodes.add(task.code()) || steps.containsKey(task.code()))) {
        problems.add(PROBLEMS.keyed("PROCESS_CODE_DUPLICATE.task", path, "PROCESS_CODE_DUPLICATE",
            "code", task.code()));
      }
      checkTitle(task.title(), Label.of("zadanie stałe „" + task.code() + "”", "standing task '" + task.code() + "'"), path, problems);
    }
    for (StepDraft step : steps.values()) {
      for (String required : step.requires) {
        if (!steps.containsKey(required)) {
          problems.add(PROBLEMS.problem("step[" + step.code + "].prerequisites", "PROCESS_PREREQUISITE_UNKNOWN",
              "step", step.code, "required", required));
        }
      }
    }
    problems.addAll(validateLoops(steps));
    if (problems.isEmpty()) {
      ProcessDefinition definition = new ProcessDefinition(code, version, title, definitionSource,
          stages.stream().map(s -> new ProcessStage(s.code, s.title, s.source,
              s.steps.stream().map(StepDraft::toStep).toList())).toList(),
          standingTasks, loops);
      List<Problem> cycles = cycles(definition);
      if (cycles.isEmpty()) {
        return Validation.valid(definition);
      }
      problems.addAll(cycles);
    } else {
      // cycles are looked for even when other problems exist, on the known steps only
      ProcessDefinition partial = new ProcessDefinition(code, version, title, definitionSource,
          stages.stream().map(s -> new ProcessStage(s.code, s.title, s.source,
              s.steps.stream().map(StepDraft::toStep).toList())).toList(),
          List.of(), List.of());
      problems.addAll(cycles(partial));
    }
    return Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }

  /**
   * The definition.
   *
   * @throws InvalidInputException listing every problem
   */
  public ProcessDefinition buildOrThrow() {
    Validation<Seq<Problem>, ProcessDefinition> result = build();
    if (result.isInvalid()) {
      throw new InvalidInputException(result.getError());
    }
    return result.get();
  }

  private List<Problem> validateHeader() {
    List<Problem> problems = new ArrayList<>();
    if (TextChecks.isBlank(code)) {
      problems.add(PROBLEMS.problem("code", "PROCESS_DEFINITION_CODE_MISSING"));
    }
    if (version < 1) {
      problems.add(PROBLEMS.problem("version", "PROCESS_DEFINITION_VERSION", "version", version));
    }
    checkTitle(title, Label.of("definicja", "the definition"), "title", problems);
    if (stages.isEmpty()) {
      problems.add(PROBLEMS.problem("", "PROCESS_DEFINITION_NO_STAGES", "code", code));
    }
    return problems;
  }

  private void registerStep(StepDraft step, Map<String, StepDraft> steps, List<Problem> problems) {
    String path = "step[" + step.code + "]";
    checkCode(step.code, Label.of("krok", "a step"), path, problems);
    if (!TextChecks.isBlank(step.code)) {
      if (steps.containsKey(step.code)) {
        problems.add(PROBLEMS.keyed("PROCESS_CODE_DUPLICATE.step", path, "PROCESS_CODE_DUPLICATE",
            "code", step.code));
      } else {
        steps.put(step.code, step);
      }
    }
    checkTitle(step.title, Label.of("krok „" + step.code + "”", "step '" + step.code + "'"), path, problems);
  }

  private List<Problem> validateLoops(Map<String, StepDraft> steps) {
    List<Problem> problems = new ArrayList<>();
    Set<String> loopCodes = new HashSet<>();
    for (ProcessLoop loop : loops) {
      String path = "loop[" + loop.code() + "]";
      checkCode(loop.code(), Label.of("pętla", "a loop"), path, problems);
      if (!TextChecks.isBlank(loop.code()) && !loopCodes.add(loop.code())) {
        problems.add(PROBLEMS.keyed("PROCESS_CODE_DUPLICATE.loop", path, "PROCESS_CODE_DUPLICATE",
            "code", loop.code()));
      }
      checkTitle(loop.title(), Label.of("pętla „" + loop.code() + "”", "loop '" + loop.code() + "'"), path, problems);
      StepDraft trigger = steps.get(loop.triggerStep());
      if (trigger == null) {
        problems.add(PROBLEMS.keyed("PROCESS_LOOP_STEP_UNKNOWN.trigger", path + ".triggerStep",
            "PROCESS_LOOP_STEP_UNKNOWN", "loop", loop.code(), "step", loop.triggerStep()));
      } else if (!trigger.subSteps.isEmpty()) {
        problems.add(PROBLEMS.problem(path + ".triggerStep", "PROCESS_LOOP_TRIGGER_NOT_COMPLETABLE",
            "loop", loop.code(), "step", loop.triggerStep()));
      } else if (loop.condition() == LoopCondition.AFTER_DECISION_TO_CONTINUE && !trigger.decisionPoint) {
        problems.add(PROBLEMS.problem(path + ".triggerStep", "PROCESS_LOOP_TRIGGER_NOT_DECISION",
            "loop", loop.code(), "step", loop.triggerStep()));
      }
      if (!steps.containsKey(loop.restartStep())) {
        problems.add(PROBLEMS.keyed("PROCESS_LOOP_STEP_UNKNOWN.restart", path + ".restartStep",
            "PROCESS_LOOP_STEP_UNKNOWN", "loop", loop.code(), "step", loop.restartStep()));
      }
    }
    return problems;
  }

  /** One problem per group of steps that require each other (Tarjan's strongly connected components). */
  private static List<Problem> cycles(ProcessDefinition definition) {
    List<ProcessStep> nodes = definition.completableSteps();
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    List<String> stack = new ArrayList<>();
    Set<String> onStack = new HashSet<>();
    List<List<String>> components = new ArrayList<>();
    int[] counter = {0};
    for (ProcessStep node : nodes) {
      if (!index.containsKey(node.code())) {
        strongConnect(node.code(), definition, index, low, stack, onStack, components, counter);
      }
    }
    List<String> orderOf = nodes.stream().map(ProcessStep::code).toList();
    List<Problem> problems = new ArrayList<>();
    for (List<String> component : components) {
      boolean selfLoop = component.size() == 1
          && definition.prerequisitesOf(component.get(0)).stream()
              .anyMatch(p -> p.code().equals(component.get(0)));
      if (component.size() > 1 || selfLoop) {
        List<String> sorted = new ArrayList<>(component);
        sorted.sort((a, b) -> Integer.compare(orderOf.indexOf(a), orderOf.indexOf(b)));
        problems.add(PROBLEMS.problem("steps", "PROCESS_PREREQUISITE_CYCLE",
            "steps", List.copyOf(sorted)));
      }
    }
    return problems;
  }

  private static void strongConnect(
      String v,
      ProcessDefinition definition,
      Map<String, Integer> index,
      Map<String, Integer> low,
      List<String> stack,
      Set<String> onStack,
      List<List<String>> components,
      int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]);
    counter[0]++;
    stack.add(v);
    onStack.add(v);
    for (ProcessStep w : definition.prerequisitesOf(v)) {
      String wc = w.code();
      if (!index.containsKey(wc)) {
        strongConnect(wc, definition, index, low, stack, onStack, components, counter);
        low.put(v, Math.min(low.get(v), low.get(wc)));
      } else if (onStack.contains(wc)) {
        low.put(v, Math.min(low.get(v), index.get(wc)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      List<String> component = new ArrayList<>();
      String w;
      do {
        w = stack.remove(stack.size() - 1);
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      components.add(component);
    }
  }

  private static void checkCode(String code, Label what, String path, List<Problem> problems) {
    if (TextChecks.isBlank(code)) {
      problems.add(PROBLEMS.problem(path, "PROCESS_CODE_MISSING", "what", what));
    }
  }

  private static void checkTitle(Title title, Label what, String path, List<Problem> problems) {
    if (title.isIncomplete()) {
      problems.add(PROBLEMS.problem(path + (path.endsWith("title") ? "" : ".title"), "PROCESS_TITLE_MISSING",
          "what", what, "polish", title.polish(), "english", title.english()));
    }
  }

  private static List<String> codes(String... requires) {
    if (requires == null) {
      return List.of();
    }
    return Arrays.stream(requires).map(ProcessDefinitionBuilder::nz).toList();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static Title orEmpty(Title t) {
    return t == null ? Title.of("", "") : t;
  }
}
