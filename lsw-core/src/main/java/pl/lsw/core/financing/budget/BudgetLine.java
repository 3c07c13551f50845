package pl.lsw.core.financing.budget;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;

/**
 * One line of a budget: what is paid for, in which unit, how many units at what unit cost, and
 * the exact total (quantity × unit cost). A quantity may have a fraction (e.g. 0,5 of a post), but
 * the total must come out in whole grosze: the line is refused rather than rounded.
 *
 * <p>Polish: <i>pozycja kosztorysu</i> (nazwa, jednostka miary, liczba jednostek, koszt jednostkowy,
 * koszt całkowity).
 */
public final class BudgetLine {

  private final String name;
  private final String unit;
  private final BigDecimal quantity;
  private final Money unitCost;
  private final Money total;

  private BudgetLine(String name, String unit, BigDecimal quantity, Money unitCost, Money total) {
    this.name = name;
    this.unit = unit;
    this.quantity = quantity;
    this.unitCost = unitCost;
    this.total = total;
  }

  /**
   * A line, or every problem: a blank name or unit, a quantity not above zero, a negative unit
   * cost, or a total that is not a whole number of grosze.
   */
  public static Validation<Seq<Problem>, BudgetLine> validate(String name, String unit, BigDecimal quantity,
      Money unitCost) {
    List<Problem> problems = List.empty();
    if (name == null || name.isBlank()) {
      problems = problems.append(Problem.of("BUDGET_LINE_NAME", "a budget line needs a name"));
    }
    if (unit == null || unit.isBlank()) {
      problems = problems.append(Problem.of("BUDGET_LINE_UNIT", "the budget line '" + name + "' needs a unit"));
    }
    if (quantity == null || quantity.signum() <= 0) {
      problems = problems.append(Problem.of("BUDGET_LINE_QUANTITY",
          "the quantity of '" + name + "' must be above zero, was " + quantity));
    }
    if (unitCost == null || unitCost.isNegative()) {
      problems = problems.append(Problem.of("BUDGET_LINE_UNIT_COST",
          "the unit cost of '" + name + "' must not be negative, was " + unitCost));
    }
    Money total = null;
    if (problems.isEmpty()) {
      BigDecimal grosze = quantity.multiply(BigDecimal.valueOf(unitCost.grosze()));
      try {
        total = Money.ofGrosze(grosze.setScale(0).longValueExact());
      } catch (ArithmeticException e) {
        problems = problems.append(Problem.of("BUDGET_LINE_TOTAL_INEXACT", "the total of '" + name + "' ("
            + quantity.toPlainString() + " × " + unitCost + ") is not a whole number of grosze"));
      }
    }
    return problems.isEmpty()
        ? Validation.valid(new BudgetLine(name.trim(), unit.trim(), quantity, unitCost, total))
        : Validation.invalid(problems);
  }

  /**
   * A line, see {@link #validate}.
   *
   * @throws InvalidInputException listing every problem
   */
  public static BudgetLine of(String name, String unit, BigDecimal quantity, Money unitCost) {
    Validation<Seq<Problem>, BudgetLine> v = validate(name, unit, quantity, unitCost);
    if (v.isInvalid()) {
      throw new InvalidInputException(v.getError());
    }
    return v.get();
  }

  /** A line with a whole number of units. */
  public static BudgetLine of(String name, String unit, long quantity, Money unitCost) {
    return of(name, unit, BigDecimal.valueOf(quantity), unitCost);
  }

  /** A lump sum: one unit {@code "ryczałt"} of {@code amount}. */
  public static BudgetLine lumpSum(String name, Money amount) {
    return of(name, "ryczałt", BigDecimal.ONE, amount);
  }

  /** What is paid for. */
  public String name() {
    return name;
  }

  /** The unit, e.g. {@code miesiąc}. */
  public String unit() {
    return unit;
  }

  /** The number of units. */
  public BigDecimal quantity() {
    return quantity;
  }

  /** The cost of one unit. */
  public Money unitCost() {
    return unitCost;
  }

  /** Quantity × unit cost, exact. */
  public Money total() {
    return total;
  }

  /** Equal when every field is equal (quantities compared by value: 21 equals 21,0). */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BudgetLine)) {
      return false;
    }
    BudgetLine l = (BudgetLine) o;
    return name.equals(l.name) && unit.equals(l.unit) && quantity.compareTo(l.quantity) == 0
        && unitCost.equals(l.unitCost);
  }

  /** Consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return Objects.hash(name, unit, quantity.stripTrailingZeros(), unitCost);
  }

  /** E.g. {@code specjalista: 21 miesiąc × 6 500,00 zł = 136 500,00 zł}. */
  @Override
  public String toString() {
    return name + ": " + quantity.toPlainString() + " " + unit + " × " + unitCost + " = " + total;
  }
}
