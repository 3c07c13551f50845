package pl.lsw.core.financing.programme;

import java.time.Instant;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.kernel.DomainEvent;

/**
 * A body's cooperation programme for a year was stored (adopted, changed or its report
 * recorded).
 *
 * <p>Polish: <i>zapisano roczny program współpracy</i>.
 *
 * @param body the body
 * @param year the programme's year
 * @param occurredAt when
 */
public record ProgrammeRecorded(GrantingBody body, int year, Instant occurredAt) implements DomainEvent {

  /** The body's area and the year, e.g. {@code 1465011/2026}. */
  @Override
  public String aggregateId() {
    return body.area() + "/" + year;
  }

  @Override
  public String type() {
    return "CooperationProgrammeRecorded";
  }
}
