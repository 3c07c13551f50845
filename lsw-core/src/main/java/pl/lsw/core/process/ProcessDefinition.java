package pl.lsw.core.process;

import java.util.Optional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A process as data: stages of steps (some with sub-steps), their prerequisites, standing tasks
 * and loops. Built and validated by {@link ProcessDefinitionBuilder}; the standard definitions are
 * in {@link StandardProcesses}. Immutable and thread-safe.
 *
 * <p>Polish: <i>definicja procesu (etapy, kroki, podkroki, warunki wstępne)</i>.
 *
 * <p>Terms: a <em>completable</em> step is a step or sub-step without sub-steps, the unit a
 * process instance records as done. The prerequisites of a completable step are its own declared
 * prerequisites and those of its parent step, with every step that has sub-steps standing for all
 * of its sub-steps.
 */
public final class ProcessDefinition {

  private final String code;
  private final int version;
  private final Title title;
  private final String source;
  private final List<ProcessStage> stages;
  private final List<StandingTask> standingTasks;
  private final List<ProcessLoop> loops;

  private final Map<String, ProcessStep> stepsByCode = new LinkedHashMap<>();
  private final Map<String, ProcessStage> stageByStepCode = new LinkedHashMap<>();
  private final Map<String, Integer> order = new LinkedHashMap<>();
  private final List<ProcessStep> completable = new ArrayList<>();
  private final Map<String, List<ProcessStep>> directPrerequisites = new LinkedHashMap<>();

  ProcessDefinition(
      String code,
      int version,
      Title title,
      String source,
      List<ProcessStage> stages,
      List<StandingTask> standingTasks,
      List<ProcessLoop> loops) {
    this.code = code;
    this.version = version;
    this.title = title;
    this.source = source;
    this.stages = List.copyOf(stages);
    this.standingTasks = List.copyOf(standingTasks);
    this.loops = List.copyOf(loops);
    Map<String, ProcessStep> parentOf = new LinkedHashMap<>();
    for (ProcessStage stage : this.stages) {
      for (ProcessStep step : stage.steps()) {
        index(stage, step);
        for (ProcessStep sub : step.subSteps()) {
          index(stage, sub);
          parentOf.put(sub.code(), step);
        }
      }
    }
    for (ProcessStep step : completable) {
      Set<String> codes = new LinkedHashSet<>();
      List<String> declared = new ArrayList<>(step.prerequisites());
      ProcessStep parent = parentOf.get(step.code());
      if (parent != null) {
        declared.addAll(parent.prerequisites());
      }
      for (String required : declared) {
        codes.addAll(expand(required));
      }
      List<ProcessStep> steps = new ArrayList<>();
      codes.stream()
          .sorted((a, b) -> Integer.compare(order.get(a), order.get(b)))
          .forEach(c -> steps.add(stepsByCode.get(c)));
      directPrerequisites.put(step.code(), Collections.unmodifiableList(steps));
    }
  }

  private void index(ProcessStage stage, ProcessStep step) {
    stepsByCode.put(step.code(), step);
    stageByStepCode.put(step.code(), stage);
    if (step.isCompletable()) {
      order.put(step.code(), completable.size());
      completable.add(step);
    }
  }

  private List<String> expand(String stepCode) {
    ProcessStep step = stepsByCode.get(stepCode);
    if (step == null) {
      return List.of();
    }
    if (step.isCompletable()) {
      return List.of(step.code());
    }
    return step.subSteps().stream().map(ProcessStep::code).toList();
  }

  /**
   * A builder for a new definition; {@link ProcessDefinitionBuilder#build()} reports every problem
   * of it at once.
   *
   * @param code the stable code of the definition, e.g. {@code "DPZM_CYCLE"}
   * @param version the version of the definition, from 1
   * @param title the title in Polish and English
   * @param source where the definition comes from; the default source of its elements
   */
  public static ProcessDefinitionBuilder builder(String code, int version, Title title, String source) {
    return new ProcessDefinitionBuilder(code, version, title, source);
  }

  /** The stable code of the definition, e.g. {@code "COOPERATION_MODEL_FIRST_IMPLEMENTATION"}. */
  public String code() {
    return code;
  }

  /** The version of the definition (from 1); a changed definition gets a new version. */
  public int version() {
    return version;
  }

  /** The title in Polish and English. */
  public Title title() {
    return title;
  }

  /** Where the definition comes from (a seed section or the user's own reference). */
  public String source() {
    return source;
  }

  /** The stages, in order. */
  public List<ProcessStage> stages() {
    return stages;
  }

  /** The standing tasks, not sequenced with the steps. */
  public List<StandingTask> standingTasks() {
    return standingTasks;
  }

  /** The loops that start a new iteration. */
  public List<ProcessLoop> loops() {
    return loops;
  }

  /** Every step that is completed itself (steps without sub-steps, and sub-steps), in order. */
  public List<ProcessStep> completableSteps() {
    return Collections.unmodifiableList(completable);
  }

  /** The step or sub-step with this code, or none. */
  public Optional<ProcessStep> step(String stepCode) {
    return Optional.ofNullable(stepsByCode.get(stepCode));
  }

  /** The stage holding the step or sub-step with this code, or none. */
  public Optional<ProcessStage> stageOf(String stepCode) {
    return Optional.ofNullable(stageByStepCode.get(stepCode));
  }

  /** The standing task with this code, or none. */
  public Optional<StandingTask> standingTask(String taskCode) {
    return standingTasks.stream().filter(t -> t.code().equals(taskCode)).findFirst();
  }

  /** The loop with this code, or none. */
  public Optional<ProcessLoop> loop(String loopCode) {
    return loops.stream().filter(l -> l.code().equals(loopCode)).findFirst();
  }

  /**
   * The completable steps that must be done directly before the given completable step (its own
   * and its parent's declared prerequisites, expanded to completable steps), in definition order;
   * empty for an unknown code.
   */
  public List<ProcessStep> prerequisitesOf(String stepCode) {
    return directPrerequisites.getOrDefault(stepCode, List.of());
  }

  /**
   * Every completable step that must be done, directly or through other steps, before the given
   * completable step, in definition order.
   */
  public List<ProcessStep> allPrerequisitesOf(String stepCode) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> work = new ArrayList<>(List.of(stepCode));
    while (!work.isEmpty()) {
      String next = work.remove(work.size() - 1);
      for (ProcessStep p : prerequisitesOf(next)) {
        if (seen.add(p.code())) {
          work.add(p.code());
        }
      }
    }
    return completable.stream().filter(s -> seen.contains(s.code())).toList();
  }

  /**
   * The completable steps the given step stands for: itself when it is completable, its sub-steps
   * otherwise; empty for an unknown code.
   */
  public List<ProcessStep> completableStepsOf(String stepCode) {
    return expand(stepCode).stream().map(stepsByCode::get).toList();
  }

  /**
   * The completable steps that a new iteration started by the loop must do again: the first
   * completable step of the loop's restart step and every completable step after it.
   */
  public List<ProcessStep> stepsRedoneBy(ProcessLoop loop) {
    List<String> start = expand(loop.restartStep());
    if (start.isEmpty()) {
      return List.of();
    }
    int from = order.get(start.get(0));
    return Collections.unmodifiableList(completable.subList(from, completable.size()));
  }

  /** Two definitions are equal when their code and version are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ProcessDefinition other && code.equals(other.code) && version == other.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, version);
  }

  /** The code and version, e.g. {@code DPZM_CYCLE v1}. */
  @Override
  public String toString() {
    return code + " v" + version;
  }
}
