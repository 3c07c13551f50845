package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * One entry of a raised matter's status history.
 *
 * <p>Polish: <i>zmiana statusu sprawy</i>.
 *
 * @param status the status from then on
 * @param at when it changed
 * @param by who changed it (for the first entry, who raised the matter)
 */
public record MatterStatusChange(MatterStatus status, Instant at, ActingPerson by) {

  /** Refuses null components. */
  public MatterStatusChange {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
  }
}
