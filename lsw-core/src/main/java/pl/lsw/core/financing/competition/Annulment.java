package pl.lsw.core.financing.competition;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The annulment of a competition (UDPP art. 18a).
 *
 * <p>Polish: <i>unieważnienie konkursu</i>.
 *
 * @param annulledOn the day of the annulment
 * @param reason the statutory ground given
 */
public record Annulment(LocalDate annulledOn, AnnulmentReason reason) {

  /** Refuses nulls. */
  public Annulment {
    Objects.requireNonNull(annulledOn, "annulledOn");
    Objects.requireNonNull(reason, "reason");
  }
}
