package pl.lsw.core.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a text is written for people, line by line: no id (UUID), no Java {@code toString},
 * no raw constant of a library enumeration outside a bracketed code or a rule code, and — in
 * Polish — no English word; plus any pattern a caller adds (e.g. field paths). Each test gives the
 * patterns that fit its texts.
 */
public final class WrittenForPeople {

  /** A UUID in its canonical text form. */
  public static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  /** A bracketed code such as {@code [ACTOR_ROLE_NOT_ALLOWED]} or {@code [MUST]} is deliberate. */
  public static final Pattern BRACKETED = Pattern.compile("\\[[A-Z0-9_.\\-]+]");
  /** A word in capitals, a candidate enumeration constant. */
  public static final Pattern CAPITAL_WORD = Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b");

  private static Set<String> enumConstants;

  private final Pattern javaToString;
  private final Pattern ruleCode;
  private final Pattern englishWord;
  private final Set<String> abbreviations;
  private final Map<String, Pattern> extra;

  private WrittenForPeople(Pattern javaToString, Pattern ruleCode, Pattern englishWord,
      Set<String> abbreviations, Map<String, Pattern> extra) {
    this.javaToString = Objects.requireNonNull(javaToString);
    this.ruleCode = Objects.requireNonNull(ruleCode);
    this.englishWord = Objects.requireNonNull(englishWord);
    this.abbreviations = Set.copyOf(abbreviations);
    this.extra = new LinkedHashMap<>(extra);
  }

  /**
   * A check with these patterns.
   *
   * @param javaToString what a Java {@code toString} looks like in these texts
   * @param ruleCode the rule codes that are deliberate (removed before the word checks)
   * @param englishWord the English words that must not appear in Polish
   * @param abbreviations capital words that are words of their own, though a constant shares them
   * @param extra more patterns, by the name a finding is reported with, checked like the words
   */
  public static WrittenForPeople of(Pattern javaToString, Pattern ruleCode, Pattern englishWord,
      Set<String> abbreviations, Map<String, Pattern> extra) {
    return new WrittenForPeople(javaToString, ruleCode, englishWord, abbreviations, extra);
  }

  /**
   * What is wrong, one entry per offending line: {@code line N [what…]: the line}; empty when the
   * text is written for people.
   *
   * @param text the text
   * @param polish whether the text is Polish (then English words are looked for too)
   * @return the offending lines
   */
  public List<String> problems(String text, boolean polish) {
    Set<String> constants = libraryEnumConstants();
    List<String> bad = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String plain = ruleCode.matcher(BRACKETED.matcher(line).replaceAll(" ")).replaceAll(" ");
      List<String> found = new ArrayList<>();
      find(UUID, line).forEach(m -> found.add("id " + m));
      find(javaToString, line).forEach(m -> found.add("toString " + m));
      extra.forEach((name, pattern) -> find(pattern, plain).forEach(m -> found.add(name + " " + m)));
      find(CAPITAL_WORD, plain).stream()
          .filter(w -> constants.contains(w) && !abbreviations.contains(w))
          .forEach(m -> found.add("enum constant " + m));
      if (polish) {
        find(englishWord, plain).forEach(m -> found.add("English word '" + m + "'"));
      }
      if (!found.isEmpty()) {
        bad.add("line " + (i + 1) + " " + found + ": " + line);
      }
    }
    return bad;
  }

  /** The names of the constants of every enumeration of the library's production code. */
  public static synchronized Set<String> libraryEnumConstants() {
    if (enumConstants == null) {
      Set<String> names = new TreeSet<>();
      for (JavaClass c : new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("pl.lsw.core")) {
        if (c.isEnum()) {
          c.getEnumConstants().forEach(e -> names.add(e.name()));
        }
      }
      enumConstants = Set.copyOf(names);
    }
    return enumConstants;
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
