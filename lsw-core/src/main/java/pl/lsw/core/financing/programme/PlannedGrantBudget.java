package pl.lsw.core.financing.programme;

import java.util.Objects;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.kernel.Money;

/**
 * The funds a body plans for grants to NGOs in a budget year, as stated in its cooperation
 * programme (the base of the small-grant budget share, UDPP art. 19a).
 *
 * <p>Polish: <i>planowane środki na dotacje dla organizacji pozarządowych</i>.
 *
 * @param body the body
 * @param year the budget year
 * @param amount the amount planned, not negative
 */
public record PlannedGrantBudget(GrantingBody body, int year, Money amount) {

  /** Refuses nulls and a negative amount. */
  public PlannedGrantBudget {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("the planned funds must not be negative, are " + amount.formatPlain());
    }
  }
}
