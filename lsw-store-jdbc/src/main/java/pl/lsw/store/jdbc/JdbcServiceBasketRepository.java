package pl.lsw.store.jdbc;

import static pl.lsw.store.jdbc.ChildTable.indexed;
import static pl.lsw.store.jdbc.ChildTable.nested;
import static pl.lsw.store.jdbc.ChildTable.row;
import static pl.lsw.store.jdbc.ChildTable.timestamp;
import static pl.lsw.store.jdbc.Columns.decode;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import pl.lsw.core.basket.BasketAgreement;
import pl.lsw.core.basket.BasketService;
import pl.lsw.core.basket.BasketServiceId;
import pl.lsw.core.basket.ServiceBasket;
import pl.lsw.core.basket.ServiceBasketRepository;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.initiative.ParticipantCost;
import pl.lsw.core.initiative.ReferralRule;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.History;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.MeetingId;

/**
 * Local Service Baskets in the table {@code lsw_service_basket} (the partnership's id and the
 * version) and one child table per nested list or set (see {@code V11__service_basket.sql}). A
 * save is one transaction. A new basket's root row is inserted (version 1) with all its child
 * rows; a saved one's root row is updated {@code WHERE partnership_id = ? AND version = ?} (no
 * row changed: a version conflict), then each child table's stored rows are compared, by primary
 * key, with the rows of the state being saved, and only the difference is written — adding a
 * service or a revision inserts its rows and rewrites nothing else. A read loads the root and
 * each child table once.
 *
 * <p>When the optimistic update changes no row, a look at the key in the same transaction tells
 * the two cases apart: a row at another version is a version conflict, no row at all an
 * aggregate no longer stored.
 */
final class JdbcServiceBasketRepository implements ServiceBasketRepository {

  private static final String AGGREGATE = "ServiceBasket";
  private static final String OWNER = "partnership_id";

  private static final ChildTable<ServiceBasket> SERVICES = table("lsw_basket_service",
      "list_index INT", "service_id UUID, provider_id UUID, name TEXT, description TEXT, "
          + "availability TEXT, offered_since DATE, offered_until DATE, last_verified_on DATE, "
          + "withdrawn_on DATE, min_age INT, max_age INT, referral TEXT, cost TEXT, "
          + "fee_grosze LONG, capacity INT, access_description TEXT",
      b -> indexed(b.services(), (i, s) -> row(i, s.id().value(), s.provider().value(), s.name(),
          s.description().orElse(null), s.availability().orElse(null), s.since(),
          s.until().orElse(null), s.lastVerifiedOn(), s.withdrawnOn().orElse(null),
          s.access().minAge().orElse(null), s.access().maxAge().orElse(null),
          s.access().referral().name(), s.access().cost().name(),
          s.access().fee().map(Money::grosze).orElse(null), s.access().capacity().orElse(null),
          s.access().description().orElse(null))));
  private static final ChildTable<ServiceBasket> FIELDS = table("lsw_basket_service_field",
      "service_index INT, field TEXT", "", b -> perService(b, s -> s.fields().stream()
          .map(f -> (Object) f.name()).toList(), (i, f) -> row(i, f)));
  private static final ChildTable<ServiceBasket> GROUPS = table("lsw_basket_service_group",
      "service_index INT, group_code TEXT", "polish_name TEXT, english_name TEXT",
      b -> perService(b, s -> List.copyOf(s.access().targetGroups()),
          (i, g) -> row(i, g.code(), g.polishName(), g.englishName())));
  private static final ChildTable<ServiceBasket> TERRITORY = table("lsw_basket_service_territory",
      "service_index INT, teryt TEXT", "", b -> perService(b,
          s -> List.copyOf(s.access().territory()), (i, t) -> row(i, t.value())));
  private static final ChildTable<ServiceBasket> LANGUAGES = table("lsw_basket_service_language",
      "service_index INT, language_code TEXT", "", b -> perService(b,
          s -> List.copyOf(s.access().languages()), (i, l) -> row(i, l)));
  private static final ChildTable<ServiceBasket> CONTACTS = table("lsw_basket_service_contact",
      "service_index INT, list_index INT", "name TEXT, role TEXT, email TEXT, phone TEXT",
      b -> nested(b.services(), BasketService::contacts, (s, i, c) -> row(s, i, c.name(),
          c.role(), c.email().orElse(null), c.phone().orElse(null))));
  private static final ChildTable<ServiceBasket> AGREEMENTS = table("lsw_basket_agreement",
      "list_index INT", "meeting_id UUID, agreed_on DATE, recorded_at TIMESTAMP, "
          + "recorded_at_nanos INT",
      b -> indexed(b.agreements(), (i, a) -> row(i, a.meeting().value(), a.date(),
          timestamp(a.recordedAt()), a.recordedAt().getNano())));
  private static final ChildTable<ServiceBasket> AGREED = table("lsw_basket_agreement_service",
      "agreement_index INT, list_index INT", "service_id UUID",
      b -> nested(b.agreements(), BasketAgreement::services, (a, i, s) -> row(a, i, s.value())));
  private static final ChildTable<ServiceBasket> REVISIONS = table("lsw_basket_revision",
      "list_index INT", "revised_at TIMESTAMP, revised_at_nanos INT, actor_reference TEXT, "
          + "subject TEXT, kind TEXT",
      b -> indexed(b.history().revisions(), (i, r) -> row(i, timestamp(r.at()), r.at().getNano(),
          r.actor(), r.subject(), r.kind())));
  private static final ChildTable<ServiceBasket> CHANGES = table("lsw_basket_revision_change",
      "revision_index INT, list_index INT", "field TEXT, from_value TEXT, to_value TEXT",
      b -> nested(b.history().revisions(), Revision::changes, (r, i, c) -> row(r, i, c.field(),
          c.from().orElse(null), c.to().orElse(null))));

  /** Every child table, in the order a save writes them. */
  private static final List<ChildTable<ServiceBasket>> TABLES = List.of(SERVICES, FIELDS, GROUPS,
      TERRITORY, LANGUAGES, CONTACTS, AGREEMENTS, AGREED, REVISIONS, CHANGES);

  private final Jdbc jdbc;

  JdbcServiceBasketRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public ServiceBasket save(ServiceBasket basket) {
    ServiceBasket stored = basket.withVersion(basket.version() + 1);
    UUID id = basket.partnership().value();
    try {
      return jdbc.inTransaction("saving the service basket of " + basket.partnership(), c -> {
        if (basket.version() == 0) {
          Jdbc.update(c, "INSERT INTO lsw_service_basket (partnership_id, version) VALUES (?, ?)",
              ps -> {
                ps.setObject(1, id);
                ps.setLong(2, stored.version());
              });
          for (ChildTable<ServiceBasket> table : TABLES) {
            table.insert(c, id, table.rowsOf(stored).values());
          }
        } else {
          // the root row is locked from here on, so the child rows read next are those of the
          // version just checked
          int changed = Jdbc.update(c, "UPDATE lsw_service_basket SET version = ? "
              + "WHERE partnership_id = ? AND version = ?", ps -> {
                ps.setLong(1, stored.version());
                ps.setObject(2, id);
                ps.setLong(3, basket.version());
              });
          if (changed == 0) {
            throw Jdbc.rowExists(c, "lsw_service_basket", "partnership_id", id)
                ? conflict(basket) : noLongerStored(basket);
          }
          for (ChildTable<ServiceBasket> table : TABLES) {
            table.write(c, id, table.stored(c, id), table.rowsOf(stored));
          }
        }
        return stored;
      });
    } catch (Jdbc.UniqueViolation e) {
      if (basket.version() == 0 && find(basket.partnership()).isPresent()) {
        throw conflict(basket);
      }
      throw new StoreException("saving the service basket of " + basket.partnership()
          + " violated a unique constraint: " + e.getMessage(), e.getCause());
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && jdbc.dialect().isConcurrentUpdate(sql)) {
        throw conflict(basket);
      }
      throw e;
    }
  }

  private static VersionConflictException conflict(ServiceBasket b) {
    return new VersionConflictException(AGGREGATE, b.partnership().toString(), b.version());
  }

  private static NoLongerStoredException noLongerStored(ServiceBasket b) {
    return new NoLongerStoredException(AGGREGATE, b.partnership().toString(), b.version());
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Optional<ServiceBasket> find(PartnershipId partnership) {
    UUID id = partnership.value();
    return jdbc.read("finding the service basket of " + partnership, c -> {
      List<Long> versions = Jdbc.query(c, "SELECT version FROM lsw_service_basket "
          + "WHERE partnership_id = ?", ps -> ps.setObject(1, id), rs -> rs.getLong(1));
      return versions.isEmpty() ? Optional.<ServiceBasket>empty()
          : Optional.of(assemble(c, partnership, versions.get(0)));
    });
  }

  private static ServiceBasket assemble(Connection c, PartnershipId partnership, long version)
      throws SQLException {
    UUID id = partnership.value();
    String owner = "service basket " + partnership;
    List<List<Object>> services = List.copyOf(SERVICES.stored(c, id).values());
    List<List<List<Object>>> fields = grouped(FIELDS.stored(c, id), services.size());
    List<List<List<Object>>> groups = grouped(GROUPS.stored(c, id), services.size());
    List<List<List<Object>>> territory = grouped(TERRITORY.stored(c, id), services.size());
    List<List<List<Object>>> languages = grouped(LANGUAGES.stored(c, id), services.size());
    List<List<List<Object>>> contacts = grouped(CONTACTS.stored(c, id), services.size());
    List<BasketService> result = new ArrayList<>();
    for (int i = 0; i < services.size(); i++) {
      List<Object> r = services.get(i);
      Set<SocialServiceField> inFields = EnumSet.noneOf(SocialServiceField.class);
      for (List<Object> f : fields.get(i)) {
        inFields.add(decode(SocialServiceField.class, (String) f.get(1), owner));
      }
      Set<TargetGroup> targetGroups = new LinkedHashSet<>();
      for (List<Object> g : groups.get(i)) {
        targetGroups.add(TargetGroup.of((String) g.get(1), (String) g.get(2), (String) g.get(3)));
      }
      Set<TerytCode> units = new LinkedHashSet<>();
      for (List<Object> t : territory.get(i)) {
        units.add(TerytCode.of((String) t.get(1)));
      }
      Set<String> spoken = new LinkedHashSet<>();
      for (List<Object> l : languages.get(i)) {
        spoken.add((String) l.get(1));
      }
      List<ContactPerson> people = new ArrayList<>();
      for (List<Object> p : contacts.get(i)) {
        people.add(ContactPerson.builder().name((String) p.get(2)).role((String) p.get(3))
            .email(Optional.ofNullable((String) p.get(4)))
            .phone(Optional.ofNullable((String) p.get(5))).build());
      }
      AccessConditions access = AccessConditions.builder()
          .minAge(Optional.ofNullable((Integer) r.get(10)))
          .maxAge(Optional.ofNullable((Integer) r.get(11)))
          .targetGroups(targetGroups)
          .territory(units)
          .referral(decode(ReferralRule.class, (String) r.get(12), owner))
          .cost(decode(ParticipantCost.class, (String) r.get(13), owner))
          .fee(Optional.ofNullable((Long) r.get(14)).map(Money::ofGrosze))
          .languages(spoken)
          .capacity(Optional.ofNullable((Integer) r.get(15)))
          .description(Optional.ofNullable((String) r.get(16)))
          .build();
      result.add(BasketService.builder()
          .id(BasketServiceId.of((UUID) r.get(1)))
          .provider(OrganisationId.of((UUID) r.get(2)))
          .name((String) r.get(3))
          .description(Optional.ofNullable((String) r.get(4)))
          .availability(Optional.ofNullable((String) r.get(5)))
          .since((LocalDate) r.get(6))
          .until(Optional.ofNullable((LocalDate) r.get(7)))
          .lastVerifiedOn((LocalDate) r.get(8))
          .withdrawnOn(Optional.ofNullable((LocalDate) r.get(9)))
          .fields(inFields)
          .access(access)
          .contacts(people)
          .build());
    }
    List<List<Object>> agreementRows = List.copyOf(AGREEMENTS.stored(c, id).values());
    List<List<List<Object>>> agreed = grouped(AGREED.stored(c, id), agreementRows.size());
    List<BasketAgreement> agreements = new ArrayList<>();
    for (int i = 0; i < agreementRows.size(); i++) {
      List<Object> a = agreementRows.get(i);
      agreements.add(new BasketAgreement(MeetingId.of((UUID) a.get(1)), (LocalDate) a.get(2),
          agreed.get(i).stream().map(s -> BasketServiceId.of((UUID) s.get(2))).toList(),
          instant(a.get(3), a.get(4))));
    }
    List<List<Object>> revisionRows = List.copyOf(REVISIONS.stored(c, id).values());
    List<List<List<Object>>> changes = grouped(CHANGES.stored(c, id), revisionRows.size());
    List<Revision> revisions = new ArrayList<>();
    for (int i = 0; i < revisionRows.size(); i++) {
      List<Object> r = revisionRows.get(i);
      revisions.add(new Revision(instant(r.get(1), r.get(2)), (String) r.get(3),
          (String) r.get(4), (String) r.get(5), changes.get(i).stream()
              .map(ch -> FieldChange.of((String) ch.get(2), (String) ch.get(3), (String) ch.get(4)))
              .toList()));
    }
    return ServiceBasket.builder()
        .partnership(partnership)
        .version(version)
        .services(result)
        .agreements(agreements)
        .history(new History(revisions))
        .build();
  }

  private static Instant instant(Object at, Object nanos) {
    return Instant.ofEpochSecond(((OffsetDateTime) at).toEpochSecond(), (Integer) nanos);
  }

  /**
   * The rows of a table keyed by a parent's position (first key column), grouped by that
   * position, each group in key order.
   */
  private static List<List<List<Object>>> grouped(Map<List<Object>, List<Object>> rows,
      int parents) {
    List<List<List<Object>>> groups = new ArrayList<>(parents);
    for (int i = 0; i < parents; i++) {
      groups.add(new ArrayList<>());
    }
    for (List<Object> row : rows.values()) {
      int parent = (Integer) row.get(0);
      if (parent < 0 || parent >= parents) {
        throw new StoreException("a child row refers to a missing item " + parent);
      }
      groups.get(parent).add(row);
    }
    return groups;
  }

  // --- rows ----------------------------------------------------------------------------------

  private static ChildTable<ServiceBasket> table(String name, String keys, String values,
      Function<ServiceBasket, List<List<Object>>> rows) {
    return new ChildTable<>(name, OWNER, keys, values, rows);
  }


  /** The rows of a set inside each service, keyed by the service's position and the item. */
  private static <T> List<List<Object>> perService(ServiceBasket b,
      Function<BasketService, List<T>> items, ChildTable.IndexedRow<T> row) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < b.services().size(); i++) {
      for (T item : items.apply(b.services().get(i))) {
        rows.add(row.of(i, item));
      }
    }
    return rows;
  }
}
