package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example program, run in Polish and in English, writes for people: no id (UUID), no raw
 * enumeration constant of the library outside a bracketed code, no Java {@code toString} of a
 * record, a map, an {@code Optional} or an object, and — in Polish — no English sentence.
 */
class ExampleRenderingTest {

  @TempDir
  static Path dir;

  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern JAVA_TO_STRING = Pattern.compile(
      "[A-Z][A-Za-z]+\\[[a-z][A-Za-z]*=|\\{[A-Z][A-Z_]+=|@[0-9a-f]{6,}\\b|Optional\\[|Optional\\.empty"
          + "|\\bSome\\(|\\bList\\(|\\bVector\\(|\\bHashMap\\(");
  /** A bracketed code such as {@code [ACTOR_ROLE_NOT_ALLOWED]} or {@code [MUST]} is deliberate. */
  private static final Pattern BRACKETED = Pattern.compile("\\[[A-Z0-9_.\\-]+]");
  /** A rule code such as {@code FIN-SMALL-GRANT-AMOUNT} is deliberate too. */
  private static final Pattern RULE_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\\b");
  private static final Pattern CAPITAL_WORD = Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b");
  private static final Pattern ENGLISH_WORD = Pattern.compile(
      "\\b(the|is|are|must|cannot|should|has|have|was|were|which|with|without|been|does|only"
          + "|refused|required|acting|one)\\b");

  /** Abbreviations that are words of their own in both languages, though some enum constants share them. */
  private static final Set<String> ABBREVIATIONS = Set.of("LSW", "NGO", "BIP", "PZK", "WZK", "CUS",
      "JST", "KRS", "NIP", "REGON", "TERYT", "PLN", "MUST", "SHOULD", "DPZM", "UDPP", "UCUS", "UFP",
      "OPS", "MOPS", "GOPS", "PCPR", "CSV", "ISO");

  private static Set<String> enumConstants;

  @BeforeAll
  static void collect_the_library_enumeration_constants() {
    enumConstants = new TreeSet<>();
    for (JavaClass c : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("pl.lsw.core")) {
      if (c.isEnum()) {
        c.getEnumConstants().forEach(e -> enumConstants.add(e.name()));
      }
    }
  }

  /** Every example program, in both languages. */
  static Stream<Arguments> programs() {
    return Stream.of(Arguments.of("catalog", "pl"), Arguments.of("catalog", "en"),
        Arguments.of("registry", "pl"), Arguments.of("registry", "en"),
        Arguments.of("small-grants-csv", "en"),
        Arguments.of("financing", "pl"), Arguments.of("financing", "en"),
        Arguments.of("small-grants-csv", "pl"),
        Arguments.of("partnership", "pl"), Arguments.of("partnership", "en"),
        Arguments.of("cooperation-model", "pl"), Arguments.of("cooperation-model", "en"));
  }

  @ParameterizedTest(name = "{0} --lang {1}")
  @MethodSource("programs")
  void the_output_is_written_for_people(String program, String lang) throws Exception {
    String output = printed(arguments(program, lang));
    List<String> bad = new ArrayList<>();
    String[] lines = output.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String plain = RULE_CODE.matcher(BRACKETED.matcher(line).replaceAll(" ")).replaceAll(" ");
      List<String> found = new ArrayList<>();
      find(UUID, line).forEach(m -> found.add("id " + m));
      find(JAVA_TO_STRING, line).forEach(m -> found.add("toString " + m));
      find(CAPITAL_WORD, plain).stream().filter(w -> enumConstants.contains(w) && !ABBREVIATIONS.contains(w))
          .forEach(m -> found.add("enum constant " + m));
      if (lang.equals("pl")) {
        find(ENGLISH_WORD, plain).forEach(m -> found.add("English word '" + m + "'"));
      }
      if (!found.isEmpty()) {
        bad.add("line " + (i + 1) + " " + found + ": " + line);
      }
    }
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

  private static List<String> find(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
