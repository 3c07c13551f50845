package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.lsw.core.Lsw;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.OutboxEntry;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.RegistryClerk;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;

/**
 * A commit whose acknowledgement is lost: the database commits, then the connection fails before
 * the caller hears of it. The caller gets a {@link StoreException} although the change is
 * stored; retried under the same idempotency key, the command is recognised and answered with
 * the first result, neither refused as a duplicate nor reported as someone else's change, and its
 * events are delivered once. On H2 and on PostgreSQL.
 */
class LostAcknowledgementTest {

  private static EmbeddedPostgres postgres;
  private static final RegistryClerk CLERK = RegistryClerk.of("inspektorka ds. współpracy z NGO");

  @BeforeAll
  static void startPostgres() {
    postgres = TestDatabases.startPostgres();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  static Stream<String> databases() {
    return Stream.of("H2", "PostgreSQL");
  }

  /** A data source whose next commit, once armed, commits and then reports a failure. */
  private static final class LosingDataSource {
    final AtomicBoolean armed = new AtomicBoolean();
    final DataSource dataSource;

    LosingDataSource(DataSource real) {
      dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {DataSource.class}, (p, m, a) -> {
            Object result = call(m, real, a);
            return result instanceof Connection c ? connection(c) : result;
          });
    }

    private Connection connection(Connection real) {
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {Connection.class}, (p, m, a) -> {
            Object result = call(m, real, a);
            if (m.getName().equals("commit") && armed.compareAndSet(true, false)) {
              throw new SQLException("connection reset after commit", "08006");
            }
            return result;
          });
    }

    private static Object call(java.lang.reflect.Method m, Object target, Object[] a)
        throws Throwable {
      try {
        return m.invoke(target, a);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private static DataSource fresh(String database) {
    return database.equals("H2") ? TestDatabases.freshH2() : TestDatabases.freshSchema(postgres);
  }

  private static OrganisationDraft city(String name) {
    return OrganisationDraft.builder()
        .name(name).legalForm(LegalForm.MUNICIPALITY).sector(Sector.PUBLIC)
        .addField(SocialServiceField.SOCIAL_ASSISTANCE).nip("5252248481").seatTeryt("1465011")
        .seatAddress("pl. Bankowy 3/5, Warszawa")
        .addContact(ContactPersonDraft.byEmail("Koordynatorka LSW", "koordynatorka",
            "lsw@example.org"))
        .build();
  }

  private static Lsw lsw(DataSource dataSource, List<OutboxEntry> delivered) {
    JdbcStore store = JdbcStore.builder(dataSource).migrate(true).build();
    return Lsw.builder().store(store)
        .clock(Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneId.of("Europe/Warsaw")))
        .ids(UUID::randomUUID).events(new pl.lsw.core.kernel.port.EventPublisher() {
          @Override
          public void publish(pl.lsw.core.kernel.DomainEvent event) {
            throw new AssertionError("entries are delivered");
          }

          @Override
          public void publish(OutboxEntry entry) {
            delivered.add(entry);
          }
        }).build();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_registration_whose_answer_was_lost_is_answered_again_under_its_key(String database) {
    LosingDataSource losing = new LosingDataSource(fresh(database));
    List<OutboxEntry> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
    Lsw lsw = lsw(losing.dataSource, delivered);
    Supplier<Either<Refusal, Change<Organisation>>> register =
        () -> lsw.organisations().register(CLERK, city("Miasto Stołeczne Warszawa"));

    losing.armed.set(true);
    assertThrows(StoreException.class, () -> lsw.once("request-1", register));
    assertEquals(1, lsw.store().organisations().count(), "stored although the caller was told not");

    Either<Refusal, Change<Organisation>> retried = lsw.once("request-1", register);
    assertTrue(retried.isRight(), () -> "answered, not refused: " + retried.getLeft());
    Organisation stored = lsw.store().organisations().findByNip(
        pl.lsw.core.kernel.Nip.of("5252248481")).orElseThrow();
    assertEquals(stored.id(), retried.get().createdId(
        pl.lsw.core.organisation.OrganisationId.class));
    assertEquals(1, lsw.store().organisations().count());

    lsw.delivery().deliver();
    assertEquals(1, delivered.size(), "its one event, once");

    Either<Refusal, Change<Organisation>> withoutKey = register.get();
    assertEquals(List.of("NIP_TAKEN"), withoutKey.getLeft().codes(),
        "without a key a retry cannot be told from a second registration");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void an_update_whose_answer_was_lost_is_recognised_not_reported_as_a_conflict(String database) {
    LosingDataSource losing = new LosingDataSource(fresh(database));
    Lsw lsw = lsw(losing.dataSource, new java.util.concurrent.CopyOnWriteArrayList<>());
    Organisation city = lsw.organisations().register(CLERK, city("Warszawa")).get().state();
    Supplier<Either<Refusal, Change<Organisation>>> rename = () -> lsw.organisations()
        .update(city.id(), CLERK, city.version(), city("Miasto Stołeczne Warszawa"));

    losing.armed.set(true);
    assertThrows(StoreException.class, () -> lsw.once("rename-1", rename));
    assertThrows(VersionConflictException.class, rename::get,
        "without its key the retry looks like someone else's change");

    Either<Refusal, Change<Organisation>> retried = lsw.once("rename-1", rename);
    assertTrue(retried.isRight());
    assertEquals("Miasto Stołeczne Warszawa", retried.get().state().name());
    assertEquals(city.version() + 1, retried.get().state().version());
  }
}
