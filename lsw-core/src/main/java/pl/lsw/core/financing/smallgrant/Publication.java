package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.financing.PublicationPlace;
import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.kernel.DateRange;

/**
 * One posting of a small-grant offer in one place, from one day to another (both included).
 *
 * <p>Polish: <i>zamieszczenie oferty</i>.
 *
 * @param place where the offer was posted
 * @param postedFrom the first day it was posted
 * @param postedUntil the last day it was posted, not before {@code postedFrom}
 */
public record Publication(PublicationPlace place, LocalDate postedFrom, LocalDate postedUntil) {

  /** Refuses nulls and a last day before the first. */
  public Publication {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(postedFrom, "postedFrom");
    Objects.requireNonNull(postedUntil, "postedUntil");
    if (postedUntil.isBefore(postedFrom)) {
      throw new IllegalArgumentException("the offer was posted in " + place + " until " + postedUntil
          + ", before it was posted on " + postedFrom);
    }
  }

  /** The days the offer was posted, both ends included. */
  public DateRange period() {
    return DateRange.ofOrThrow(postedFrom, postedUntil);
  }
}
