package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway is an optional dependency: on a class path without it (a child JVM whose class path is
 * this one without the Flyway jars), {@code migrate(true)} on a database that needs migrating
 * fails with the clear {@link pl.lsw.core.kernel.StoreException} naming the artifact to add, and
 * on a database that is already up to date it builds the store without loading Flyway at all.
 */
class FlywayAbsentTest {

  @TempDir
  Path dir;

  @Test
  void without_flyway_a_database_to_migrate_gets_the_message_naming_the_artifact() throws Exception {
    Result r = probe("jdbc:h2:" + dir.resolve("fresh").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");

    assertEquals(3, r.exitCode(), r.output());
    assertTrue(r.output().contains("org.flywaydb:flyway-core"), r.output());
    assertTrue(r.output().contains(JdbcStore.MIGRATIONS_LOCATION), r.output());
    assertFalse(r.output().contains("NoClassDefFoundError"), r.output());
  }

  @Test
  void without_flyway_an_up_to_date_database_needs_no_migration_and_no_flyway() throws Exception {
    String url = "jdbc:h2:" + dir.resolve("migrated").toAbsolutePath();
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    JdbcStore.builder(ds).migrate(true).build();

    Result r = probe(url);

    assertEquals(0, r.exitCode(), r.output());
  }

  @Test
  void the_schema_version_is_the_number_of_the_last_shipped_script() throws Exception {
    Path scripts = Path.of(getClass().getClassLoader().getResource("db/lsw/migration").toURI());
    Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
    int highest;
    try (Stream<Path> files = Files.list(scripts)) {
      highest = files.map(p -> versioned.matcher(p.getFileName().toString()))
          .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
    }
    assertEquals(highest, JdbcStore.SCHEMA_VERSION);
  }

  private record Result(int exitCode, String output) {}

  private Result probe(String url) throws IOException, InterruptedException {
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("flyway"))
        .collect(Collectors.joining(File.pathSeparator));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", classPath,
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", NoFlywayProbe.class.getName(), url));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end");
    return new Result(process.exitValue(), output);
  }
}
