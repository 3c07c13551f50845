package pl.lsw.core.financing.offer;

import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Localized;
import pl.lsw.core.financing.FinancingChecks;
import pl.lsw.core.kernel.Label;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;

/**
 * One line of a task's cost calculation: a category, a unit, a quantity, a unit cost and where the
 * money comes from. Its {@link #total()} is the quantity times the unit cost, exact to the grosz.
 *
 * <p>Rules, all checked at once ({@link pl.lsw.core.kernel.InvalidInputException} from {@code
 * build()}): category and unit are not blank ({@code CATEGORY_EMPTY}, {@code UNIT_EMPTY}); the
 * quantity is positive ({@code QUANTITY_NOT_POSITIVE}); the unit cost is not negative ({@code
 * UNIT_COST_NEGATIVE}); quantity times unit cost is a whole number of grosze ({@code
 * TOTAL_NOT_EXACT}, e.g. 0,333 of 1,00 zł).
 *
 * <p>Polish: <i>pozycja kosztorysu (kalkulacji przewidywanych kosztów)</i>.
 */
@Value.Immutable
abstract class AbstractCostItem {

  /** The category, e.g. {@code "wynagrodzenie specjalisty"}. */
  public abstract String category();

  /** The unit, e.g. {@code "miesiąc"}. */
  public abstract String unit();

  /** How many units, positive; may have a fraction (e.g. 0.5 of a post). */
  public abstract BigDecimal quantity();

  /** The cost of one unit. */
  public abstract Money unitCost();

  /** Where the money comes from. */
  public abstract FundingSource source();

  /** Quantity times unit cost, exact (checked to be a whole number of grosze). */
  public Money total() {
    return Money.ofGrosze(BigDecimal.valueOf(unitCost().grosze()).multiply(quantity())
        .stripTrailingZeros().longValueExact());
  }

  /** Checks the item; see the class documentation. */
  @Value.Check
  protected void check() {
    FinancingChecks.throwIfAny(problems(category(), unit(), quantity(), unitCost()));
  }

  /**
   * A lump sum: one unit ({@code ryczałt}) of {@code amount}.
   *
   * @param category the category
   * @param amount the amount
   * @param source where the money comes from
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem with the input
   */
  public static CostItem lumpSum(String category, Money amount, FundingSource source) {
    return CostItem.builder().category(category).unit("ryczałt").quantity(BigDecimal.ONE)
        .unitCost(amount).source(source).build();
  }

  /**
   * A cost item, or every problem with the input.
   *
   * @param category the category
   * @param unit the unit
   * @param quantity the number of units
   * @param unitCost the cost of one unit
   * @param source where the money comes from
   */
  public static Validation<Seq<Problem>, CostItem> validate(String category, String unit, BigDecimal quantity,
      Money unitCost, FundingSource source) {
    List<Problem> problems = problems(category, unit, quantity, unitCost);
    if (source == null) {
      problems.add(OfferProblems.PROBLEMS.problem("source", "SOURCE_EMPTY"));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return Validation.valid(CostItem.builder().category(category).unit(unit).quantity(quantity)
        .unitCost(unitCost).source(source).build());
  }

  private static List<Problem> problems(String category, String unit, BigDecimal quantity, Money unitCost) {
    List<Problem> problems = new ArrayList<>();
    FinancingChecks.requireText(problems, "category", "CATEGORY", Label.of("Kategoria kosztu", "The cost category"), category);
    FinancingChecks.requireText(problems, "unit", "UNIT", Label.of("Jednostka miary", "The unit"), unit);
    if (quantity == null || quantity.signum() <= 0) {
      problems.add(OfferProblems.PROBLEMS.problem("quantity", "QUANTITY_NOT_POSITIVE",
          "quantity", quantity == null ? null : number(quantity)));
    }
    if (unitCost == null) {
      problems.add(OfferProblems.PROBLEMS.problem("unitCost", "UNIT_COST_EMPTY"));
    } else {
      FinancingChecks.requireNonNegative(problems, "unitCost", "UNIT_COST", Label.of("Koszt jednostkowy", "The unit cost"), unitCost);
    }
    if (quantity != null && quantity.signum() > 0 && unitCost != null) {
      BigDecimal grosze = BigDecimal.valueOf(unitCost.grosze()).multiply(quantity);
      if (grosze.stripTrailingZeros().scale() > 0) {
        problems.add(OfferProblems.PROBLEMS.problem("quantity", "TOTAL_NOT_EXACT",
            "quantity", number(quantity), "unitCost", unitCost));
      }
    }
    return problems;
  }

  /** A number for people: a decimal comma in Polish, a point in English. */
  private static Localized number(BigDecimal value) {
    String plain = value.toPlainString();
    return locale -> Messages.isPolish(locale) ? plain.replace('.', ',') : plain;
  }
}
