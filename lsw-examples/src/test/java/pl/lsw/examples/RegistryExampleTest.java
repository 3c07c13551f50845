package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryExampleTest {

  @TempDir
  Path dir;

  private static String run(String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      Examples.main(args);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_registry_example_registers_the_praski_kokon_partners_once_and_prints_the_catalog() throws Exception {
    String db = dir.resolve("lsw").toString();
    String first = run("registry", "--db", db);
    for (PraskiKokon.Partner p : PraskiKokon.partners()) {
      assertTrue(first.contains(p.draft().name()), () -> "missing " + p.draft().name() + " in\n" + first);
    }
    assertTrue(first.contains("[Partner nieformalny]"), first);
    assertTrue(first.contains("KER-NIP"), first);
    assertTrue(first.contains("Katalog reguł"), first);
    assertTrue(first.contains("wersja: 1"), first);

    String second = run("registry", "--db", db, "--lang", "en");
    assertTrue(second.contains("Organisations seated in Warsaw (TERYT 1465…): 5"), second);
    assertTrue(second.contains("Rule catalog"), second);
    assertEquals(5, second.split("version: 1\n", -1).length - 1, "a second run registers nobody again:\n" + second);
  }

  @Test
  void unknown_options_are_refused_with_every_problem() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ExampleOptions.parse("--lang", "de", "--db"));
    assertTrue(e.getMessage().contains("--lang takes pl or en, not 'de'"), e.getMessage());
    assertTrue(e.getMessage().contains("--db takes a file path"), e.getMessage());
  }
}
