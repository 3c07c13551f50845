package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several stores starting at once on one empty database all migrate it: none fails because
 * another one is creating or baselining the schema history at the same moment.
 */
class ConcurrentMigrationTest {

  private static final int STORES = 4;

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = TestDatabases.startPostgres();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Test
  void four_stores_migrating_one_empty_h2_database_at_once_all_succeed() throws Exception {
    migrateConcurrently(12, TestDatabases::freshH2);
  }

  @Test
  void four_stores_migrating_one_empty_postgres_schema_at_once_all_succeed() throws Exception {
    migrateConcurrently(5, () -> TestDatabases.freshSchema(postgres));
  }

  private static void migrateConcurrently(int rounds, Supplier<DataSource> freshDatabase)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(STORES);
    try {
      for (int round = 0; round < rounds; round++) {
        DataSource db = freshDatabase.get();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JdbcStore>> stores = new ArrayList<>();
        for (int i = 0; i < STORES; i++) {
          stores.add(pool.submit(() -> {
            start.await();
            return JdbcStore.builder(db).migrate(true).build();
          }));
        }
        start.countDown();
        for (Future<JdbcStore> store : stores) {
          store.get(60, TimeUnit.SECONDS);   // rethrows the failure of any store
        }
        assertEquals(JdbcStore.SCHEMA_VERSION, SchemaState.appliedVersion(db), "round " + round);
        assertEquals(JdbcStoreTest.shippedVersions(), JdbcStoreTest.historyVersions(db),
            "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
