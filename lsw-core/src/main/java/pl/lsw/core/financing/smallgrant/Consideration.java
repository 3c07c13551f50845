package pl.lsw.core.financing.smallgrant;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How and when the body considered one comment.
 *
 * <p>Polish: <i>rozpatrzenie uwagi</i>.
 *
 * @param date the day it was considered
 * @param outcome the decision
 */
public record Consideration(LocalDate date, ConsiderationOutcome outcome) {

  /** Refuses nulls. */
  public Consideration {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(outcome, "outcome");
  }
}
