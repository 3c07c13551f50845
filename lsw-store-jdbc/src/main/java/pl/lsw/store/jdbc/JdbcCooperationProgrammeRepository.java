package pl.lsw.store.jdbc;

import static pl.lsw.store.jdbc.Columns.decode;


import java.util.Optional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.programme.CooperationProgrammeRepository;
import pl.lsw.core.financing.programme.CooperationProgramme;
import pl.lsw.core.financing.programme.ProgrammeContent;
import pl.lsw.core.kernel.StoreException;

/**
 * Yearly cooperation programmes in the table {@code lsw_cooperation_programme}, keyed by the
 * TERYT code of the body's area and the year, and the items they state in {@code
 * lsw_cooperation_programme_content} (see {@code V7__initiatives_and_programmes.sql}). A save is
 * one transaction: the row of the body area and year is updated or, when there is none, inserted,
 * then the item rows are deleted and written again. A programme has no version: the last save
 * wins. When two first saves of one body and year race, the loser's insert hits the primary key
 * and the save is run once more, now as an update.
 */
final class JdbcCooperationProgrammeRepository implements CooperationProgrammeRepository {

  private static final String AGGREGATE = "cooperation programme";

  private static final String COLUMNS = "body_name, body_area, body_kind, programme_year, "
      + "adopted_on, covers_cooperative, planned_grant_grosze, report_published_on";

  private final Jdbc jdbc;

  JdbcCooperationProgrammeRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public CooperationProgramme save(CooperationProgramme programme) {
    String area = programme.body().area().value();
    int year = programme.year();
    String what = "saving the " + AGGREGATE + " of " + area + " for " + year;
    Jdbc.Work<CooperationProgramme> upsert = c -> {
      int changed = Jdbc.update(c, "UPDATE lsw_cooperation_programme SET body_name = ?, "
          + "body_kind = ?, adopted_on = ?, covers_cooperative = ?, planned_grant_grosze = ?, "
          + "report_published_on = ? WHERE body_area = ? AND programme_year = ?", ps -> {
            ps.setString(1, programme.body().name());
            ps.setString(2, programme.body().kind().name());
            Columns.setDate(ps, 3, programme.adoptedOn().orElse(null));
            ps.setBoolean(4, programme.coversCooperativeProblemSolving());
            FinancingColumns.setMoney(ps, 5, programme.plannedGrantFunds());
            Columns.setDate(ps, 6, programme.reportPublishedOn().orElse(null));
            ps.setString(7, area);
            ps.setInt(8, year);
          });
      if (changed == 0) {
        Jdbc.update(c, "INSERT INTO lsw_cooperation_programme (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
              FinancingColumns.setBody(ps, 1, programme.body());
              ps.setInt(4, year);
              Columns.setDate(ps, 5, programme.adoptedOn().orElse(null));
              ps.setBoolean(6, programme.coversCooperativeProblemSolving());
              FinancingColumns.setMoney(ps, 7, programme.plannedGrantFunds());
              Columns.setDate(ps, 8, programme.reportPublishedOn().orElse(null));
            });
      } else {
        Jdbc.update(c, "DELETE FROM lsw_cooperation_programme_content WHERE body_area = ? "
            + "AND programme_year = ?", ps -> {
              ps.setString(1, area);
              ps.setInt(2, year);
            });
      }
      Jdbc.batch(c, "INSERT INTO lsw_cooperation_programme_content (body_area, programme_year, "
          + "content) VALUES (?, ?, ?)", programme.contents(), (ps, item, i) -> {
            ps.setString(1, area);
            ps.setInt(2, year);
            ps.setString(3, item.name());
          });
      return programme;
    };
    try {
      return jdbc.inTransaction(what, upsert);
    } catch (Jdbc.UniqueViolation e) {
      // another save inserted the same body and year first; now the update finds its row
      try {
        return jdbc.inTransaction(what, upsert);
      } catch (Jdbc.UniqueViolation again) {
        throw new StoreException(what + " failed: " + again.getMessage(), again.getCause());
      }
    }
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Optional<CooperationProgramme> find(GrantingBody body, int year) {
    String area = body.area().value();
    return jdbc.read("finding the " + AGGREGATE + " of " + area + " for " + year, c -> {
      List<CooperationProgramme> found = load(c, " AND programme_year = ?", ps -> {
        ps.setString(1, area);
        ps.setInt(2, year);
      });
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public List<CooperationProgramme> findByBody(GrantingBody body) {
    String area = body.area().value();
    return jdbc.read("listing the cooperation programmes of " + area,
        c -> load(c, "", ps -> ps.setString(1, area)));
  }

  /** An item row: the programme's year and the item's stored name. */
  private record ContentRow(int year, String content) {}

  /** A root row: the year and the programme's builder, before its items are added. */
  private record Root(int year, CooperationProgramme.Builder builder) {}

  /**
   * Loads the programmes of one body area, ordered by year; {@code andWhere} narrows both queries
   * further, its parameters bound by {@code binder} after the area (parameter 1).
   */
  private static List<CooperationProgramme> load(Connection c, String andWhere, Jdbc.Binder binder)
      throws SQLException {
    List<Root> roots = Jdbc.query(c, "SELECT " + COLUMNS + " FROM lsw_cooperation_programme "
        + "WHERE body_area = ?" + andWhere + " ORDER BY programme_year", binder,
        JdbcCooperationProgrammeRepository::root);
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<ProgrammeContent>> contents = new HashMap<>();
    for (ContentRow row : Jdbc.query(c, "SELECT programme_year, content FROM "
        + "lsw_cooperation_programme_content WHERE body_area = ?" + andWhere
        + " ORDER BY programme_year, content", binder, rs -> new ContentRow(rs.getInt(1), rs.getString(2)))) {
      contents.computeIfAbsent(row.year(), k -> new ArrayList<>()).add(decode(ProgrammeContent.class,
          row.content(), AGGREGATE + " of " + row.year()));
    }
    List<CooperationProgramme> result = new ArrayList<>(roots.size());
    for (Root r : roots) {
      try {
        result.add(r.builder().contents(contents.getOrDefault(r.year(), List.of())).build());
      } catch (StoreException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StoreException("the stored " + AGGREGATE + " of " + r.year() + " is not valid: "
            + e.getMessage(), e);
      }
    }
    return result;
  }

  private static Root root(ResultSet rs) throws SQLException {
    int year = rs.getInt(4);
    String owner = AGGREGATE + " of " + rs.getString(2) + " for " + year;
    try {
      CooperationProgramme.Builder b = CooperationProgramme.builder()
          .body(FinancingColumns.body(rs, 1, owner))
          .year(year)
          .adoptedOn(Columns.optionalDate(rs, 5))
          .coversCooperativeProblemSolving(rs.getBoolean(6))
          .plannedGrantFunds(FinancingColumns.money(rs, 7))
          .reportPublishedOn(Columns.optionalDate(rs, 8));
      return new Root(year, b);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("the stored " + owner + " is not valid: " + e.getMessage(), e);
    }
  }
}
