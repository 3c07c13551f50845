package pl.lsw.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.lsw.core.Lsw;
import pl.lsw.store.jdbc.JdbcStore;

/**
 * Opens the library on an embedded H2 file database through a connection pool, as an embedding
 * system would: the store takes a connection for every operation, and only a pool makes that
 * cheap.
 */
final class ExampleLsw {

  private static final Logger LOG = LoggerFactory.getLogger(ExampleLsw.class);

  /**
   * What the store is wrapped in before the library is built on it: the store itself, unless a
   * test of the examples looks at what the store is given.
   */
  static volatile java.util.function.UnaryOperator<pl.lsw.core.store.port.LswStore> storeWrapper =
      java.util.function.UnaryOperator.identity();

  private ExampleLsw() {}

  /**
   * Opens (and if needed creates and migrates) the H2 database at {@code file} and builds the
   * library on it, with the Warsaw clock, random ids and events written to the log.
   */
  static Lsw open(Path file) throws Exception {
    return open(file, null);
  }

  /**
   * Like {@link #open(Path)}, with the channel through which information reaches the
   * partnership's members (none: every delivery is recorded as failed).
   */
  static Lsw open(Path file, pl.lsw.core.information.InformationChannel channel) throws Exception {
    return open(file, channel,
        event -> LOG.info("event {} on {}", event.type(), event.aggregateId()));
  }

  /**
   * Like {@link #open(Path, pl.lsw.core.information.InformationChannel)}, with the publisher the
   * store's outbox delivers events to.
   */
  static Lsw open(Path file, pl.lsw.core.information.InformationChannel channel,
      pl.lsw.core.kernel.port.EventPublisher events) throws Exception {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl("jdbc:h2:file:" + file.toAbsolutePath());
    pool.setMaximumPoolSize(4);
    pool.setPoolName("lsw-examples");
    HikariDataSource dataSource = new HikariDataSource(pool);
    JdbcStore store = JdbcStore.builder(dataSource).migrate(true).build();
    Lsw.Builder builder = Lsw.builder();
    if (channel != null) {
      builder.informationChannel(channel);
    }
    return builder
        .store(storeWrapper.apply(store))
        .clock(Clock.system(ZoneId.of("Europe/Warsaw")))
        .ids(UUID::randomUUID)
        .events(events)
        .build();
  }
}
