package pl.lsw.core.financing.smallgrant;

import io.vavr.control.Option;
import java.util.Objects;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.TerytCode;

/**
 * The small grants of one local government (every body acting for it: the city and its district
 * boards) in one budget year, against the NGO grants it planned.
 *
 * <p>Polish: <i>suma małych grantów organu w roku budżetowym</i>.
 *
 * @param bodyArea the TERYT code of the local government (how bodies are grouped)
 * @param bodyName the name of the local government's own body when one of its grants is counted, otherwise of the body of the first grant
 * @param year the budget year
 * @param total the sum of the counted grants
 * @param count how many grants were counted
 * @param planned the planned NGO-grant budget, when known
 * @param share what per cent of the planned budget the total is, when a non-zero budget is known
 * @param maxShare the highest share allowed, valid on the latest offer receipt date among the counted grants
 * @param withinLimit whether the total is at most {@code maxShare} of the planned budget, decided
 *     exactly; false when no budget is known
 */
public record BodyYearTotal(TerytCode bodyArea, String bodyName, int year, Money total, int count,
    java.util.Optional<Money> planned, java.util.Optional<Percent> share, Percent maxShare, boolean withinLimit) {

  /** Refuses nulls. */
  public BodyYearTotal {
    Objects.requireNonNull(bodyArea, "bodyArea");
    Objects.requireNonNull(bodyName, "bodyName");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(maxShare, "maxShare");
  }
}
