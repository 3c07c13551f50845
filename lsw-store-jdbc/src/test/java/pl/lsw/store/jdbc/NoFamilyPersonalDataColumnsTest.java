package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema holds nothing that identifies a family: every column of every table, read from
 * {@code INFORMATION_SCHEMA.COLUMNS} on H2 and PostgreSQL, is checked against the words that
 * suggest a family's name, surname, PESEL number, address or street, phone, birth date or health
 * data (a diagnosis). In the tables of families and plans any name, address, phone, e-mail or
 * contact column is refused too (elsewhere such columns belong to organisations and their
 * professionals, not to families); in any table, a column that speaks of a family and a name,
 * address, phone, e-mail or contact is refused. The check is proven to fail on a deliberately
 * bad table.
 */
class NoFamilyPersonalDataColumnsTest {

  /** Words refused in any column of any table. */
  private static final List<String> ANYWHERE = List.of("pesel", "surname", "nazwisk", "birth",
      "urodz", "health", "zdrow", "diagnos", "disease", "illness", "chorob", "street", "ulica");

  /** Words refused in the tables of families and plans, and beside "family" anywhere. */
  private static final List<String> PERSONAL = List.of("name", "imie", "address", "adres",
      "phone", "telefon", "mail", "contact", "kontakt");

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = TestDatabases.startPostgres();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  private record Column(String table, String name) {
    @Override
    public String toString() {
      return table + "." + name;
    }
  }

  /** The columns of every table of the data source's current schema, lower case. */
  private static List<Column> columns(DataSource db) throws SQLException {
    List<Column> all = new ArrayList<>();
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ?")) {
      ps.setString(1, c.getSchema());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          all.add(new Column(rs.getString(1).toLowerCase(Locale.ROOT),
              rs.getString(2).toLowerCase(Locale.ROOT)));
        }
      }
    }
    return all;
  }

  /** The columns that suggest personal data of a family. */
  private static List<String> suspicious(List<Column> columns) {
    List<String> found = new ArrayList<>();
    for (Column column : columns) {
      String name = column.name();
      boolean familyTable = column.table().contains("famil") || column.table().contains("rodzin")
          || column.table().startsWith("lsw_individual_plan");
      boolean familyColumn = name.contains("famil") || name.contains("rodzin");
      if (ANYWHERE.stream().anyMatch(name::contains)
          || ((familyTable || familyColumn) && PERSONAL.stream().anyMatch(name::contains))) {
        found.add(column.toString());
      }
    }
    return found;
  }

  private static DataSource migrated(DataSource db) {
    JdbcStore.builder(db).migrate(true).build();
    return db;
  }

  @Test
  void no_column_on_h2_suggests_personal_data_of_a_family() throws Exception {
    List<Column> columns = columns(migrated(TestDatabases.freshH2()));
    assertFalse(columns.stream().noneMatch(c -> c.table().equals("lsw_supported_family")),
        "the schema was read: " + columns.size() + " columns");
    assertEquals(List.of(), suspicious(columns));
  }

  @Test
  void no_column_on_postgresql_suggests_personal_data_of_a_family() throws Exception {
    List<Column> columns = columns(migrated(TestDatabases.freshSchema(postgres)));
    assertFalse(columns.stream().noneMatch(c -> c.table().equals("lsw_individual_plan_item")),
        "the schema was read: " + columns.size() + " columns");
    assertEquals(List.of(), suspicious(columns));
  }

  @Test
  void the_check_fails_on_a_table_that_holds_personal_data_of_a_family() throws Exception {
    for (DataSource db : List.of(TestDatabases.freshH2(), TestDatabases.freshSchema(postgres))) {
      migrated(db);
      try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE lsw_supported_family_bad (reference VARCHAR(64), first_name "
            + "VARCHAR(60), pesel VARCHAR(11), street VARCHAR(60), home_address VARCHAR(200), "
            + "phone VARCHAR(20), birth_date DATE, diagnosis VARCHAR(200))");
        s.execute("CREATE TABLE lsw_meeting_extra (id INTEGER, family_surname VARCHAR(60), "
            + "family_phone VARCHAR(20), health_notes VARCHAR(200), contact_phone VARCHAR(20))");
      }
      assertEquals(List.of("lsw_meeting_extra.family_phone", "lsw_meeting_extra.family_surname",
          "lsw_meeting_extra.health_notes", "lsw_supported_family_bad.birth_date",
          "lsw_supported_family_bad.diagnosis", "lsw_supported_family_bad.first_name",
          "lsw_supported_family_bad.home_address", "lsw_supported_family_bad.pesel",
          "lsw_supported_family_bad.phone", "lsw_supported_family_bad.street"),
          suspicious(columns(db)).stream().sorted().toList(),
          "a professional's contact phone outside the family tables is allowed");
    }
  }
}
