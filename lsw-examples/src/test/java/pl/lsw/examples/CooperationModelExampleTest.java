package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.examples.ExampleOutput.count;
import static pl.lsw.examples.ExampleOutput.run;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lsw.core.kernel.TerytCode;

class CooperationModelExampleTest {

  @TempDir
  static Path dir;

  private static String polish;
  private static String english;

  @BeforeAll
  static void run_the_example_twice_on_one_database() throws Exception {
    String db = dir.resolve("lsw").toString();
    polish = run("cooperation-model", "--db", db);
    english = run("cooperation-model", "--db", db, "--lang", "en");
  }

  @Test
  void the_commune_is_a_well_formed_rural_commune() {
    TerytCode commune = TerytCode.of(CooperationModelExample.COMMUNE_TERYT);
    assertEquals('2', commune.value().charAt(6));
    assertTrue(polish.contains("(gmina wiejska, TERYT 0621052): 6 partnerów, 10 osób, WZK i PZK"), polish);
  }

  @Test
  void the_decision_to_continue_loops_back_to_2_2_and_keeps_1_x_done() {
    assertTrue(polish.contains("9.2: PZK postanawia kontynuować prace. Dostępne pętle: [CONTINUE_FROM_2_2]"), polish);
    assertTrue(polish.contains("Pętla CONTINUE_FROM_2_2: powrót do kroku 2.2, iteracja 2."), polish);
    assertTrue(polish.contains("  Ponownie dostępne: 2.2\n"), polish);
    assertTrue(polish.contains("  Pozostają wykonane: 1.1, 1.2, 2.1\n"), polish);
  }

  @Test
  void after_the_decision_to_close_a_further_loop_is_refused() {
    assertTrue(polish.contains("9.2: PZK postanawia zakończyć prace. Kolejna pętla jest odrzucana:"), polish);
    assertTrue(polish.contains("- [PROCESS_LOOP_NO_DECISION_TO_CONTINUE] pętla CONTINUE_FROM_2_2"), polish);
  }

  @Test
  void the_history_shows_both_iterations_with_their_steps_and_decisions() {
    assertTrue(polish.contains("Iteracja 1 (od 2024-01-15)"), polish);
    assertTrue(polish.contains("Iteracja 2 (od 2025-07-01, pętla CONTINUE_FROM_2_2, wnioski: "), polish);
    assertTrue(polish.contains("  przeniesione jako wykonane: 1.1, 1.2, 2.1"), polish);
    String first = polish.substring(polish.indexOf("Iteracja 1 (od"), polish.indexOf("Iteracja 2 (od"));
    String second = polish.substring(polish.indexOf("Iteracja 2 (od"), polish.indexOf("Bieżąca pozycja"));
    assertTrue(first.contains("2025-06-30  9.2 ") && first.contains("decyzja: kontynuacja prac"), first);
    assertFalse(first.contains("  10.1 "), first);
    assertFalse(second.contains("  1.1  "), second);
    assertTrue(second.contains("2026-06-30  9.2 ") && second.contains("decyzja: zakończenie prac"), second);
    for (String step : new String[] {"9.3  ", "10.1 ", "10.2 ", "10.3 ", "10.4 "}) {
      assertEquals(1, count(polish, "  " + step), () -> step + " in\n" + polish);
    }
    assertEquals(2, count(polish, "  2.2  \"Decyzja władz gminno-powiatowych"), polish);
    assertTrue(second.contains(" Etap IV: Ewaluacja końcowa"), second);
    assertTrue(first.contains("S1   zadanie stałe:"), first);
  }

  @Test
  void the_current_position_is_the_end_of_the_second_iteration() {
    assertTrue(polish.contains("Bieżąca pozycja: iteracja 2, wszystkie kroki wykonane, wykonano 25/25,"
        + " dostępne kroki: -, dostępne pętle: 0"), polish);
  }

  @Test
  void a_second_run_in_english_finds_the_team_and_prints_the_stored_history() {
    assertTrue(english.contains("is already in the database"), english);
    assertFalse(english.contains("Formed the team"), english);
    assertTrue(english.contains("Iteration 1 (from 2024-01-15)"), english);
    assertTrue(english.contains("Iteration 2 (from 2025-07-01, loop CONTINUE_FROM_2_2"), english);
    assertTrue(english.contains("decision: to continue") && english.contains("decision: to close"), english);
    assertEquals(1, count(english, "  10.4 "), "nothing recorded twice:\n" + english);
    assertTrue(english.contains("Current position: iteration 2, every step done, done 25/25"), english);
  }
}
