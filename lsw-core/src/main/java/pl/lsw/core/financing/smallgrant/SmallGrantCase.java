package pl.lsw.core.financing.smallgrant;

import java.util.Objects;

/**
 * What the small-grant rules check: one grant and the history of the other grants its cross-grant
 * rules read.
 *
 * <p>Polish: <i>sprawa małego grantu (przedmiot sprawdzenia)</i>.
 *
 * @param grant the grant checked
 * @param history the other grants and the planned budgets
 */
public record SmallGrantCase(SmallGrant grant, GrantHistory history) {

  /** Refuses nulls. */
  public SmallGrantCase {
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(history, "history");
  }
}
