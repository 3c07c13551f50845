package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The launcher lists its programs for {@code --help} or no argument, and runs none of them. */
class ExamplesLauncherTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int code = Examples.run(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void help_lists_every_program_in_polish_and_creates_nothing() throws Exception {
    boolean existed = Files.exists(ExampleOptions.DEFAULT_DATABASE.getParent());
    Run r = run("--help");
    assertEquals(0, r.code());
    for (String program : new String[] {"catalog", "registry", "partnership", "cooperation-model",
        "financing", "small-grants-csv"}) {
      assertTrue(r.out().contains(program), r.out());
    }
    assertTrue(r.out().startsWith("Użycie:"), r.out());
    assertEquals(existed, Files.exists(ExampleOptions.DEFAULT_DATABASE.getParent()),
        "help must not create the example database");
  }

  @Test
  void help_in_english_and_no_argument_is_a_usage_error_listing_the_programs() throws Exception {
    Run english = run("--help", "--lang", "en");
    assertEquals(0, english.code());
    assertTrue(english.out().startsWith("Usage:"), english.out());
    assertTrue(english.out().contains("checks a register of small grants"), english.out());

    Run none = run();
    assertEquals(2, none.code());
    assertTrue(none.out().contains("registry"), none.out());
  }

  @Test
  void the_catalog_opens_no_database() throws Exception {
    boolean existed = Files.exists(ExampleOptions.DEFAULT_DATABASE.getParent());
    Run r = run("catalog");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("FIN-SMALL-GRANT-AMOUNT"), r.out());
    assertEquals(existed, Files.exists(ExampleOptions.DEFAULT_DATABASE.getParent()),
        "the catalog must not create the example database");
  }

  @Test
  void an_unknown_program_is_named_and_the_list_follows() throws Exception {
    Run r = run("registy");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Nie ma programu „registy”"), r.err());
    assertTrue(r.err().contains("financing"), r.err());
    assertFalse(Files.exists(Path.of("registy")));
  }
}
