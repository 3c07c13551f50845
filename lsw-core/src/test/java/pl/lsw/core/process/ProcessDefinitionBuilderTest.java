package pl.lsw.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;

class ProcessDefinitionBuilderTest {

  private static Title t(String s) {
    return Title.of(s + " (pl)", s);
  }

  private static List<String> codes(Validation<Seq<Problem>, ProcessDefinition> result) {
    assertTrue(result.isInvalid(), () -> "expected problems, got " + result);
    return result.getError().map(Problem::code).toJavaList();
  }

  @Test
  void a_users_own_definition_with_sub_steps_a_decision_and_a_loop_is_built() {
    ProcessDefinition d = ProcessDefinition.builder("OWN", 2, t("Own process"), "our handbook §3")
        .stage("A", t("Prepare"))
        .step("1", t("Meet"))
        .step("2", t("Decide"), "1")
        .subStep("2.1", t("Vote"))
        .subStep("2.2", t("Sum up"), "2.1")
        .decisionPoint()
        .source("our handbook §4")
        .stage("B", t("Run"))
        .step("3", t("Act"), "2")
        .standingTask("S", t("Promote"))
        .loop("AGAIN", t("Again"), "2.2", "2", LoopCondition.AFTER_DECISION_TO_CONTINUE, false)
        .buildOrThrow();
    assertEquals(List.of("1", "2.1", "2.2", "3"), d.completableSteps().stream().map(ProcessStep::code).toList());
    assertEquals(List.of("1"), d.prerequisitesOf("2.1").stream().map(ProcessStep::code).toList());
    assertEquals(List.of("1", "2.1"), d.prerequisitesOf("2.2").stream().map(ProcessStep::code).toList());
    assertEquals("our handbook §4", d.step("3").get().source());
    assertEquals("our handbook §3", d.step("2.2").get().source());
    assertEquals("B", d.stageOf("3").get().code());
    assertEquals(List.of("2.1", "2.2", "3"),
        d.stepsRedoneBy(d.loop("AGAIN").get()).stream().map(ProcessStep::code).toList());
    assertEquals(2, d.version());
  }

  @Test
  void every_problem_of_a_definition_is_reported_at_once() {
    Validation<Seq<Problem>, ProcessDefinition> result = ProcessDefinition.builder("", 0, Title.of("", "x"), "s")
        .stage("A", t("A"))
        .step("1", t("One"), "9")
        .step("1", t("One again"))
        .step("2", t("Two"), "3")
        .step("3", t("Three"), "2")
        .stage("A", t("A again"))
        .stage("C", Title.of("C", " "))
        .standingTask("2", t("Clash"))
        .loop("L", t("Loop"), "7", "8", LoopCondition.AFTER_STEP, false)
        .build();
    List<String> codes = codes(result);
    assertEquals(List.of(
        "PROCESS_DEFINITION_CODE_MISSING",
        "PROCESS_DEFINITION_VERSION",
        "PROCESS_TITLE_MISSING",
        "PROCESS_CODE_DUPLICATE",
        "PROCESS_CODE_DUPLICATE",
        "PROCESS_STAGE_EMPTY",
        "PROCESS_TITLE_MISSING",
        "PROCESS_STAGE_EMPTY",
        "PROCESS_CODE_DUPLICATE",
        "PROCESS_PREREQUISITE_UNKNOWN",
        "PROCESS_LOOP_STEP_UNKNOWN",
        "PROCESS_LOOP_STEP_UNKNOWN",
        "PROCESS_PREREQUISITE_CYCLE"), codes);
    String all = result.getError().mkString("\n");
    assertTrue(all.contains("requires step '9'"), all);
    assertTrue(all.contains("steps 2, 3 require each other"), all);
  }

  @Test
  void cycles_through_sub_steps_and_a_step_requiring_itself_are_found() {
    List<String> codes = codes(ProcessDefinition.builder("C", 1, t("C"), "s")
        .stage("A", t("A"))
        .step("1", t("One"), "1")
        .step("2", t("Two"))
        .subStep("2.1", t("Two one"), "2")
        .build());
    assertEquals(List.of("PROCESS_PREREQUISITE_CYCLE", "PROCESS_PREREQUISITE_CYCLE"), codes);
  }

  @Test
  void a_definition_without_stages_and_misplaced_elements_are_reported() {
    List<String> codes = codes(ProcessDefinition.builder("E", 1, t("E"), "s")
        .decisionPoint()
        .step("1", t("Orphan"))
        .build());
    assertEquals(List.of("PROCESS_DEFINITION_NO_STAGES", "PROCESS_DECISION_POINT_MISPLACED",
        "PROCESS_STEP_OUTSIDE_STAGE"), codes);
    List<String> sub = codes(ProcessDefinition.builder("E", 1, t("E"), "s")
        .stage("A", t("A"))
        .subStep("0.1", t("Orphan"))
        .step("1", t("Parent"))
        .subStep("1.1", t("Child"))
        .build());
    assertEquals(List.of("PROCESS_SUBSTEP_OUTSIDE_STEP"), sub);
  }

  @Test
  void a_loop_must_start_after_a_completable_step_and_a_decision_loop_after_a_decision_point() {
    List<String> codes = codes(ProcessDefinition.builder("L", 1, t("L"), "s")
        .stage("A", t("A"))
        .step("1", t("One"))
        .subStep("1.1", t("One one"))
        .step("2", t("Two"), "1")
        .loop("L1", t("Parent trigger"), "1", "1", LoopCondition.AFTER_STEP, false)
        .loop("L2", t("No decision"), "2", "1", LoopCondition.AFTER_DECISION_TO_CONTINUE, false)
        .loop("L2", t("Duplicate"), "2", "1", LoopCondition.AFTER_STEP, false)
        .build());
    assertEquals(List.of("PROCESS_LOOP_TRIGGER_NOT_COMPLETABLE", "PROCESS_LOOP_TRIGGER_NOT_DECISION",
        "PROCESS_CODE_DUPLICATE"), codes);
  }

  @Test
  void a_decision_point_on_a_step_with_sub_steps_is_reported() {
    assertEquals(List.of("PROCESS_DECISION_POINT_MISPLACED"), codes(ProcessDefinition.builder("D", 1, t("D"), "s")
        .stage("A", t("A"))
        .step("1", t("One"))
        .decisionPoint()
        .subStep("1.1", t("One one"))
        .build()));
  }

  @Test
  void the_throwing_build_lists_every_problem_in_its_message() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ProcessDefinition.builder(" ", 1, t("X"), "s").buildOrThrow());
    assertEquals(2, e.problems().size());
    assertTrue(e.getMessage().contains("PROCESS_DEFINITION_CODE_MISSING"), e.getMessage());
  }
}
