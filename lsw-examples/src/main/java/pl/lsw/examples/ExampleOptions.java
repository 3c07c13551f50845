package pl.lsw.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command-line options the examples share: {@code --lang pl|en} (default Polish),
 * {@code --db PATH} (the H2 database file, default {@code lsw-example-data/lsw} in the working
 * directory) and free arguments (e.g. a CSV file).
 *
 * @param locale the language of messages
 * @param database the H2 database file, without the {@code .mv.db} suffix
 * @param arguments the remaining arguments
 */
record ExampleOptions(Locale locale, Path database, List<String> arguments) {

  static final Path DEFAULT_DATABASE = Path.of("lsw-example-data", "lsw");

  static ExampleOptions parse(String... args) {
    Locale locale = Locale.forLanguageTag("pl");
    Path database = DEFAULT_DATABASE;
    List<String> rest = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--lang" -> {
          String lang = i + 1 < args.length ? args[++i] : "";
          if (lang.equals("pl") || lang.equals("en")) {
            locale = Locale.forLanguageTag(lang);
          } else {
            problems.add("--lang takes pl or en, not '" + lang + "'");
          }
        }
        case "--db" -> {
          if (i + 1 < args.length) {
            database = Path.of(args[++i]);
          } else {
            problems.add("--db takes a file path");
          }
        }
        default -> rest.add(args[i]);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return new ExampleOptions(locale, database, List.copyOf(rest));
  }

  boolean english() {
    return locale.getLanguage().equals("en");
  }

  /** Picks the Polish or the English text. */
  String text(String polish, String english) {
    return english() ? english : polish;
  }
}
