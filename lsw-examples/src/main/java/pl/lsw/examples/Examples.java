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
 * </pre>
 *
 * Without a name it runs {@code registry}.
 */
public final class Examples {

  private Examples() {}

  /** A runnable example. */
  @FunctionalInterface
  interface Example {
    void run(ExampleOptions options) throws Exception;
  }

  private static Map<String, Example> examples() {
    Map<String, Example> all = new TreeMap<>();
    all.put("registry", RegistryExample::run);
    all.put("catalog", CatalogExample::run);
    all.put("partnership", PartnershipExample::run);
    all.put("cooperation-model", CooperationModelExample::run);
    return all;
  }

  /**
   * Entry point.
   *
   * @param args the example's name followed by its options
   */
  public static void main(String[] args) throws Exception {
    Map<String, Example> all = examples();
    String name = args.length > 0 && !args[0].startsWith("--") ? args[0] : "registry";
    String[] rest = args.length > 0 && !args[0].startsWith("--") ? Arrays.copyOfRange(args, 1, args.length) : args;
    Example example = all.get(name);
    if (example == null) {
      System.err.println("Unknown example '" + name + "'. Available: " + String.join(", ", all.keySet()));
      System.exit(2);
      return;
    }
    ExampleOptions options;
    try {
      options = ExampleOptions.parse(rest);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    example.run(options);
  }
}
