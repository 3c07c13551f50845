package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.lsw.core.testing.WrittenForPeople;

/**
 * Every example program, run in Polish and in English, writes for people: no id (UUID), no raw
 * enumeration constant of the library outside a bracketed code, no Java {@code toString} of a
 * record, a map, an {@code Optional} or an object, and — in Polish — no English sentence.
 */
class ExampleRenderingTest {

  @TempDir
  static Path dir;

  private static final Pattern JAVA_TO_STRING = Pattern.compile(
      "[A-Z][A-Za-z]+\\[[a-z][A-Za-z]*=|\\{[A-Z][A-Z_]+=|@[0-9a-f]{6,}\\b|Optional\\[|Optional\\.empty"
          + "|\\bSome\\(|\\bList\\(|\\bVector\\(|\\bHashMap\\(");
  /** A rule code such as {@code FIN-SMALL-GRANT-AMOUNT} is deliberate too. */
  private static final Pattern RULE_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\\b");
  private static final Pattern ENGLISH_WORD = Pattern.compile(
      "\\b(the|is|are|must|cannot|should|has|have|was|were|which|with|without|been|does|only"
          + "|refused|required|acting|one)\\b");

  /** Abbreviations that are words of their own in both languages, though some enum constants share them. */
  private static final Set<String> ABBREVIATIONS = Set.of("LSW", "NGO", "BIP", "PZK", "WZK", "CUS",
      "JST", "KRS", "NIP", "REGON", "TERYT", "PLN", "MUST", "SHOULD", "DPZM", "UDPP", "UCUS", "UFP",
      "OPS", "MOPS", "GOPS", "PCPR", "CSV", "ISO", "SWOT");

  private static final WrittenForPeople CHECK = WrittenForPeople.of(JAVA_TO_STRING, RULE_CODE,
      ENGLISH_WORD, ABBREVIATIONS, Map.of());

  /** Every example program, in both languages. */
  static Stream<Arguments> programs() {
    return Stream.of(Arguments.of("catalog", "pl"), Arguments.of("catalog", "en"),
        Arguments.of("registry", "pl"), Arguments.of("registry", "en"),
        Arguments.of("small-grants-csv", "en"),
        Arguments.of("financing", "pl"), Arguments.of("financing", "en"),
        Arguments.of("small-grants-csv", "pl"),
        Arguments.of("partnership", "pl"), Arguments.of("partnership", "en"),
        Arguments.of("cooperation-model", "pl"), Arguments.of("cooperation-model", "en"),
        Arguments.of("co-informing", "pl"), Arguments.of("co-informing", "en"),
        Arguments.of("evaluation", "pl"), Arguments.of("evaluation", "en"));
  }

  @ParameterizedTest(name = "{0} --lang {1}")
  @MethodSource("programs")
  void the_output_is_written_for_people(String program, String lang) throws Exception {
    String output = printed(arguments(program, lang));
    List<String> bad = CHECK.problems(output, lang.equals("pl"));
    assertTrue(bad.isEmpty(), () -> program + " --lang " + lang + ":\n" + String.join("\n", bad));
  }

  private static String[] arguments(String program, String lang) throws Exception {
    List<String> args = new ArrayList<>(List.of(program));
    if (program.equals("small-grants-csv")) {
      Path sample = Path.of("samples", "small-grants-2026.csv");
      Path copy = dir.resolve("grants-" + lang + ".csv");
      Files.copy(sample, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      args.add(copy.toString());
      args.add("--as-of");
      args.add("2026-12-31");
    } else if (!program.equals("catalog")) {
      args.add("--db");
      args.add(dir.resolve(program + "-" + lang).resolve("lsw").toString());
    }
    args.add("--lang");
    args.add(lang);
    return args.toArray(String[]::new);
  }

  /** What the example printed; its exit code does not matter here (1 means rules were broken). */
  private static String printed(String[] args) throws Exception {
    java.io.PrintStream original = System.out;
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      Examples.run(args);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

}
