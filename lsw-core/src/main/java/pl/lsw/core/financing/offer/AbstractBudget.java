package pl.lsw.core.financing.offer;

import java.util.function.Predicate;
import java.util.List;
import org.immutables.value.Value;
import pl.lsw.core.kernel.Money;

/**
 * The cost calculation of a task: its cost items in the order given, and their totals, exact to
 * the grosz: the whole cost, the cost per funding source, the grant-funded part and the own
 * contribution.
 *
 * <p>Polish: <i>kalkulacja przewidywanych kosztów (budżet zadania)</i>.
 */
@Value.Immutable
abstract class AbstractBudget {

  /** The cost items, in the order of the calculation; may be empty. */
  public abstract List<CostItem> items();

  /** A budget of the given items. */
  public static Budget of(List<CostItem> items) {
    return Budget.builder().items(items).build();
  }

  /** A budget of the given items. */
  public static Budget of(CostItem... items) {
    return of(List.of(items));
  }

  /** The sum of every item's total. */
  public Money total() {
    Money sum = Money.ZERO;
    for (CostItem i : items()) {
      sum = sum.add(i.total());
    }
    return sum;
  }

  /** The sum of the totals of the items funded from {@code source}. */
  public Money total(FundingSource source) {
    Money sum = Money.ZERO;
    for (CostItem i : items()) {
      if (i.source() == source) {
        sum = sum.add(i.total());
      }
    }
    return sum;
  }

  /** The sum of the totals of the items that match, e.g. those of one post. */
  public Money totalOf(Predicate<CostItem> which) {
    Money sum = Money.ZERO;
    for (CostItem i : items()) {
      if (which.test(i)) {
        sum = sum.add(i.total());
      }
    }
    return sum;
  }

  /** The sum of the items funded from the grant. */
  public Money grantFunded() {
    return total(FundingSource.GRANT);
  }

  /** The sum of the items funded from any own contribution (every source but the grant). */
  public Money ownContribution() {
    return total().subtract(grantFunded());
  }

  /** The total of the item at {@code index}. */
  public Money itemTotal(int index) {
    return items().get(index).total();
  }
}
