package pl.lsw.core.financing.smallgrant;

import java.util.Objects;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.OrganisationId;

/**
 * The small grants of one organisation in one grant year, as counted for the yearly cap.
 *
 * <p>Polish: <i>suma małych grantów organizacji w roku</i>.
 *
 * @param organisation the organisation
 * @param localGovernment the local government (JST) that gave the grants, as a TERYT code; the
 *     cap counts what one local government gives one organisation in a year
 * @param year the grant year
 * @param total the sum of the counted grants (not refused, not withdrawn)
 * @param count how many grants were counted
 * @param cap the yearly cap valid on the latest offer receipt date among the counted grants
 * @param remaining how much is left under the cap, zero when it is reached or exceeded
 */
public record OrganisationYearTotal(OrganisationId organisation, TerytCode localGovernment, int year, Money total, int count, Money cap,
    Money remaining) {

  /** Refuses nulls. */
  public OrganisationYearTotal {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(localGovernment, "localGovernment");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(remaining, "remaining");
  }

  /** Whether the total is over the cap. */
  public boolean isOverCap() {
    return total.isGreaterThan(cap);
  }
}
