package pl.lsw.core.financing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.financing.offer.CostItem;
import pl.lsw.core.financing.offer.FundingSource;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;

/** Generators of co-financing data: cost items, budgets, shares and amounts near a share's boundary. */
public final class FinancingGen {

  private static final String[] CATEGORIES = {"wynagrodzenie", "materiały", "wynajem sali", "catering", "transport",
      "księgowość", "praca wolontariuszy"};

  private FinancingGen() {}

  /** Any funding source. */
  public static FundingSource source(Random rnd) {
    FundingSource[] all = FundingSource.values();
    return all[rnd.nextInt(all.length)];
  }

  /**
   * A valid cost item: quantity with 0 to 2 decimals, unit cost a multiple of the grosze that keep
   * the total exact, up to 100 000 zł.
   */
  public static CostItem costItem(Random rnd) {
    int scale = rnd.nextInt(3);
    long unscaled = 1 + rnd.nextInt(rnd.nextBoolean() ? 20 : 50_000);
    BigDecimal quantity = BigDecimal.valueOf(unscaled, scale);
    long step = (long) Math.pow(10, scale);
    long grosze = step * rnd.nextInt(rnd.nextBoolean() ? 1_000 : 1_000_000 / (int) step);
    return CostItem.builder().category(CATEGORIES[rnd.nextInt(CATEGORIES.length)]).unit("szt.")
        .quantity(quantity).unitCost(Money.ofGrosze(grosze)).source(source(rnd)).build();
  }

  /** A budget of 0 to 12 valid items. */
  public static Budget budget(Random rnd) {
    int n = rnd.nextInt(13);
    List<CostItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(costItem(rnd));
    }
    return Budget.of(items);
  }

  /** A budget of 2 to 8 items each of a positive total. */
  public static Budget positiveBudget(Random rnd) {
    int n = 2 + rnd.nextInt(7);
    List<CostItem> items = new ArrayList<>();
    while (items.size() < n) {
      CostItem i = costItem(rnd);
      if (i.total().isPositive()) {
        items.add(i);
      }
    }
    return Budget.of(items);
  }

  /** A share between 0% and 100%, often a whole number, sometimes with up to 2 decimals. */
  public static Percent share(Random rnd) {
    return rnd.nextBoolean() ? Percent.of(rnd.nextInt(101)) : Percent.of(BigDecimal.valueOf(rnd.nextInt(10_001), 2));
  }

  /**
   * An amount near {@code share} of {@code whole}: the exact share rounded down, then moved by -1,
   * 0 or +1 grosz, or anything from zero to {@code whole}; never negative and never above {@code
   * whole}.
   */
  public static Money nearShare(Random rnd, Percent share, Money whole) {
    long floor = BigDecimal.valueOf(whole.grosze()).multiply(share.value())
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).longValueExact();
    long g = switch (rnd.nextInt(4)) {
      case 0 -> floor - 1;
      case 1 -> floor;
      case 2 -> floor + 1;
      default -> whole.grosze() == 0 ? 0 : Math.floorMod(rnd.nextLong(), whole.grosze() + 1);
    };
    return Money.ofGrosze(Math.max(0, Math.min(whole.grosze(), g)));
  }
}
