package pl.lsw.core.initiative;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The Map, the Bank or the Action Base of a partnership changed: the kind of change and its
 * revision (who, when, which record, each field from which value to which). Its {@link #type()}
 * names the kind, e.g. {@code "InitiativeBase.ENTRY_RECOMMENDED"}.
 *
 * <p>Immutable. Polish: <i>zmiana w bazach LSW</i>.
 *
 * @param partnership the partnership whose bases changed
 * @param kind what kind of change
 * @param revision the revision recorded in the history
 */
public record InitiativeBaseChanged(PartnershipId partnership, BaseChangeKind kind,
    Revision revision) implements DomainEvent {

  /** Refuses nulls. */
  public InitiativeBaseChanged {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(revision, "revision");
  }

  @Override
  public Instant occurredAt() {
    return revision.at();
  }

  @Override
  public String aggregateId() {
    return partnership.toString();
  }

  @Override
  public String type() {
    return "InitiativeBase." + kind.name();
  }
}
