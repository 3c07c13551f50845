package pl.lsw.core.financing.smallgrant;

import io.vavr.control.Option;
import java.util.Objects;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.TerytCode;

/**
 * The small grants of one body (by area) in one budget year, against the NGO grants planned under
 * its area: for the body of a local government its plan, for a Warsaw district board the district's
 * own allotment (see {@code FIN-SMALL-GRANT-DISTRICT-ALLOTMENT}). The statutory share ({@code
 * FIN-SMALL-GRANT-BUDGET-SHARE}) counts the grants of every body of a local government together and
 * is reported in each grant's findings.
 *
 * <p>Polish: <i>suma małych grantów organu w roku budżetowym</i>.
 *
 * @param bodyArea the TERYT code of the body's area (how bodies are matched)
 * @param bodyName the body's name, as on the first of its grants listed
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
