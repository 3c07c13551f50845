package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import pl.lsw.core.Lsw;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.RegistryClerk;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;

/**
 * A command whose database fails at any one of its statements (the reads before the change, the
 * rows of the change, the outbox entries, the idempotency key) stores neither the change nor its
 * events nor its key: the change and its events are one transaction.
 */
class JdbcOutboxFailureTest {

  private static final RegistryClerk CLERK = RegistryClerk.of("inspektorka ds. współpracy z NGO");
  private static final OrganisationDraft CITY = OrganisationDraft.builder()
      .name("Miasto Stołeczne Warszawa").legalForm(LegalForm.MUNICIPALITY).sector(Sector.PUBLIC)
      .addField(SocialServiceField.SOCIAL_ASSISTANCE).nip("5252248481").seatTeryt("1465011")
      .seatAddress("pl. Bankowy 3/5, Warszawa")
      .addContact(ContactPersonDraft.byEmail("Koordynatorka LSW", "koordynatorka",
          "lsw@example.org"))
      .build();

  private static Lsw lsw(DataSource dataSource) {
    return Lsw.builder()
        .store(JdbcStore.builder(dataSource).dialect(H2Dialect.INSTANCE).build())
        .clock(Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneId.of("Europe/Warsaw")))
        .ids(UUID::randomUUID).events(e -> { }).deliverAfterCommit(false).build();
  }

  @Test
  void a_keyed_registration_failing_at_any_statement_stores_nothing_of_it() {
    DataSource counted = TestDatabases.freshH2();
    JdbcStore.builder(counted).migrate(true).build();
    AtomicInteger prepared = new AtomicInteger();
    Lsw counting = lsw(JdbcStoreTest.failingFromStatement(counted, prepared, Integer.MAX_VALUE));
    counting.once("request-1", () -> counting.organisations().register(CLERK, CITY)).get();
    int statements = prepared.get();

    DataSource db = TestDatabases.freshH2();
    JdbcStore healthy = JdbcStore.builder(db).migrate(true).build();
    for (int failAt = 1; failAt <= statements; failAt++) {
      Lsw failing = lsw(JdbcStoreTest.failingFromStatement(db, new AtomicInteger(), failAt));
      int at = failAt;

      assertThrows(StoreException.class,
          () -> failing.once("request-1", () -> failing.organisations().register(CLERK, CITY)),
          "failing at statement " + at);

      assertEquals(0, healthy.organisations().count(), "after a failure at statement " + at);
      assertEquals(0, healthy.outbox().undeliveredCount(), "after a failure at statement " + at);
      assertTrue(healthy.outbox().command("request-1").isEmpty(), "at statement " + at);
    }
    assertTrue(statements >= 5, "reads, rows, outbox and key: " + statements);

    Lsw working = lsw(db);
    working.once("request-1", () -> working.organisations().register(CLERK, CITY)).get();
    assertEquals(1, healthy.organisations().count());
    assertEquals(1, healthy.outbox().undeliveredCount());
  }
}
