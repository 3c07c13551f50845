package pl.lsw.core.evaluation.record;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.partnership.PartnershipId;

/**
 * A record of a partnership's evaluation was added, corrected or withdrawn. Its {@link #type()}
 * names the change and the kind, e.g. {@code "PartnershipEvaluation.SURVEY_WAVE_ADDED"}.
 *
 * <p>Immutable. Polish: <i>zmiana w ewaluacji partnerstwa</i>.
 *
 * @param partnership the partnership
 * @param change what happened
 * @param kind the kind of the record
 * @param record the record's id
 * @param actor the reference of who did it
 * @param at when
 */
public record EvaluationChanged(PartnershipId partnership, EvaluationChange change,
    RecordKind kind, EvaluationRecordId record, String actor, Instant at)
    implements DomainEvent {

  /** Refuses nulls. */
  public EvaluationChanged {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }

  @Override
  public Instant occurredAt() {
    return at;
  }

  @Override
  public String aggregateId() {
    return partnership.toString();
  }

  @Override
  public String type() {
    return "PartnershipEvaluation." + kind.name() + "_" + change.name();
  }
}
