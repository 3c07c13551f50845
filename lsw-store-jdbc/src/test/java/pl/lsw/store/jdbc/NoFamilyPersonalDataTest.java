package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.PersonalDataCheck;
import pl.lsw.core.testing.PersonalDataCheck.Allowed;
import pl.lsw.core.testing.PersonalDataCheck.Slot;

/**
 * Nothing the library keeps is meant for personal data of a family: no column of the schema
 * (read from {@code INFORMATION_SCHEMA.COLUMNS} after the migrations, on H2 and PostgreSQL) and
 * no property of a public type of the core ({@code pl.lsw.core..}, Immutables-generated types
 * and records included) holds a family's or a family member's name, surname, PESEL, date of
 * birth, address or health data ({@link PersonalDataCheck} gives the words, in Polish and
 * English). The names, phones and e-mails of professionals and the addresses of organisations are
 * legitimate: each is an entry of an explicit allow-list with its reason, and an entry that no
 * longer matches anything fails the test. Deliberately bad tables and types prove the check bites.
 */
class NoFamilyPersonalDataTest {

  private static final String PROFESSIONAL =
      "a professional of a partner, reached at work; never a member of a supported family";

  private static final String PARTNERSHIP_PERSON = "a professional named and reached at work, or"
      + " a member of a families' representation written only as a pseudonymous code with no"
      + " e-mail or phone (PERSON_FAMILY_REFERENCE, PERSON_FAMILY_CONTACT)";

  /** Columns that hold professionals' names and contacts or organisations' addresses. */
  static final List<Allowed> SCHEMA_ALLOWED = List.of(
      new Allowed("lsw_organisation", Set.of("seat_address"),
          "the registered seat of an organisation (an NGO, a public body), public in KRS or REGON"),
      new Allowed("lsw_organisation_contact", Set.of("name", "email", "phone"),
          "an organisation's contact person: " + PROFESSIONAL),
      new Allowed("lsw_partnership_person", Set.of("name", "email", "phone"),
          "a person acting for a member of a partnership in its bodies: " + PARTNERSHIP_PERSON),
      new Allowed("lsw_competition_member", Set.of("name"),
          "a member of a competition committee (UDPP art. 15 ust. 2a), an official or an NGO's"
              + " nominee"),
      new Allowed("lsw_external_contact",
          Set.of("contact_name", "contact_role", "contact_email", "contact_phone"),
          "the contact person of a key external partner institution: " + PROFESSIONAL),
      new Allowed("lsw_initiative_base_contact", Set.of("name", "email", "phone"),
          "the contact person of an entry of the Map, Bank or Action Base: " + PROFESSIONAL),
      new Allowed("lsw_basket_service_contact", Set.of("name", "email", "phone"),
          "the contact person of a service of the Local Service Basket: " + PROFESSIONAL));

  private static final String CORE = "pl.lsw.core.";

  /** Properties that hold professionals' names and contacts or organisations' addresses. */
  static final List<Allowed> MODEL_ALLOWED = List.of(
      new Allowed(CORE + "organisation.Seat", Set.of("address"),
          "the registered seat of an organisation, public in KRS or REGON"),
      new Allowed(CORE + "organisation.OrganisationDraft", Set.of("seatAddress"),
          "the seat of an organisation being registered"),
      new Allowed(CORE + "organisation.ContactPerson", Set.of("name", "email", "phone"),
          "an organisation's contact person: " + PROFESSIONAL),
      new Allowed(CORE + "organisation.ContactPersonDraft", Set.of("name", "email", "phone"),
          "an organisation's contact person being registered: " + PROFESSIONAL),
      new Allowed(CORE + "organisation.RegistryClerk", Set.of("name"),
          "the clerk of the local government who keeps the registry"),
      new Allowed(CORE + "partnership.governance.Person", Set.of("name", "email", "phone"),
          "a person acting for a member of a partnership: " + PARTNERSHIP_PERSON),
      new Allowed(CORE + "partnership.governance.PersonDetails", Set.of("name", "email", "phone"),
          "a person acting for a member of a partnership, being registered: "
              + PARTNERSHIP_PERSON),
      new Allowed(CORE + "financing.OrganisationRepresentative", Set.of("name"),
          "the person entitled to represent an organisation towards a granting body"),
      new Allowed(CORE + "financing.competition.CommitteeMember", Set.of("name"),
          "a member of a competition committee, an official or an NGO's nominee"),
      new Allowed(CORE + "information.ExternalContact", Set.of("contact"),
          "the contact person of a key external partner institution: " + PROFESSIONAL),
      new Allowed(CORE + "information.ExternalContactDraft", Set.of("contact"),
          "the same contact person, being entered"),
      new Allowed(CORE + "information.ContactBase", Set.of("externalContacts"),
          "the entries of the contact base, each an ExternalContact"),
      new Allowed(CORE + "information.ContactBaseChanged", Set.of("contact"),
          "the changed entry of the contact base, an ExternalContact"),
      new Allowed(CORE + "information.InternalContact", Set.of("name", "email", "phone"),
          "a person registered in the partnership for a member: " + PARTNERSHIP_PERSON),
      new Allowed(CORE + "initiative.StalenessReport$DepartedContact",
          Set.of("contact", "entryName"),
          "a contact person of an entry who left the organisation's contacts, and the entry's"
              + " name"));

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = TestDatabases.startPostgres();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  /** The columns of every table of the data source's current schema, lower case. */
  private static List<Slot> columns(DataSource db) throws SQLException {
    List<Slot> all = new ArrayList<>();
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ?")) {
      ps.setString(1, c.getSchema());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          all.add(new Slot(rs.getString(1).toLowerCase(Locale.ROOT),
              rs.getString(2).toLowerCase(Locale.ROOT)));
        }
      }
    }
    return all;
  }

  private static DataSource migrated(DataSource db) {
    JdbcStore.builder(db).migrate(true).build();
    return db;
  }

  private static void schemaHoldsNoPersonalData(DataSource db) throws SQLException {
    List<Slot> columns = columns(migrated(db));
    assertTrue(columns.contains(new Slot("lsw_supported_family", "reference"))
        && columns.contains(new Slot("lsw_individual_plan_item", "note")),
        "the schema was read: " + columns.size() + " columns");
    assertEquals(List.of(), PersonalDataCheck.findings(columns, SCHEMA_ALLOWED));
    assertEquals(List.of(), PersonalDataCheck.unused(columns, SCHEMA_ALLOWED),
        "allow-list entries that match no column");
  }

  @Test
  void no_column_on_h2_is_meant_for_personal_data_of_a_family() throws Exception {
    schemaHoldsNoPersonalData(TestDatabases.freshH2());
  }

  @Test
  void no_column_on_postgresql_is_meant_for_personal_data_of_a_family() throws Exception {
    schemaHoldsNoPersonalData(TestDatabases.freshSchema(postgres));
  }

  @Test
  void no_property_of_the_public_model_is_meant_for_personal_data_of_a_family() {
    Set<Slot> properties = PersonalDataCheck.properties(false, "pl.lsw.core");
    assertTrue(properties.contains(new Slot(CORE + "family.SupportedFamily", "reference"))
        && properties.contains(new Slot(CORE + "family.plan.PlanItem", "note")),
        "the model was read, Immutables-generated types included: " + properties.size());
    assertTrue(properties.stream().anyMatch(s -> s.owner().equals(CORE + "kernel.DateRange")),
        "records are read");
    assertEquals(List.of(), PersonalDataCheck.findings(properties, MODEL_ALLOWED));
    assertEquals(List.of(), PersonalDataCheck.unused(properties, MODEL_ALLOWED),
        "allow-list entries that match no property");
  }

  @Test
  void the_check_bites_on_tables_that_hold_personal_data_of_a_family() throws Exception {
    for (DataSource db : List.of(TestDatabases.freshH2(), TestDatabases.freshSchema(postgres))) {
      migrated(db);
      try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE lsw_supported_family_bad (reference VARCHAR(64), first_name "
            + "VARCHAR(60), pesel VARCHAR(11), ulica VARCHAR(60), home_address VARCHAR(200), "
            + "phone VARCHAR(20), data_urodzenia DATE, diagnosis VARCHAR(200))");
        s.execute("CREATE TABLE lsw_meeting_extra (id INTEGER, family_name VARCHAR(60), "
            + "nazwisko VARCHAR(60), stan_zdrowia VARCHAR(200), disability BOOLEAN, "
            + "contact_phone VARCHAR(20))");
      }
      assertEquals(List.of(
          "lsw_meeting_extra.disability: sensitive data",
          "lsw_meeting_extra.family_name: a family's identity or contact",
          "lsw_meeting_extra.nazwisko: sensitive data",
          "lsw_meeting_extra.stan_zdrowia: sensitive data",
          "lsw_supported_family_bad.data_urodzenia: sensitive data",
          "lsw_supported_family_bad.diagnosis: sensitive data",
          "lsw_supported_family_bad.first_name: a family's identity or contact",
          "lsw_supported_family_bad.home_address: an address",
          "lsw_supported_family_bad.pesel: sensitive data",
          "lsw_supported_family_bad.phone: a family's identity or contact",
          "lsw_supported_family_bad.ulica: an address"),
          PersonalDataCheck.findings(columns(db), SCHEMA_ALLOWED),
          "a contact phone in a table that is neither a family's nor a person's is allowed");
    }
  }

  @Test
  void the_check_bites_on_a_type_that_holds_personal_data_of_a_family() {
    List<String> found = PersonalDataCheck.findings(
        PersonalDataCheck.properties(true, "pl.lsw.core.personaldatafixture"), MODEL_ALLOWED);
    String fixture = "pl.lsw.core.personaldatafixture.";
    assertTrue(found.containsAll(List.of(
        fixture + "SupportedHousehold.familyName: a family's identity or contact",
        fixture + "SupportedHousehold.pesel: sensitive data",
        fixture + "CaseNote.diagnosis: sensitive data")), found.toString());
  }
}
