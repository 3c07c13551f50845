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

class CoInformingExampleTest {

  @TempDir
  static Path dir;

  private static String polish;
  private static String english;
  private static String again;

  @BeforeAll
  static void run_the_example_in_both_languages_and_again_on_the_same_database() throws Exception {
    polish = run("co-informing", "--db", dir.resolve("pl").resolve("lsw").toString());
    String db = dir.resolve("en").resolve("lsw").toString();
    english = run("co-informing", "--db", db, "--lang", "en");
    again = run("co-informing", "--db", db, "--lang", "en");
  }

  @Test
  void the_map_holds_entries_from_inside_and_outside_the_lsw() {
    assertTrue(polish.contains("+ " + CoInformingExample.CLUB + " (w ramach LSW;"), polish);
    assertTrue(polish.contains("+ " + CoInformingExample.DAY_ROOM + " (partner spoza LSW; oddolna"),
        polish);
    assertTrue(english.contains("(a partner outside the local support system; bottom-up activity"),
        english);
  }

  @Test
  void a_steering_committee_members_recommendation_is_refused_for_the_actor_and_the_rule_at_once() {
    assertTrue(polish.contains("- [INI-RECOMMENDATION] Do Banku Inicjatyw rekomenduje tylko Zespół"
        + " Zadaniowy, a osoba działa jako: członek Komitetu Sterującego."), polish);
    assertTrue(polish.contains("- [INI-RECOMMENDATION] Inicjatywa nie ma określonych warunków"), polish);
    assertTrue(polish.contains("- [INI-RECOMMENDATION] Inicjatywa nie ma określonej grupy docelowej."),
        polish);
    assertTrue(polish.contains("- [INI-COMPLETE] Pozycji Banku Inicjatyw brakuje pola: Opis."), polish);
    assertTrue(english.contains("- [INI-RECOMMENDATION] Only the Task Team recommends into the"
        + " Initiative Bank, and the person acts as: Steering Committee member."), english);
  }

  @Test
  void the_withdrawal_of_a_recommendation_an_action_uses_is_refused_naming_the_action() {
    assertTrue(english.contains("- [RECOMMENDATION_IN_USE] The recommendation of \""
        + CoInformingExample.CLUB + "\" cannot be withdrawn: the action \"Klub Rodzica — grupa"
        + " jesienna 2026\" (running)"), english);
  }

  @Test
  void the_consortiums_report_is_stale_until_the_change_reaches_the_base() {
    assertEquals(1, count(english, "the consortium reported \"suspended\" on 2026-11-20"), english);
    assertTrue(english.contains("The change reached the base"), english);
    assertTrue(english.contains("* Klub Rodzica — grupa jesienna 2026: suspended (since 2026-11-20)"),
        english);
  }

  @Test
  void the_staleness_report_names_the_unverified_entry_and_the_departed_contact() {
    assertTrue(polish.contains("- Pozycji banku „" + CoInformingExample.CONSULTATIONS
        + "” nie weryfikowano od 01.06.2025, dłużej niż 12 miesięcy."), polish);
    assertTrue(english.contains("The contact person Psycholożka, która odeszła z fundacji of the entry \""
        + CoInformingExample.CONSULTATIONS + "\" is no longer a contact of their organisation."),
        english);
  }

  @Test
  void the_verification_round_feeds_the_next_iteration_of_the_action_bank_loop() {
    assertTrue(polish.contains("Wnioski z rundy: 2026-11-25 [1/1]: Wznowić grupę jesienną"), polish);
    assertTrue(polish.contains("Pętla banku działań: iteracja 2 rozpoczęta z wnioskami rundy."), polish);
    assertTrue(english.contains("iteration 2 started from the round's conclusions"), english);
  }

  @Test
  void the_history_says_who_changed_which_field_from_which_value_to_which() {
    assertTrue(polish.contains("Historia pozycji „" + CoInformingExample.CLUB + "”:"), polish);
    assertTrue(polish.contains("rekomendacja do Banku Inicjatyw — Kierownik Zespołu Zadaniowego LSW"
        + " (Kierownik Zespołu Zadaniowego): dzień rekomendacji: ∅ → 2026-09-15"), polish);
    assertTrue(english.contains("the last verification: ∅ → 2026-11-25"), english);
    assertTrue(english.contains("the status: running → suspended"), english);
  }

  @Test
  void a_second_run_shows_the_stored_bases_instead_of_adding_them_again() {
    assertTrue(again.contains("are already in the database"), again);
    assertFalse(again.contains("refused:"), again);
    assertTrue(again.contains("Map: 3 entries, bank: 2, action base: 1, verification rounds: 1"), again);
  }

  @Test
  void information_reaches_every_member_at_one_instant_and_a_failed_delivery_is_reported() {
    assertTrue(polish.contains("Wysłano jednocześnie do 5 członków partnerstwa."), polish);
    assertTrue(polish.contains("- [MUST] INF-SIMULTANEOUS: Informacji „Bank Inicjatyw: nowa pozycja"
        + " i weryfikacja”"), polish);
    assertTrue(english.contains("Ośrodek Pomocy Społecznej Dzielnicy Praga-Północ"), english);
    assertTrue(english.contains("The contact base of external partners: 1 entry"), english);
  }

  @Test
  void the_plan_of_a_pseudonymous_family_is_checked_and_a_late_ucus_plan_is_refused() {
    assertTrue(english.contains("The plan of family PK-017:"), english);
    assertEquals(1, count(english, "- [SHOULD] PLAN-ACCESS:"), english);
    assertTrue(english.contains("Item 2: the family does not meet an access condition: The offer"
        + " needs a referral"), english);
    for (String code : new String[] {"PLAN-UCUS-COORDINATION", "PLAN-UCUS-DEADLINE",
        "PLAN-UCUS-DURATION"}) {
      assertTrue(polish.contains("- [" + code + "] "), code + "\n" + polish);
    }
  }

  @Test
  void the_newsletter_of_the_month_tells_the_dispatch_and_what_entered_the_bases() {
    assertTrue(english.contains("Newsletter of the LSW"), english);
    assertTrue(english.contains(": An entry recommended into the Initiative Bank: "
        + CoInformingExample.CLUB), english);
    assertTrue(polish.contains(": Zmiana stanu działania: Klub Rodzica — grupa jesienna 2026"), polish);
    assertTrue(again.contains("Newsletter of the LSW"), again);
  }
}
