package pl.lsw.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardProcessesTest {

  private static List<String> codes(List<ProcessStep> steps) {
    return steps.stream().map(ProcessStep::code).toList();
  }

  @Test
  void the_cooperation_model_has_4_stages_10_steps_and_25_completable_steps() {
    ProcessDefinition mk = StandardProcesses.COOPERATION_MODEL_FIRST_IMPLEMENTATION;
    assertEquals(4, mk.stages().size());
    assertEquals(List.of("I", "II", "III", "IV"), mk.stages().stream().map(ProcessStage::code).toList());
    List<String> steps = mk.stages().stream().flatMap(s -> s.steps().stream()).map(ProcessStep::code).toList();
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), steps);
    assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3", "4", "5.1", "5.2", "5.3",
        "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8", "9.1", "9.2", "9.3", "10.1", "10.2", "10.3", "10.4"),
        codes(mk.completableSteps()));
    assertEquals(List.of(1, 5, 3, 1), mk.stages().stream().map(s -> s.steps().size()).toList());
  }

  @Test
  void the_cooperation_model_has_three_standing_tasks_and_the_loop_from_9_2_to_2_2() {
    ProcessDefinition mk = StandardProcesses.COOPERATION_MODEL_FIRST_IMPLEMENTATION;
    assertEquals(List.of("S1", "S2", "S3"), mk.standingTasks().stream().map(StandingTask::code).toList());
    ProcessLoop loop = mk.loop(StandardProcesses.COOPERATION_MODEL_CONTINUE).get();
    assertEquals("9.2", loop.triggerStep());
    assertEquals("2.2", loop.restartStep());
    assertEquals(LoopCondition.AFTER_DECISION_TO_CONTINUE, loop.condition());
    assertTrue(mk.step("9.2").get().decisionPoint());
    assertEquals("2.2", mk.stepsRedoneBy(loop).get(0).code());
    assertEquals(22, mk.stepsRedoneBy(loop).size());
  }

  @Test
  void cooperation_model_sub_steps_inherit_the_previous_step_and_steps_6_and_7_are_parallel() {
    ProcessDefinition mk = StandardProcesses.COOPERATION_MODEL_FIRST_IMPLEMENTATION;
    assertEquals(List.of("1.1", "1.2"), codes(mk.prerequisitesOf("2.1")));
    assertEquals(List.of("1.1", "1.2", "2.1"), codes(mk.prerequisitesOf("2.2")));
    assertEquals(List.of("2.1", "2.2", "2.3", "2.4"), codes(mk.prerequisitesOf("3")));
    assertEquals(List.of("5.1", "5.2", "5.3"), codes(mk.prerequisitesOf("6.2")));
    assertEquals(List.of("5.1", "5.2", "5.3"), codes(mk.prerequisitesOf("6.3")));
    assertEquals(List.of("6.1", "6.2", "6.3"), codes(mk.prerequisitesOf("7.3")));
    assertEquals(List.of("9.1", "9.2", "9.3"), codes(mk.prerequisitesOf("10.1")));
    assertEquals(List.of("10.3"), codes(mk.prerequisitesOf("10.4")).subList(3, 4));
    assertTrue(mk.prerequisitesOf("1.1").isEmpty());
  }

  @Test
  void the_lsw_stages_have_4_stages_and_16_steps_each_needing_the_one_before() {
    ProcessDefinition lsw = StandardProcesses.LSW_STAGES;
    assertEquals(4, lsw.stages().size());
    assertEquals(List.of(1, 5, 6, 4), lsw.stages().stream().map(s -> s.steps().size()).toList());
    List<ProcessStep> steps = lsw.completableSteps();
    assertEquals(16, steps.size());
    assertTrue(lsw.prerequisitesOf(steps.get(0).code()).isEmpty());
    for (int i = 1; i < steps.size(); i++) {
      assertEquals(List.of(steps.get(i - 1).code()), codes(lsw.prerequisitesOf(steps.get(i).code())));
      assertEquals(i, lsw.allPrerequisitesOf(steps.get(i).code()).size());
    }
    assertTrue(lsw.loops().isEmpty());
    assertTrue(lsw.standingTasks().isEmpty());
  }

  @Test
  void the_action_bank_loop_has_four_steps_and_returns_to_the_map_with_conclusions() {
    ProcessDefinition bank = StandardProcesses.ACTION_BANK_LOOP;
    assertEquals(List.of("1", "2", "3", "4"), codes(bank.completableSteps()));
    ProcessLoop loop = bank.loop(StandardProcesses.ACTION_BANK_NEXT_ITERATION).get();
    assertEquals("4", loop.triggerStep());
    assertEquals("1", loop.restartStep());
    assertTrue(loop.conclusionsRequired());
    assertEquals(4, bank.stepsRedoneBy(loop).size());
  }

  @Test
  void the_dpzm_cycle_has_five_stages_from_diagnose_to_evaluate_and_a_loop_to_the_next_period() {
    ProcessDefinition dpzm = StandardProcesses.DPZM_CYCLE;
    assertEquals(List.of("D", "P", "Z", "M", "O"), dpzm.stages().stream().map(ProcessStage::code).toList());
    assertEquals(List.of("Diagnose", "Plan", "Ensure", "Monitor", "Evaluate"),
        dpzm.stages().stream().map(s -> s.title().english()).toList());
    assertEquals(List.of(2, 4, 2, 2, 4), dpzm.stages().stream().map(s -> s.steps().size()).toList());
    ProcessLoop loop = dpzm.loop(StandardProcesses.DPZM_NEXT_PERIOD).get();
    assertEquals("O.4", loop.triggerStep());
    assertEquals("D.1", loop.restartStep());
    assertEquals(14, dpzm.stepsRedoneBy(loop).size());
  }

  @Test
  void every_standard_definition_has_bilingual_titles_and_a_source() {
    for (ProcessDefinition d : StandardProcesses.all()) {
      assertFalse(d.title().isIncomplete(), d.code());
      assertFalse(d.source().isBlank(), d.code());
      assertEquals(1, d.version());
      for (ProcessStep s : d.completableSteps()) {
        assertFalse(s.title().isIncomplete(), s.code());
        assertFalse(s.source().isBlank(), s.code());
      }
    }
    assertEquals(4, ProcessDefinitionCatalog.standard().all().size());
  }
}
