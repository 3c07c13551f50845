package pl.lsw.examples;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one of the example programs by name:
 *
 * <pre>
 * java -jar lsw-examples/target/lsw-examples.jar registry [--lang en] [--db PATH]
 * java -jar lsw-examples/target/lsw-examples.jar catalog [--lang en]
 * java -jar lsw-examples/target/lsw-examples.jar partnership [--lang en] [--db PATH]
 * java -jar lsw-examples/target/lsw-examples.jar cooperation-model [--lang en] [--db PATH]
 * java -jar lsw-examples/target/lsw-examples.jar financing [--lang en] [--db PATH]
 * java -jar lsw-examples/target/lsw-examples.jar events [--lang en] [--db PATH]
 * java -jar lsw-examples/target/lsw-examples.jar small-grants-csv FILE [--as-of DATE] [--draft-2025 DATE] [--all]
 * java -jar lsw-examples/target/lsw-examples.jar small-grants-csv --generate N FILE [--seed S] [--year YYYY]
 * </pre>
 *
 * Without a name, or with {@code --help}, it lists the programs and runs none (so nothing is
 * created in the working directory); the list is in Polish, or in English with {@code --lang en}.
 * The process ends with the example's exit code: 0 when all went well (and after {@code --help}),
 * 1 when {@code small-grants-csv} found a grant breaking a rule, 2 for no program, an unknown one
 * or wrong options.
 */
public final class Examples {

  private Examples() {}

  /** A runnable example. */
  @FunctionalInterface
  interface Example {
    /** Runs the example; returns the exit code. */
    int run(ExampleOptions options) throws Exception;
  }

  private static Example plain(PlainExample example) {
    return options -> {
      example.run(options);
      return 0;
    };
  }

  /** An example that always ends with exit code 0 when it ends normally. */
  @FunctionalInterface
  interface PlainExample {
    void run(ExampleOptions options) throws Exception;
  }

  private static Map<String, Example> examples() {
    Map<String, Example> all = new TreeMap<>();
    all.put("registry", plain(RegistryExample::run));
    all.put("catalog", plain(CatalogExample::run));
    all.put("partnership", plain(PartnershipExample::run));
    all.put("cooperation-model", plain(CooperationModelExample::run));
    all.put("co-informing", plain(CoInformingExample::run));
    all.put("evaluation", plain(EvaluationExample::run));
    all.put("financing", plain(FinancingExample::run));
    all.put("events", plain(EventsExample::run));
    all.put("small-grants-csv", SmallGrantCsvExample::run);
    return all;
  }

  /** The list of programs and their options, in Polish or in English. */
  static String usage(boolean english) {
    String jar = "java -jar lsw-examples/target/lsw-examples.jar";
    StringBuilder sb = new StringBuilder(english
        ? "Usage: " + jar + " PROGRAM [options]\n\nPrograms:\n"
        : "Użycie: " + jar + " PROGRAM [opcje]\n\nProgramy:\n");
    for (String[] p : PROGRAMS) {
      sb.append(String.format("  %-58s %s%n", p[0], english ? p[2] : p[1]));
    }
    sb.append(english
        ? "\nOptions: --lang pl|en (language, Polish by default), --db PATH (the H2 database file,"
            + " by default " + ExampleOptions.DEFAULT_DATABASE + " in the working directory), --help."
        : "\nOpcje: --lang pl|en (język, domyślnie polski), --db ŚCIEŻKA (plik bazy H2, domyślnie "
            + ExampleOptions.DEFAULT_DATABASE + " w katalogu roboczym), --help.");
    return sb.toString();
  }

  private static final String[][] PROGRAMS = {
    {"catalog", "katalog reguł i parametrów ustawowych",
        "the catalog of rules and statutory parameters"},
    {"registry [--db PATH]", "rejestr organizacji: partnerzy Praskiego Kokonu",
        "the organisation registry: the partners of Praski Kokon"},
    {"partnership [--db PATH]", "partnerstwo Praski Kokon: organy, posiedzenia, decyzje, raport",
        "the Praski Kokon partnership: bodies, meetings, decisions, report"},
    {"cooperation-model [--db PATH]",
        "Model Kooperacji: zespół, proces pierwszego wdrożenia, Lokalny Koszyk Usług",
        "the Model Kooperacji: the team, its first implementation, the Local Service Basket"},
    {"co-informing [--db PATH]", "współinformowanie: mapa, bank inicjatyw, baza działań, weryfikacja",
        "co-informing: the map, the initiative bank, the action base, verification"},
    {"evaluation [--db PATH]",
        "ewaluacja: typy relacji, stopnie współpracy, zagrożenia, sieć, badanie, raport",
        "evaluation: relationship types, stages, threats, network, survey, report"},
    {"financing [--db PATH]", "współfinansowanie: mały grant, konkurs, umowa, program",
        "co-financing: small grant, competition, contract, programme"},
    {"events [--db PATH]", "zdarzenia: skrzynka nadawcza, ponowienia z kluczem, historia zmian",
        "events: the outbox, retries under a key, the history of changes"},
    {"small-grants-csv FILE [--as-of DATE] [--draft-2025 DATE] [--all]",
        "sprawdzenie rejestru małych grantów (CSV)", "checks a register of small grants (CSV)"},
    {"small-grants-csv --generate N FILE [--seed S] [--year YYYY]",
        "zapisuje przykładowy rejestr małych grantów", "writes a sample register of small grants"},
  };

  /**
   * Entry point.
   *
   * @param args the example's name followed by its options
   */
  public static void main(String[] args) throws Exception {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the example named by the first argument and returns its exit code (2 for an unknown
   * example or wrong options).
   *
   * @param args the example's name followed by its options
   */
  static int run(String... args) throws Exception {
    Map<String, Example> all = examples();
    List<String> given = Arrays.asList(args);
    boolean english = given.contains("en") && given.indexOf("en") > 0
        && given.get(given.indexOf("en") - 1).equals("--lang");
    boolean help = given.contains("--help") || given.contains("-h");
    if (help || args.length == 0 || args[0].startsWith("-")) {
      System.out.println(usage(english));
      return help ? 0 : 2;
    }
    String name = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    Example example = all.get(name);
    if (example == null) {
      System.err.println((english ? "Unknown program '" + name + "'." : "Nie ma programu „" + name + "”.")
          + "\n" + usage(english));
      return 2;
    }
    ExampleOptions options;
    try {
      options = ExampleOptions.parse(rest);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    return example.run(options);
  }
}
