package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.lsw.core.organisation.OrganisationRepository;
import pl.lsw.core.organisation.OrganisationGen;
import pl.lsw.core.organisation.OrganisationId;

/**
 * The shipped scripts need no Flyway: run by a plain SQL runner (each script once, in the order of
 * its version, statement by statement), they give a schema the store works on with
 * {@code migrate(false)}, on H2 and on PostgreSQL.
 */
class PlainSqlMigrationTest {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = TestDatabases.startPostgres();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Test
  void the_scripts_run_by_plain_jdbc_give_a_working_h2_store() throws Exception {
    runsWithoutFlyway(TestDatabases.freshH2());
  }

  @Test
  void the_scripts_run_by_plain_jdbc_give_a_working_postgresql_store() throws Exception {
    runsWithoutFlyway(TestDatabases.freshSchema(postgres));
  }

  private static void runsWithoutFlyway(DataSource db) throws Exception {
    List<Path> scripts = scriptsInVersionOrder();
    assertEquals(JdbcStore.SCHEMA_VERSION, version(scripts.get(scripts.size() - 1)));
    for (int i = 0; i < scripts.size(); i++) {
      assertEquals(i + 1, version(scripts.get(i)), "the scripts are numbered 1, 2, … without a gap: "
          + scripts);
    }
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      for (Path script : scripts) {
        for (String sql : statements(Files.readString(script, StandardCharsets.UTF_8))) {
          s.execute(sql);
        }
      }
    }
    OrganisationRepository organisations = JdbcStore.builder(db).build().organisations();
    assertEquals(0, organisations.count());
    organisations.save(OrganisationGen.fullFoundation(OrganisationId.of(new java.util.UUID(7, 7)), "Fundacja Karlińska", 11));
    assertEquals(1, organisations.count());
    try (Connection c = db.getConnection()) {
      assertFalse(c.getMetaData().getTables(null, null, JdbcStore.SCHEMA_HISTORY_TABLE, null).next(),
          "a plain SQL runner keeps no Flyway history");
    }
  }

  private static List<Path> scriptsInVersionOrder() throws Exception {
    Path dir = Path.of(PlainSqlMigrationTest.class.getClassLoader().getResource("db/lsw/migration").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> VERSIONED.matcher(p.getFileName().toString()).matches())
          .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
    }
  }

  private static int version(Path script) {
    Matcher m = VERSIONED.matcher(script.getFileName().toString());
    assertTrue(m.matches());
    return Integer.parseInt(m.group(1));
  }

  /** The statements of a script: split at semicolons that end a line, comments dropped. */
  private static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
