package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.examples.ExampleOutput.count;
import static pl.lsw.examples.ExampleOutput.run;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnershipExampleTest {

  @TempDir
  static Path dir;

  private static String polish;
  private static String english;

  @BeforeAll
  static void run_the_example_twice_on_one_database() throws Exception {
    String db = dir.resolve("lsw").toString();
    polish = run("partnership", "--db", db);
    english = run("partnership", "--db", db, "--lang", "en");
  }

  @Test
  void the_report_shows_the_quarter_without_a_steering_committee_meeting_and_only_that_one() {
    assertTrue(polish.contains("[MUST] GOV-SC-QUARTERLY v1: Q3 2026: brak posiedzenia"
        + " Komitetu Sterującego (01.07.2026 – 30.09.2026)."), polish);
    assertFalse(polish.contains("Q1 2026: brak posiedzenia"), polish);
    assertFalse(polish.contains("Q2 2026: brak posiedzenia"), polish);
    assertTrue(polish.contains("Raport zgodności zarządzania partnerstwem „Praski Kokon”"), polish);
    assertTrue(polish.contains("Wynik: NIEZGODNY"), polish);
  }

  @Test
  void the_report_shows_the_task_teams_too_long_gap_with_its_dates() {
    assertTrue(polish.contains("Zespół Zadaniowy: brak spotkania od 01.07.2026 do 07.10.2026; następne"
        + " spotkanie powinno odbyć się najpóźniej 01.09.2026"), polish);
    assertEquals(1, count(polish, "GOV-TT-BIMONTHLY v1:"), polish);
  }

  @Test
  void the_rules_kept_in_the_story_are_met() {
    for (String rule : new String[] {"GOV-TT-MANAGER", "GOV-FINANCIAL-CONSENSUS", "GOV-MANDATE",
        "GOV-CONSORTIUM-QUARTERLY", "GOV-NETWORK-WORKER-PAIR", "GOV-FOCUS"}) {
      assertTrue(Pattern.compile(Pattern.quote(rule) + " v1 – .*: spełniona").matcher(polish).find(),
          () -> rule + " should be met in\n" + polish);
    }
  }

  @Test
  void an_ngo_worker_who_tries_to_decide_is_refused_with_the_reason_and_nothing_changes() {
    assertTrue(polish.contains("Kontrola dostępu: Terapeuta rodzinny Fundacji Korale"), polish);
    assertTrue(polish.contains("- [ACTOR_ROLE_NOT_ALLOWED] działając jako członek Konsorcjum Wykonawczego,"
        + " nie można wykonać tej czynności: podjęcie decyzji (decyduje tylko Komitet Sterujący)"), polish);
    assertTrue(polish.contains("- [GOV-MANDATE] Decyzja z 12.11.2026 „CAL prowadzi dyżury"
        + " animatora w świetlicy w 2027 r.” ma zobowiązać partnera Stowarzyszenie Centrum Wspierania"
        + " Aktywności Lokalnej CAL, lecz żaden jego przedstawiciel w Komitecie Sterującym z"
        + " upoważnieniem nie zajął w niej stanowiska."), polish);
    Matcher unchanged = Pattern.compile("Nic się nie zmieniło \\(wersja partnerstwa: (\\d+), przed próbą: (\\d+)\\)")
        .matcher(polish);
    int seen = 0;
    while (unchanged.find()) {
      assertEquals(unchanged.group(2), unchanged.group(1), polish);
      seen++;
    }
    assertEquals(2, seen, polish);
  }

  @Test
  void the_lsw_stages_reach_the_running_stage_after_a_step_refused_for_missing_prerequisites() {
    for (String missing : new String[] {"3.1", "3.2", "3.3", "3.4"}) {
      assertTrue(polish.contains("- [PROCESS_STEP_PREREQUISITE_MISSING] krok 3.5 „Wybór Konsorcjum"
          + " Wykonawczego / Konsorcjów Wykonawczych LSW” wymaga kroku " + missing + " "),
          () -> missing + " in\n" + polish);
    }
    assertTrue(polish.contains("Bieżący etap: 4 Bieżąca działalność i ewaluacja"), polish);
    assertTrue(polish.contains("Kroki dostępne teraz: 4.3"), polish);
    assertTrue(polish.contains("2026-03-31  4.2 "), polish);
  }

  @Test
  void the_partnership_is_described_with_its_bodies_meetings_decisions_and_matter() {
    assertTrue(polish.contains("Założono LSW \"Praski Kokon\""), polish);
    assertTrue(polish.contains("Ośrodek Pomocy Społecznej Dzielnicy Praga-Północ [partner nieformalny;"
        + " nieformalnie, bez deklaracji"), polish);
    assertTrue(polish.contains("Komitet Sterujący (przewodniczy: Zastępca Burmistrza Dzielnicy Praga-Północ)"), polish);
    assertEquals(3, count(polish, "– z upoważnieniem do zobowiązywania partnera"), polish);
    assertEquals(2, count(polish, "– bez upoważnienia"), polish);
    assertTrue(polish.contains("otwarte dla rodzin (przedstawiciele rodzin: 4)"), polish);
    assertEquals(3, count(polish, "  Komitet Sterujący, gospodarz:"), polish);
    assertTrue(polish.contains("[zastąpiona korektą z 2026-04-16]"), polish);
    assertTrue(polish.contains("finansowa: Podział środków na działania LSW w 2026 r."), polish);
    assertTrue(polish.contains("status: przyjęta do rozpatrzenia"), polish);
  }

  @Test
  void a_second_run_in_english_finds_the_partnership_and_shows_the_same_findings() {
    assertTrue(english.contains("The LSW \"Praski Kokon\" is already in the database"), english);
    assertFalse(english.contains("Founded the LSW"), english);
    assertTrue(english.contains("Q3 2026: no Steering Committee meeting (2026-07-01 - 2026-09-30)."), english);
    assertTrue(english.contains("Governance compliance report of the partnership \"Praski Kokon\""), english);
    assertTrue(english.contains("Refused, reasons:"), english);
    assertTrue(english.contains("Current stage: 4 Running and evaluation"), english);
    assertTrue(english.contains("- [PROCESS_STEP_PREREQUISITE_MISSING] step 4.4"), english);
    assertTrue(english.contains("- [ACTOR_ROLE_NOT_ALLOWED] acting as Executive Consortium member, one cannot"
        + " decide (only the Steering Committee decides)"), english);
    assertTrue(english.contains("- [GOV-MANDATE] The decision of 2026-11-12 \"CAL prowadzi dyżury"
        + " animatora w świetlicy w 2027 r.\" is to bind the partner Stowarzyszenie Centrum Wspierania"
        + " Aktywności Lokalnej CAL, but none of its Steering Committee representatives holding a"
        + " mandate took a position on it."), english);
    assertEquals(3, count(english, "  Steering Committee, host:"), "no meeting recorded twice:\n" + english);
    assertEquals(1, count(english, "[superseded by the correction of 2026-04-16]"), english);
  }
}
