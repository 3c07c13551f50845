package pl.lsw.core.process;

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
      misuse.add(new Problem("step[" + step.code + "]", "PROCESS_STEP_OUTSIDE_STAGE",
          "step '" + step.code + "' is added before any stage"));
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
      misuse.add(new Problem("step[" + sub.code + "]", "PROCESS_SUBSTEP_OUTSIDE_STEP",
          "sub-step '" + sub.code + "' is added before any step of its stage"));
    } else {
      lastStep.subSteps.add(sub);
    }
    lastAdded = sub;
    return this;
  }

  /** Marks the last step or sub-step added as a decision point (to continue or to close). */
  public ProcessDefinitionBuilder decisionPoint() {
    if (lastAdded == null) {
      misuse.add(Problem.of("PROCESS_DECISION_POINT_MISPLACED",
          "a decision point is marked before any step is added"));
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
    misuse.add(new Problem("step[" + stepCode + "]", "PROCESS_DECISION_POINT_MISPLACED",
        "a decision point is marked at step '" + stepCode + "', which the definition does not have"));
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
      checkCode(stage.code, "stage", path, problems);
      if (!stage.code.isBlank() && !stageCodes.add(stage.code)) {
        problems.add(new Problem(path, "PROCESS_CODE_DUPLICATE",
            "stage code '" + stage.code + "' is used more than once"));
      }
      checkTitle(stage.title, "stage '" + stage.code + "'", path, problems);
      if (stage.steps.isEmpty()) {
        problems.add(new Problem(path, "PROCESS_STAGE_EMPTY",
            "stage '" + stage.code + "' has no steps"));
      }
      for (StepDraft step : stage.steps) {
        registerStep(step, steps, problems);
        if (step.decisionPoint && !step.subSteps.isEmpty()) {
          problems.add(new Problem("step[" + step.code + "]", "PROCESS_DECISION_POINT_MISPLACED",
              "step '" + step.code + "' has sub-steps, so it cannot be a decision point; mark one of its sub-steps"));
        }
        for (StepDraft sub : step.subSteps) {
          registerStep(sub, steps, problems);
        }
      }
    }
    Set<String> taskCodes = new HashSet<>();
    for (StandingTask task : standingTasks) {
      String path = "standingTask[" + task.code() + "]";
      checkCode(task.code(), "standing task", path, problems);
      if (!task.code().isBlank() && (!taskCodes.add(task.code()) || steps.containsKey(task.code()))) {
        problems.add(new Problem(path, "PROCESS_CODE_DUPLICATE",
            "standing task code '" + task.code() + "' is used more than once (step and standing task codes share one space)"));
      }
      checkTitle(task.title(), "standing task '" + task.code() + "'", path, problems);
    }
    for (StepDraft step : steps.values()) {
      for (String required : step.requires) {
        if (!steps.containsKey(required)) {
          problems.add(new Problem("step[" + step.code + "].prerequisites", "PROCESS_PREREQUISITE_UNKNOWN",
              "step '" + step.code + "' requires step '" + required + "', which the definition does not have"));
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
    if (code.isBlank()) {
      problems.add(new Problem("code", "PROCESS_DEFINITION_CODE_MISSING", "the definition has no code"));
    }
    if (version < 1) {
      problems.add(new Problem("version", "PROCESS_DEFINITION_VERSION",
          "the definition's version must be 1 or more, not " + version));
    }
    checkTitle(title, "the definition", "title", problems);
    if (stages.isEmpty()) {
      problems.add(Problem.of("PROCESS_DEFINITION_NO_STAGES", "the definition '" + code + "' has no stages"));
    }
    return problems;
  }

  private void registerStep(StepDraft step, Map<String, StepDraft> steps, List<Problem> problems) {
    String path = "step[" + step.code + "]";
    checkCode(step.code, "step", path, problems);
    if (!step.code.isBlank()) {
      if (steps.containsKey(step.code)) {
        problems.add(new Problem(path, "PROCESS_CODE_DUPLICATE",
            "step code '" + step.code + "' is used more than once"));
      } else {
        steps.put(step.code, step);
      }
    }
    checkTitle(step.title, "step '" + step.code + "'", path, problems);
  }

  private List<Problem> validateLoops(Map<String, StepDraft> steps) {
    List<Problem> problems = new ArrayList<>();
    Set<String> loopCodes = new HashSet<>();
    for (ProcessLoop loop : loops) {
      String path = "loop[" + loop.code() + "]";
      checkCode(loop.code(), "loop", path, problems);
      if (!loop.code().isBlank() && !loopCodes.add(loop.code())) {
        problems.add(new Problem(path, "PROCESS_CODE_DUPLICATE",
            "loop code '" + loop.code() + "' is used more than once"));
      }
      checkTitle(loop.title(), "loop '" + loop.code() + "'", path, problems);
      StepDraft trigger = steps.get(loop.triggerStep());
      if (trigger == null) {
        problems.add(new Problem(path + ".triggerStep", "PROCESS_LOOP_STEP_UNKNOWN",
            "loop '" + loop.code() + "' starts after step '" + loop.triggerStep() + "', which the definition does not have"));
      } else if (!trigger.subSteps.isEmpty()) {
        problems.add(new Problem(path + ".triggerStep", "PROCESS_LOOP_TRIGGER_NOT_COMPLETABLE",
            "loop '" + loop.code() + "' starts after step '" + loop.triggerStep() + "', which has sub-steps; name one of them"));
      } else if (loop.condition() == LoopCondition.AFTER_DECISION_TO_CONTINUE && !trigger.decisionPoint) {
        problems.add(new Problem(path + ".triggerStep", "PROCESS_LOOP_TRIGGER_NOT_DECISION",
            "loop '" + loop.code() + "' needs a decision to continue at step '" + loop.triggerStep() + "', which is not a decision point"));
      }
      if (!steps.containsKey(loop.restartStep())) {
        problems.add(new Problem(path + ".restartStep", "PROCESS_LOOP_STEP_UNKNOWN",
            "loop '" + loop.code() + "' returns to step '" + loop.restartStep() + "', which the definition does not have"));
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
        problems.add(new Problem("steps", "PROCESS_PREREQUISITE_CYCLE",
            "steps " + sorted.stream().collect(Collectors.joining(", "))
                + " require each other in a cycle, so none of them could ever be done"));
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

  private static void checkCode(String code, String what, String path, List<Problem> problems) {
    if (code.isBlank()) {
      problems.add(new Problem(path, "PROCESS_CODE_MISSING", "a " + what + " has no code"));
    }
  }

  private static void checkTitle(Title title, String what, String path, List<Problem> problems) {
    if (title.isIncomplete()) {
      problems.add(new Problem(path + (path.endsWith("title") ? "" : ".title"), "PROCESS_TITLE_MISSING",
          what + " needs a title in Polish and in English, not '" + title.polish() + "' / '" + title.english() + "'"));
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
