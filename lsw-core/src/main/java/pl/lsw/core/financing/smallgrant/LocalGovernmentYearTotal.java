package pl.lsw.core.financing.smallgrant;

import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.TerytCode;

/**
 * The small grants of one local government unit (JST) in one budget year, every body acting for it
 * together (a Warsaw district board counts under the city), against the NGO grants the unit
 * planned: the base of the statutory share ({@code FIN-SMALL-GRANT-BUDGET-SHARE}).
 *
 * <p>Polish: <i>suma małych grantów jednostki samorządu terytorialnego w roku budżetowym</i>.
 *
 * @param localGovernment the TERYT code of the unit
 * @param name the unit's name when one of the grants was given by a body of the unit's own area
 *     (e.g. <i>Prezydent m.st. Warszawy</i>), otherwise empty
 * @param year the budget year
 * @param total the sum of the counted grants
 * @param count how many grants were counted
 * @param planned the planned NGO-grant budget of the unit, when known
 * @param share what per cent of the planned budget the total is, when a non-zero budget is known
 * @param maxShare the highest share allowed, valid on the latest offer receipt date among the counted grants
 * @param withinLimit whether the total is at most {@code maxShare} of the planned budget, decided
 *     exactly; empty when no budget is known (the share is unknown, not over the limit)
 */
public record LocalGovernmentYearTotal(TerytCode localGovernment, Optional<String> name, int year, Money total,
    int count, Optional<Money> planned, Optional<Percent> share, Percent maxShare, Optional<Boolean> withinLimit) {

  /** Refuses nulls. */
  public LocalGovernmentYearTotal {
    Objects.requireNonNull(localGovernment, "localGovernment");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(maxShare, "maxShare");
    Objects.requireNonNull(withinLimit, "withinLimit");
  }
}
