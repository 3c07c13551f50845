package pl.lsw.examples;

import pl.lsw.core.Lsw;

/** Prints every rule the library knows, with the parameter values in force today. */
final class CatalogExample {

  private CatalogExample() {}

  static void run(ExampleOptions options) throws Exception {
    print(ExampleLsw.open(options.database()), options);
  }

  static void print(Lsw lsw, ExampleOptions options) {
    System.out.println(options.text("Katalog reguł (" + lsw.rules().size() + "):",
        "Rule catalog (" + lsw.rules().size() + " rules):"));
    System.out.print(lsw.rules().renderTable(options.locale(), lsw.parameters(), lsw.today()));
  }
}
