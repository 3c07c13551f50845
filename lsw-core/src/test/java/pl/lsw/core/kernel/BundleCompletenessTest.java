package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message bundle of the core ({@link MessageBundle}, {@link ProblemBundle}), found by
 * scanning {@code src/main/resources}: a bundle is a Polish base file {@code X.properties} with an
 * English {@code X_en.properties} beside it, and every {@code messages.properties} or {@code
 * problems.properties} must have one. For each bundle: the same keys in both languages, no empty
 * text, the same placeholders by name, three Polish plural forms and two English ones.
 */
class BundleCompletenessTest {

  private static final Path RESOURCES = Paths.get("src", "main", "resources");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)((?:\\|[^|{}]+)*)}");

  /** The bundles' base files (Polish), relative to the resources. */
  static List<Path> bundles() {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      List<Path> all = files.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".properties"))
          .collect(Collectors.toList());
      Set<Path> bases = new TreeSet<>();
      for (Path f : all) {
        String name = f.getFileName().toString();
        if (name.endsWith("_en.properties")) {
          bases.add(f.resolveSibling(name.substring(0, name.length() - "_en.properties".length())
              + ".properties"));
        } else if (name.equals("messages.properties") || name.equals("problems.properties")) {
          bases.add(f);
        }
      }
      return new ArrayList<>(bases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path english(Path base) {
    String name = base.getFileName().toString();
    return base.resolveSibling(name.replace(".properties", "_en.properties"));
  }

  private static Map<String, String> read(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, String> out = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    return out;
  }

  /** Placeholder name → number of noun forms (0 for a plain placeholder). */
  private static Map<String, Set<Integer>> placeholders(String text) {
    Map<String, Set<Integer>> out = new TreeMap<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      int forms = m.group(2).isEmpty() ? 0 : m.group(2).substring(1).split("\\|").length;
      out.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(forms);
    }
    return out;
  }

  @Test
  void the_scan_finds_the_kernel_rules_and_process_bundles() {
    Set<String> found = bundles().stream().map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
        .collect(Collectors.toSet());
    assertTrue(found.contains("pl/lsw/core/kernel/problems.properties"), found::toString);
    assertTrue(found.contains("pl/lsw/core/rules/problems.properties"), found::toString);
    assertTrue(found.contains("pl/lsw/core/rules/messages.properties"), found::toString);
    assertTrue(found.contains("pl/lsw/core/process/problems.properties"), found::toString);
  }

  @TestFactory
  Stream<DynamicTest> every_bundle_speaks_polish_and_english_alike() {
    return bundles().stream().map(base -> DynamicTest.dynamicTest(
        RESOURCES.relativize(base).toString(), () -> check(base)));
  }

  private static void check(Path base) {
    assertTrue(Files.exists(base), "the Polish file " + base + " is missing");
    assertTrue(Files.exists(english(base)), "the English file " + english(base) + " is missing");
    Map<String, String> pl = read(base);
    Map<String, String> en = read(english(base));
    assertFalse(pl.isEmpty(), base + " has no keys");
    assertEquals(pl.keySet(), en.keySet(), "the keys of " + base + " and its English file differ");
    List<String> wrong = new ArrayList<>();
    for (String key : pl.keySet()) {
      String polish = pl.get(key);
      String englishText = en.get(key);
      if (polish.isBlank() || englishText.isBlank()) {
        wrong.add(key + ": an empty text");
        continue;
      }
      Map<String, Set<Integer>> plHolders = placeholders(polish);
      Map<String, Set<Integer>> enHolders = placeholders(englishText);
      if (!plHolders.keySet().equals(enHolders.keySet())) {
        wrong.add(key + ": placeholders " + plHolders.keySet() + " in Polish but "
            + enHolders.keySet() + " in English");
      }
      plHolders.forEach((name, forms) -> forms.stream().filter(f -> f != 0 && f != 3).forEach(f ->
          wrong.add(key + ": the Polish plural {" + name + "|…} has " + f + " forms, not 3")));
      enHolders.forEach((name, forms) -> forms.stream().filter(f -> f != 0 && f != 2).forEach(f ->
          wrong.add(key + ": the English plural {" + name + "|…} has " + f + " forms, not 2")));
    }
    assertTrue(wrong.isEmpty(), base + ":\n" + String.join("\n", wrong));
  }
}
