package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinancingExampleTest {

  @TempDir
  Path dir;

  private static String run(String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Examples.run(args));
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static void has(String out, String text) {
    assertTrue(out.contains(text), () -> "missing '" + text + "' in\n" + out);
  }

  @Test
  void the_consortium_wins_a_joint_contract_one_small_grant_passes_and_three_are_refused_by_their_rules()
      throws Exception {
    String out = run("financing", "--db", dir.resolve("lsw").toString());
    has(out, "✓ rozstrzygnięcie (stan: rozstrzygnięty)");
    has(out, "Oferta wspólna: Stowarzyszenie Otwarte Drzwi + Fundacja Wspierania Rodzin \"Korale\"");
    has(out, "koszt całkowity 119 000,00 zł, wnioskowana dotacja 87 000,00 zł (73,11% kosztów)");
    has(out, "PRZYZNANO dotację 87 000,00 zł");
    has(out, "Reguły konkursu: zgodny");
    has(out, "Umowa wspólna (zawarta teraz): 2026-04-20, Stowarzyszenie Otwarte Drzwi + Fundacja Wspierania Rodzin");

    has(out, "umowa zawarta 2026-05-14");
    has(out, "umowa zawarta 2026-06-11");
    has(out, "ODMOWA zawarcia umowy: FIN-SMALL-GRANT-AMOUNT");
    has(out, "[FIN-SMALL-GRANT-AMOUNT] Kwota dotacji");
    has(out, "ODMOWA zawarcia umowy: FIN-SMALL-GRANT-DURATION");
    has(out, "[FIN-SMALL-GRANT-DURATION] Zadanie trwa 91 dni");
    has(out, "ODMOWA zawarcia umowy: FIN-SMALL-GRANT-YEARLY-CAP");
    has(out, "[FIN-SMALL-GRANT-YEARLY-CAP] Małe granty organizacji w roku 2026 wyniosłyby 20 500,00 zł");

    has(out, "[FIN-SMALL-GRANT-AMOUNT]");
    has(out, "NIEDOPUSZCZALNY");
    has(out, "143 000,00 zł");
    has(out, "153 000,00 zł");
    has(out, "178 000,00 zł");
    has(out, "projekt obowiązuje od 2026-06-01: ZGODNY");
    has(out, "projekt obowiązuje od 2026-07-01: NIEZGODNY");
  }

  @Test
  void a_second_run_finds_what_the_first_stored_and_reports_the_same_verdicts_in_english() throws Exception {
    String db = dir.resolve("lsw").toString();
    run("financing", "--db", db);
    String out = run("financing", "--db", db, "--lang", "en");
    has(out, "The competition is already stored");
    has(out, "Joint contract (already stored)");
    has(out, "already stored, status: contract signed");
    has(out, "already stored, status: refused");
    has(out, "[FIN-SMALL-GRANT-AMOUNT]");
    has(out, "[FIN-SMALL-GRANT-DURATION]");
    has(out, "[FIN-SMALL-GRANT-YEARLY-CAP]");
    has(out, "draft in force from 2026-06-01: COMPLIANT");
    assertTrue(!out.contains("contract refused"), out);
  }
}
