package pl.lsw.core.financing.budget;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import pl.lsw.core.kernel.Money;

/**
 * A budget: a named list of {@link BudgetLine}s and their exact total.
 *
 * <p>Polish: <i>budżet (kosztorys)</i>.
 */
public final class Budget {

  private final String name;
  private final List<BudgetLine> lines;

  private Budget(String name, List<BudgetLine> lines) {
    this.name = name;
    this.lines = lines;
  }

  /**
   * A budget of these lines, in order.
   *
   * @throws IllegalArgumentException when the name is blank
   */
  public static Budget of(String name, List<BudgetLine> lines) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a budget needs a name");
    }
    return new Budget(name.trim(), List.copyOf(lines));
  }

  /** A budget of these lines, in order. */
  public static Budget of(String name, BudgetLine... lines) {
    return of(name, List.of(lines));
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The lines, in order. */
  public List<BudgetLine> lines() {
    return lines;
  }

  /** The sum of every line's total. */
  public Money total() {
    return Money.sum(lines.stream().map(BudgetLine::total).toList());
  }

  /** The sum of the totals of the lines that match, e.g. those of one post. */
  public Money totalOf(Predicate<BudgetLine> which) {
    return Money.sum(lines.stream().filter(which).map(BudgetLine::total).toList());
  }

  /** This budget with one more line at the end. */
  public Budget with(BudgetLine line) {
    Objects.requireNonNull(line, "line");
    java.util.List<BudgetLine> copy = new java.util.ArrayList<>(lines);
    copy.add(line);
    return new Budget(name, List.copyOf(copy));
  }

  /** Equal when the names and lines are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Budget && ((Budget) o).name.equals(name) && ((Budget) o).lines.equals(lines);
  }

  /** Consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return Objects.hash(name, lines);
  }

  /** The name and total. */
  @Override
  public String toString() {
    return name + " = " + total();
  }
}
