package pl.lsw.core.initiative;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an Executive Consortium reported about its action: the status it gave and the day of the
 * report. When the reported status differs from the status in the Action Base, the base is
 * behind the consortium's work, and the staleness report says so.
 *
 * <p>Immutable. Polish: <i>sprawozdanie konsorcjum o działaniu</i>.
 *
 * @param reportedOn the day of the report
 * @param status the status the consortium reported
 */
public record ConsortiumReport(LocalDate reportedOn, ActionStatus status) {

  /** Refuses nulls. */
  public ConsortiumReport {
    Objects.requireNonNull(reportedOn, "reportedOn");
    Objects.requireNonNull(status, "status");
  }
}
