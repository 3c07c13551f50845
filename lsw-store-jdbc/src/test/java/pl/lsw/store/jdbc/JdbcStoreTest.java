package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.organisation.OrganisationGen;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.OrganisationRepository;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;

/** What only the JDBC store has: failures of the database, dialects and migrations (on H2). */
class JdbcStoreTest {

  private static final OrganisationId SOME_ID =
      OrganisationId.of(UUID.fromString("0b7a8d3e-1f1c-4b47-9d2e-6a3c9f1d2e44"));

  // --- failures are errors, never "not found" ------------------------------------------------

  @Test
  void when_no_connection_can_be_opened_every_finder_throws_a_store_exception() {
    OrganisationRepository repository = JdbcStore.builder(new FailingDataSource())
        .dialect(H2Dialect.INSTANCE).build().organisations();

    assertEveryOperationFails(repository);
  }

  @Test
  void when_the_data_source_hands_out_closed_connections_every_finder_throws_a_store_exception() {
    DataSource h2 = TestDatabases.freshH2();
    JdbcStore.builder(h2).migrate(true).build();
    DataSource closing = new FailingDataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        Connection c = h2.getConnection();
        c.close();
        return c;
      }
    };
    OrganisationRepository repository =
        JdbcStore.builder(closing).dialect(H2Dialect.INSTANCE).build().organisations();

    assertEveryOperationFails(repository);
  }

  @Test
  void when_the_tables_are_missing_finders_throw_a_store_exception_rather_than_find_nothing() {
    OrganisationRepository repository =
        JdbcStore.builder(TestDatabases.freshH2()).migrate(false).build().organisations();

    assertEveryOperationFails(repository);
  }

  @Test
  void a_store_exception_names_the_operation_and_keeps_the_sql_error() {
    OrganisationRepository repository =
        JdbcStore.builder(TestDatabases.freshH2()).build().organisations();

    StoreException e = assertThrows(StoreException.class, () -> repository.findById(SOME_ID));

    assertTrue(e.getMessage().contains("finding organisation " + SOME_ID), e.getMessage());
    assertTrue(e.getCause() instanceof SQLException);
  }

  private static void assertEveryOperationFails(OrganisationRepository repository) {
    List<Executable> operations = List.of(
        () -> repository.findById(SOME_ID),
        () -> repository.findByNip(OrganisationGen.nip(1)),
        () -> repository.findByRegon(OrganisationGen.regon(1)),
        () -> repository.findBySector(Sector.NGO, PageRequest.first(10)),
        () -> repository.findByField(SocialServiceField.CULTURE, PageRequest.first(10)),
        () -> repository.findBySeatTerytPrefix("32", PageRequest.first(10)),
        repository::count,
        () -> repository.save(OrganisationGen.fullFoundation(SOME_ID, "Fundacja", 1)));
    for (Executable operation : operations) {
      assertThrows(StoreException.class, operation);
    }
  }

  // --- dialects ------------------------------------------------------------------------------

  @Test
  void the_h2_dialect_is_detected_from_the_database() {
    assertSame(H2Dialect.INSTANCE, SqlDialect.detect(TestDatabases.freshH2()));
    assertSame(H2Dialect.INSTANCE, JdbcStore.builder(TestDatabases.freshH2()).build().dialect());
  }

  @Test
  void product_names_map_to_the_built_in_dialects() {
    assertSame(PostgresDialect.INSTANCE, SqlDialect.forProductName("PostgreSQL").get());
    assertSame(H2Dialect.INSTANCE, SqlDialect.forProductName("H2").get());
    assertTrue(SqlDialect.forProductName("MySQL").isEmpty());
    assertTrue(SqlDialect.forProductName(null).isEmpty());
  }

  @Test
  void a_given_dialect_overrides_detection() {
    SqlDialect mine = () -> "Mine";

    JdbcStore store = JdbcStore.builder(TestDatabases.freshH2()).dialect(mine).build();

    assertSame(mine, store.dialect());
  }

  @Test
  void an_unreachable_database_cannot_be_detected_and_says_so() {
    StoreException e = assertThrows(StoreException.class,
        () -> JdbcStore.builder(new FailingDataSource()).build());

    assertTrue(e.getMessage().contains("cannot detect the SQL dialect"), e.getMessage());
  }

  @Test
  void unique_violations_and_concurrent_updates_are_recognised_by_sqlstate() {
    SqlDialect dialect = PostgresDialect.INSTANCE;

    assertTrue(dialect.isUniqueViolation(new SQLException("dup", "23505")));
    assertFalse(dialect.isUniqueViolation(new SQLException("other", "23503")));
    assertTrue(dialect.isConcurrentUpdate(new SQLException("serialize", "40001")));
    assertTrue(H2Dialect.INSTANCE.isConcurrentUpdate(new SQLException("concurrent", "HY000", 90131)));
    assertFalse(H2Dialect.INSTANCE.isConcurrentUpdate(new SQLException("other", "HY000", 1)));
  }

  // --- migrations ----------------------------------------------------------------------------

  @Test
  void the_migration_creates_the_tables_on_an_empty_database_and_running_it_again_changes_nothing()
      throws SQLException {
    DataSource db = TestDatabases.freshH2();

    OrganisationRepository first = JdbcStore.builder(db).migrate(true).build().organisations();
    first.save(OrganisationGen.fullFoundation(SOME_ID, "Fundacja", 1));
    OrganisationRepository second = JdbcStore.builder(db).migrate(true).build().organisations();

    assertEquals(1, second.count());
    assertEquals(1, second.findById(SOME_ID).get().version());
    assertEquals(shippedVersions(), historyVersions(db));
  }

  /** The version numbers of the shipped scripts, in order, as text. */
  static List<String> shippedVersions() {
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
        java.nio.file.Path.of(JdbcStoreTest.class.getClassLoader().getResource("db/lsw/migration").toURI()))) {
      return files.map(p -> java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql")
          .matcher(p.getFileName().toString())).filter(java.util.regex.Matcher::matches)
          .map(m -> Integer.parseInt(m.group(1))).sorted().map(String::valueOf).toList();
    } catch (java.io.IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void the_migration_runs_in_a_schema_that_already_holds_the_embedders_tables()
      throws SQLException {
    DataSource db = TestDatabases.freshH2();
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE embedder_case (id INT PRIMARY KEY)");
    }

    OrganisationRepository repository = JdbcStore.builder(db).migrate(true).build().organisations();

    assertEquals(0, repository.count());
    assertTrue(historyVersions(db).contains("1"));
  }

  @Test
  void without_flyway_on_the_class_path_migration_is_refused_with_a_clear_message() {
    ClassLoader bootstrapOnly = new ClassLoader(null) {};

    assertFalse(SchemaState.flywayPresent(bootstrapOnly));
    assertTrue(SchemaState.flywayPresent(getClass().getClassLoader()));
    assertTrue(JdbcStore.flywayMissingMessage().contains("org.flywaydb:flyway-core"));
    assertTrue(JdbcStore.flywayMissingMessage().contains(JdbcStore.MIGRATIONS_LOCATION));
  }

  @Test
  void the_shipped_scripts_are_where_the_package_documentation_says() {
    for (String script : List.of("V1__organisations.sql", "V2__partnerships.sql",
        "V3__processes.sql")) {
      assertTrue(getClass().getClassLoader().getResource("db/lsw/migration/" + script) != null,
          script);
    }
  }

  static List<String> historyVersions(DataSource db) throws SQLException {
    try (Connection c = db.getConnection()) {
      return Jdbc.query(c, "SELECT \"version\" FROM \"" + JdbcStore.SCHEMA_HISTORY_TABLE + "\""
          + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL AND \"version\" <> '0' "
          + "ORDER BY \"installed_rank\"", rs -> rs.getString(1));
    }
  }

  /**
   * A data source over {@code db} whose connections fail at the {@code failAt}-th prepared
   * statement and every one after it (counted in {@code prepared} across connections), like a
   * database that goes away in the middle of a save.
   */
  static DataSource failingFromStatement(DataSource db, AtomicInteger prepared, int failAt) {
    return new JdbcStoreTest.FailingDataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        Connection real = db.getConnection();
        InvocationHandler handler = (proxy, method, args) -> {
          if (method.getName().startsWith("prepare") && prepared.incrementAndGet() >= failAt) {
            throw new SQLException("the database went away (test, statement " + failAt + ")",
                "08006");
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class}, handler);
      }
    };
  }

  /** A data source whose every connection attempt fails, like a database that is down. */
  static class FailingDataSource implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLException("Connection refused (test)", "08001");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
