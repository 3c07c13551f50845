package pl.lsw.examples;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import pl.lsw.core.Lsw;
import pl.lsw.store.memory.MemoryStore;

/**
 * Prints every rule the library knows, with the parameter values in force today. The catalog needs
 * no stored data, so this program opens no database (and creates nothing on disk).
 */
final class CatalogExample {

  private CatalogExample() {}

  static void run(ExampleOptions options) throws Exception {
    print(Lsw.builder().store(MemoryStore.create()).clock(Clock.system(ZoneId.of("Europe/Warsaw")))
        .ids(UUID::randomUUID).events(event -> { }).build(), options);
  }

  static void print(Lsw lsw, ExampleOptions options) {
    System.out.println(options.text("Katalog reguł (" + lsw.rules().size() + "):",
        "Rule catalog (" + lsw.rules().size() + " rules):"));
    System.out.print(lsw.rules().renderTable(options.locale(), lsw.parameters(), lsw.today()));
  }
}
