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

  @Test
  void the_partners_add_their_services_and_the_pzk_agrees_the_basket_at_a_recorded_meeting() {
    String basket = basket(polish, "== Lokalny Koszyk Usług ==");
    assertTrue(basket.contains("Partnerzy dodali do koszyka 5 usług, każdą z warunkami dostępu"
        + " i osobą do kontaktu:"), basket);
    assertTrue(basket.contains("  + Specjalistyczne poradnictwo rodzinne (Powiatowe Centrum Pomocy"
        + " Rodzinie w Nadrzeczu)\n"), basket);
    assertTrue(basket.contains("  + Zajęcia wyrównawcze i świetlica szkolna (Szkoła Podstawowa"
        + " w Zielonej Dolinie)\n"), basket);
    assertTrue(basket.contains("Koszyk uzgodniono na posiedzeniu PZK 2026-01-28 (protokół PZK 1/2026):"
        + " 5 usług."), basket);
    assertTrue(basket.contains("Po posiedzeniu PCPR zmienia usługę „Specjalistyczne poradnictwo"
        + " rodzinne”: wtorki i czwartki 10:00–16:00"), basket);
  }

  @Test
  void a_partners_representative_changing_another_partners_service_is_refused_with_every_reason() {
    for (String out : new String[] {basket(polish, "== Lokalny Koszyk Usług =="),
        basket(english, "== The Local Service Basket ==")}) {
      assertTrue(out.contains("    - [ACTOR_NOT_PROVIDER] "), out);
      assertTrue(out.contains("    - [CONTACTS_EMPTY] "), out);
    }
    assertTrue(polish.contains("Pedagog szkolny jako przedstawiciel szkoły próbuje zmienić usługę GOPS"
        + " „Asystent rodziny” i usunąć z niej osobę do kontaktu — odmowa:"), polish);
    assertTrue(polish.contains("  Koszyk bez zmian (wersja 7)."), polish);
    assertTrue(english.contains("acting as partner representative, may change only the services of"
        + " their own organisation"), english);
    assertTrue(english.contains("  The basket is unchanged (version 7)."), english);
  }

  @Test
  void basket_agreed_reports_the_service_changed_after_the_agreement() {
    assertTrue(polish.contains("Sprawdzenie koszyka na dzień 2026-11-30 (BASKET-CURRENT, BASKET-AGREED):"
        + " uwagi: 1.\n  - [BASKET-AGREED, SHOULD] Usługę „Specjalistyczne poradnictwo rodzinne”"
        + " zmieniono po ostatnim uzgodnieniu koszyka (28.01.2026); należy ją uzgodnić ponownie."),
        polish);
    assertTrue(english.contains("The basket checked as of 2026-11-30 (BASKET-CURRENT, BASKET-AGREED):"
        + " findings: 1.\n  - [BASKET-AGREED, SHOULD] The service \"Specjalistyczne poradnictwo"
        + " rodzinne\" was changed after the basket's latest agreement (2026-01-28); it should be"
        + " agreed again."), english);
  }

  @Test
  void the_basket_is_published_in_the_readers_language() {
    assertTrue(polish.contains("Lokalny Koszyk Usług / Lista Aktywności i Usług — "
        + CooperationModelExample.NAME + "\nstan na dzień 2026-11-30\n"), polish);
    assertTrue(polish.contains("== Szkoła Podstawowa w Zielonej Dolinie ==\n-- edukacja publiczna --\n"
        + "* Zajęcia wyrównawcze i świetlica szkolna\n"), polish);
    assertTrue(polish.contains("  Warunki dostępu: wiek (w latach): 7–15; dla: dzieci;"), polish);
    assertTrue(english.contains("Local Service Basket / List of Activities and Services — "
        + CooperationModelExample.NAME + "\nas of 2026-11-30\n"), english);
    assertTrue(english.contains("-- public education --\n* Zajęcia wyrównawcze i świetlica szkolna\n"),
        english);
    assertTrue(english.contains("  Access conditions: for: families with children; area (TERYT): 0621052;"
        + " referral required; free of charge;"), english);
    assertTrue(english.contains("  Availability: wtorki i czwartki 10:00–16:00, punkt konsultacyjny w GOPS\n"),
        english);
  }

  @Test
  void the_history_of_the_changed_service_shows_each_field_from_and_to_by_name() {
    assertTrue(polish.contains("Historia usługi „Specjalistyczne poradnictwo rodzinne”:\n"
        + "  dodano usługę — Lider-animator PCPR (przedstawiciel partnera): oferowana od 2026-01-02\n"
        + "  zmieniono usługę — Lider-animator PCPR (przedstawiciel partnera): liczba miejsc: 8 → 12;"
        + " dostępność: wtorki 10:00–14:00, punkt konsultacyjny w GOPS → wtorki i czwartki"
        + " 10:00–16:00, punkt konsultacyjny w GOPS; aktualność potwierdzono: 2026-01-20 → 2026-03-10\n"),
        polish);
    assertTrue(english.contains("The history of the service \"Specjalistyczne poradnictwo rodzinne\":\n"
        + "  service added — Lider-animator PCPR (partner representative): offered from 2026-01-02\n"
        + "  service changed — Lider-animator PCPR (partner representative): places: 8 → 12;"
        + " availability: wtorki 10:00–14:00, punkt konsultacyjny w GOPS → wtorki i czwartki"
        + " 10:00–16:00, punkt konsultacyjny w GOPS; last verified: 2026-01-20 → 2026-03-10\n"),
        english);
  }

  @Test
  void a_second_run_shows_the_stored_basket_instead_of_adding_it_again() {
    String basket = basket(english, "== The Local Service Basket ==");
    assertTrue(basket.contains("The team's basket is already in the database (version 7, 5 services):"
        + " showing the stored basket instead of adding the services again."), basket);
    assertTrue(basket.contains("The basket was agreed at the PZK meeting of 2026-01-28"
        + " (protokół PZK 1/2026): 5 services."), basket);
    assertFalse(basket.contains("The partners added"), basket);
    assertFalse(basket.contains("After the meeting the PCPR changes"), basket);
    assertEquals(1, count(basket, "  service added — "), basket);
    assertEquals(1, count(basket, "  service changed — "), basket);
  }

  /** The basket's section of an output, from its heading on. */
  private static String basket(String output, String heading) {
    int at = output.indexOf(heading);
    assertTrue(at >= 0, output);
    return output.substring(at);
  }
}
