package pl.lsw.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.lsw.core.Lsw;
import pl.lsw.store.jdbc.JdbcStore;

/** Opens the library on an embedded H2 file database, as an embedding system would. */
final class ExampleLsw {

  private static final Logger LOG = LoggerFactory.getLogger(ExampleLsw.class);

  private ExampleLsw() {}

  /**
   * Opens (and if needed creates and migrates) the H2 database at {@code file} and builds the
   * library on it, with the Warsaw clock, random ids and events written to the log.
   */
  static Lsw open(Path file) throws Exception {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    JdbcDataSource dataSource = new JdbcDataSource();
    // keep the database open while the program runs, as a connection pool would: without it H2
    // closes and reopens the file around every statement
    dataSource.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
    JdbcStore store = JdbcStore.builder(dataSource).migrate(true).build();
    return Lsw.builder()
        .store(store)
        .clock(Clock.system(ZoneId.of("Europe/Warsaw")))
        .ids(UUID::randomUUID)
        .events(event -> LOG.info("event {} on {}", event.type(), event.aggregateId()))
        .build();
  }
}
