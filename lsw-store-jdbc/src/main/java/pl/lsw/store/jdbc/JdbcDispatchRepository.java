package pl.lsw.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import pl.lsw.core.information.DeliveryOutcome;
import pl.lsw.core.information.Dispatch;
import pl.lsw.core.information.DispatchId;
import pl.lsw.core.information.DispatchRecipient;
import pl.lsw.core.information.DispatchRepository;
import pl.lsw.core.information.InformationItem;
import pl.lsw.core.information.InformationKind;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Dispatches in the table {@code lsw_dispatch} and their recipients in {@code
 * lsw_dispatch_recipient} (see {@code V10__information.sql}). A save is one transaction that
 * inserts the dispatch and its recipients; a dispatch whose id is stored hits the primary key and
 * is a {@link VersionConflictException}, with nothing written. A period is read with a window one
 * second wider than asked (the timestamp column keeps microseconds) and cut exactly by the
 * instant with its nanoseconds.
 */
final class JdbcDispatchRepository implements DispatchRepository {

  private static final String AGGREGATE = "dispatch";

  private static final String COLUMNS = "id, partnership_id, kind, subject, body, english_subject, "
      + "english_body, sent_at, sent_at_nanos, sent_by";

  private final Jdbc jdbc;

  JdbcDispatchRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Dispatch save(Dispatch d) {
    try {
      return jdbc.inTransaction("saving the " + AGGREGATE + " " + d.id(), c -> {
        Jdbc.update(c, "INSERT INTO lsw_dispatch (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
              Columns.setUuid(ps, 1, d.id().value());
              Columns.setUuid(ps, 2, d.partnership().value());
              ps.setString(3, d.item().kind().name());
              ps.setString(4, d.item().subject());
              ps.setString(5, d.item().body());
              Columns.setText(ps, 6, d.item().englishSubject());
              Columns.setText(ps, 7, d.item().englishBody());
              Columns.setInstant(ps, 8, d.sentAt());
              ps.setString(10, d.sentBy());
            });
        Jdbc.batch(c, "INSERT INTO lsw_dispatch_recipient (dispatch_id, list_index, "
            + "organisation_id, delivered, failure_reason) VALUES (?, ?, ?, ?, ?)",
            d.recipients(), (ps, r, i) -> {
              Columns.setUuid(ps, 1, d.id().value());
              ps.setInt(2, i);
              Columns.setUuid(ps, 3, r.organisation().value());
              ps.setBoolean(4, r.outcome().delivered());
              Columns.setText(ps, 5, r.outcome().failureReason());
            });
        return d;
      });
    } catch (Jdbc.UniqueViolation e) {
      throw new VersionConflictException("Dispatch", d.id().toString(), 0);
    }
  }

  @Override
  public Optional<Dispatch> findById(DispatchId id) {
    return jdbc.read("finding the " + AGGREGATE + " " + id, c -> {
      List<Dispatch> found = load(c, "d.id = ?", ps -> Columns.setUuid(ps, 1, id.value()));
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public List<Dispatch> findByPartnership(PartnershipId partnership, Instant from, Instant until) {
    return jdbc.read("listing the dispatches of " + partnership, c -> load(c,
        "d.partnership_id = ? AND d.sent_at >= ? AND d.sent_at < ?", ps -> {
          Columns.setUuid(ps, 1, partnership.value());
          ps.setObject(2, java.time.OffsetDateTime.ofInstant(from.minusSeconds(1), java.time.ZoneOffset.UTC));
          ps.setObject(3, java.time.OffsetDateTime.ofInstant(until.plusSeconds(1), java.time.ZoneOffset.UTC));
        }).stream().filter(d -> !d.sentAt().isBefore(from) && d.sentAt().isBefore(until))
        .sorted(Comparator.comparing(Dispatch::sentAt).thenComparing(d -> d.id().toString()))
        .toList());
  }

  /** A recipient row with its dispatch's id. */
  private record RecipientRow(UUID dispatch, DispatchRecipient recipient) {}

  private static List<Dispatch> load(Connection c, String where, Jdbc.Binder binder)
      throws SQLException {
    List<Root> roots = Jdbc.query(c, "SELECT " + COLUMNS.replaceAll("(^|, )", "$1d.")
        + " FROM lsw_dispatch d WHERE " + where, binder, JdbcDispatchRepository::root);
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<DispatchRecipient>> recipients = new HashMap<>();
    for (RecipientRow r : Jdbc.query(c, "SELECT r.dispatch_id, r.organisation_id, r.delivered, "
        + "r.failure_reason FROM lsw_dispatch_recipient r JOIN lsw_dispatch d ON d.id = "
        + "r.dispatch_id WHERE " + where + " ORDER BY r.dispatch_id, r.list_index", binder,
        JdbcDispatchRepository::recipient)) {
      recipients.computeIfAbsent(r.dispatch(), k -> new ArrayList<>()).add(r.recipient());
    }
    List<Dispatch> out = new ArrayList<>(roots.size());
    for (Root r : roots) {
      try {
        out.add(r.builder().recipients(recipients.getOrDefault(r.id(), List.of())).build());
      } catch (RuntimeException e) {
        throw new StoreException("the stored " + AGGREGATE + " " + r.id() + " is not valid: "
            + e.getMessage(), e);
      }
    }
    return out;
  }

  /** A root row: the id and the dispatch's builder, before its recipients are added. */
  private record Root(UUID id, Dispatch.Builder builder) {}

  private static Root root(ResultSet rs) throws SQLException {
    UUID id = Columns.uuid(rs, 1);
    String owner = AGGREGATE + " " + id;
    try {
      InformationItem item = InformationItem.builder()
          .kind(Columns.decode(InformationKind.class, rs.getString(3), owner))
          .subject(rs.getString(4)).body(rs.getString(5))
          .englishSubject(Columns.optionalText(rs, 6)).englishBody(Columns.optionalText(rs, 7))
          .build();
      return new Root(id, Dispatch.builder().id(DispatchId.of(id))
          .partnership(PartnershipId.of(Columns.uuid(rs, 2))).item(item)
          .sentAt(Columns.getInstant(rs, 8)).sentBy(rs.getString(10)));
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("the stored " + owner + " is not valid: " + e.getMessage(), e);
    }
  }

  private static RecipientRow recipient(ResultSet rs) throws SQLException {
    UUID dispatch = Columns.uuid(rs, 1);
    try {
      DeliveryOutcome outcome = rs.getBoolean(3) ? DeliveryOutcome.success()
          : DeliveryOutcome.failure(rs.getString(4));
      return new RecipientRow(dispatch, new DispatchRecipient(OrganisationId.of(Columns.uuid(rs, 2)),
          outcome));
    } catch (RuntimeException e) {
      throw new StoreException("a stored recipient of the " + AGGREGATE + " " + dispatch
          + " is not valid: " + e.getMessage(), e);
    }
  }
}
