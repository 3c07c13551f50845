package pl.lsw.examples;

import java.util.Arrays;
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
 * java -jar lsw-examples/target/lsw-examples.jar small-grants-csv FILE [--as-of DATE] [--draft-2025 DATE] [--all]
 * java -jar lsw-examples/target/lsw-examples.jar small-grants-csv --generate N FILE [--seed S] [--year YYYY]
 * </pre>
 *
 * Without a name it runs {@code registry}. The process ends with the example's exit code (0 when
 * all went well; e.g. {@code small-grants-csv} gives 1 when a grant breaks a rule).
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
    all.put("financing", plain(FinancingExample::run));
    all.put("small-grants-csv", SmallGrantCsvExample::run);
    return all;
  }

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
    String name = args.length > 0 && !args[0].startsWith("--") ? args[0] : "registry";
    String[] rest = args.length > 0 && !args[0].startsWith("--") ? Arrays.copyOfRange(args, 1, args.length) : args;
    Example example = all.get(name);
    if (example == null) {
      System.err.println("Unknown example '" + name + "'. Available: " + String.join(", ", all.keySet()));
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
