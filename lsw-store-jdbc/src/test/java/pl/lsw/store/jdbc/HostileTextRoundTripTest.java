package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.lsw.core.Lsw;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.RegistryClerk;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;

/**
 * Texts people write come back from the JDBC store exactly as given, on PostgreSQL (durable
 * settings, as every PostgreSQL test here) and on H2: supplementary characters (emoji, a
 * mathematical letter), combining marks (a decomposed {@code ą}, which is not normalised),
 * right-to-left text with its directional marks, Polish diacritics in both cases, and a name of
 * the longest length the model accepts made only of emoji (each two UTF-16 units, so the column
 * must hold at least as many characters as the model counts units). A text with U+0000 or a lone
 * surrogate, which PostgreSQL could not store or would mangle, is refused by the model with the
 * text policy's code and never reaches the database: not one statement is written.
 */
class HostileTextRoundTripTest {

  private static final String POLISH = "Zażółć gęślą jaźń — ZAŻÓŁĆ GĘŚLĄ JAŹŃ";
  private static final String EMOJI = "Klub 👨‍👩‍👧‍👦 Rodzina 🎉 𝔏𝔖𝔚 🇵🇱";
  private static final String COMBINING = "Fundacja Sa\u0328siedzka, e\u0301\u0302 n\u0303";
  private static final String RIGHT_TO_LEFT = "مؤسسة الأمل \u200Fשלום\u200E עמותה 123";
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = TestDatabases.startPostgres();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  private static List<Supplier<DataSource>> databases() {
    return List.of(TestDatabases::freshH2, () -> TestDatabases.freshSchema(postgres));
  }

  private static Lsw lsw(DataSource db) {
    AtomicLong next = new AtomicLong();
    return Lsw.builder().store(JdbcStore.builder(db).migrate(true).build())
        .clock(Clock.fixed(NOW, ZoneId.of("Europe/Warsaw")))
        .ids(() -> new UUID(42, next.incrementAndGet())).events(event -> { }).build();
  }

  private static OrganisationDraft draft(String name, String address, ContactPersonDraft contact) {
    return OrganisationDraft.builder().name(name).legalForm(LegalForm.ASSOCIATION)
        .sector(Sector.NGO).addField(SocialServiceField.values()[0]).krs("0000123456")
        .seatTeryt("1465011").seatAddress(address).addContacts(contact).build();
  }

  private static final RegistryClerk CLERK = RegistryClerk.of("inspektorka ds. współpracy z NGO");

  @Test
  void hostile_texts_come_back_unchanged_from_postgresql_and_h2() {
    Map<String, String> texts = Map.of("polish", POLISH, "emoji", EMOJI, "combining", COMBINING,
        "right to left", RIGHT_TO_LEFT);
    for (Supplier<DataSource> database : databases()) {
      Lsw lsw = lsw(database.get());
      for (Map.Entry<String, String> text : texts.entrySet()) {
        String t = text.getValue();
        Either<Refusal, Change<Organisation>> outcome = lsw.organisations().register(CLERK,
            draft(t, "ul. " + t + " 1", ContactPersonDraft.byEmail(t, t, "anna@example.org")));
        assertTrue(outcome.isRight(), text.getKey() + ": " + outcome);
        OrganisationId id = outcome.get().createdId(OrganisationId.class);
        Organisation read = lsw.organisations().findById(id).orElseThrow();
        assertEquals(t, read.name(), text.getKey());
        assertEquals("ul. " + t + " 1", read.seat().address(), text.getKey());
        ContactPerson contact = read.contacts().get(0);
        assertEquals(List.of(t, t), List.of(contact.name(), contact.role()), text.getKey());
        assertEquals(outcome.get().state(), read, text.getKey());
      }
    }
  }

  @Test
  void the_longest_name_of_emoji_is_stored_whole() {
    String emoji = "😀";
    String name = emoji.repeat(Organisation.MAX_NAME / emoji.length());
    assertEquals(Organisation.MAX_NAME, name.length());
    String role = "🤝".repeat(ContactPerson.MAX_TEXT / 2);
    for (Supplier<DataSource> database : databases()) {
      Lsw lsw = lsw(database.get());
      Either<Refusal, Change<Organisation>> outcome = lsw.organisations().register(CLERK,
          draft(name, name, ContactPersonDraft.byPhone(role, role, "+48 22 123 45 67")));
      assertTrue(outcome.isRight(), outcome.toString());
      Organisation read = lsw.organisations()
          .findById(outcome.get().createdId(OrganisationId.class)).orElseThrow();
      assertEquals(name, read.name());
      assertEquals(name, read.seat().address());
      assertEquals(role, read.contacts().get(0).name());
    }
  }

  @Test
  void postgresql_itself_cannot_keep_a_nul_character() throws Exception {
    DataSource db = TestDatabases.freshSchema(postgres);
    lsw(db);
    try (java.sql.Connection c = db.getConnection(); java.sql.PreparedStatement ps =
        c.prepareStatement("UPDATE lsw_organisation SET name = ? WHERE 1 = 0")) {
      ps.setString(1, "Fundacja\u0000Dom");
      assertThrows(java.sql.SQLException.class, ps::executeUpdate,
          "which is why the model refuses it before the store");
    }
  }

  @Test
  void a_nul_character_or_a_lone_surrogate_is_refused_before_the_store() {
    for (Supplier<DataSource> database : databases()) {
      WriteCountingDataSource counting = new WriteCountingDataSource(database.get());
      Lsw lsw = lsw(counting.dataSource());
      counting.reset();
      Either<Refusal, Change<Organisation>> outcome = lsw.organisations().register(CLERK,
          draft("Fundacja\u0000Dom", "ul. Długa \uD83D 1",
              ContactPersonDraft.byEmail("Anna \uDE00Nowak", "prezeska\u0000", "a@example.org")));
      assertTrue(outcome.isLeft(), outcome.toString());
      assertEquals(List.of("contacts[0].name:NAME_SURROGATE",
          "contacts[0].role:ROLE_CONTROL_CHARACTER", "name:NAME_CONTROL_CHARACTER",
          "seat.address:ADDRESS_SURROGATE"),
          outcome.getLeft().reasons().stream().map(p -> p.path() + ":" + p.code()).sorted()
              .toList());
      for (Problem p : outcome.getLeft().reasons()) {
        assertTrue(p.message(java.util.Locale.ENGLISH).contains("U+"), p.toString());
      }
      assertEquals(0, counting.total(), counting.writes().toString());
      assertEquals(0, lsw.organisations().listBySector(Sector.NGO,
          pl.lsw.core.kernel.PageRequest.first(10)).items().size());
    }
  }
}
