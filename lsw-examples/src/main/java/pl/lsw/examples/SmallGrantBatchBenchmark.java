package pl.lsw.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import pl.lsw.core.StandardRules;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.smallgrant.SmallGrantEntry;
import pl.lsw.core.financing.smallgrant.SmallGrantRegisterReport;
import pl.lsw.interchange.smallgrant.SmallGrantRegister;
import pl.lsw.interchange.smallgrant.SmallGrantRegisterReader;
import pl.lsw.core.financing.smallgrant.SmallGrantChecker;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.RuleEnvironment;

/**
 * How long checking a whole year of a body's small grants at once takes: every rule of every
 * grant, with the yearly cap and the budget share accumulated in one pass. The grants come from
 * the same generator as the CSV example (Warsaw districts, a realistic mix of amounts, durations
 * and organisations), read through the CSV reader once in the set-up.
 *
 * <pre>
 * ./mvnw -B -ntp -q package -DskipTests
 * java -cp lsw-examples/target/lsw-examples.jar org.openjdk.jmh.Main SmallGrantBatchBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SmallGrantBatchBenchmark {

  /** How many grant rows the generated register has. */
  @Param({"3000", "30000"})
  public int rows;

  private List<SmallGrantEntry> grants;
  private List<PlannedGrantBudget> budgets;
  private SmallGrantChecker checker;
  private final LocalDate asOf = LocalDate.of(2026, 12, 31);

  /** Generates and reads the register once. */
  @Setup
  public void generate() {
    SmallGrantRegister register = SmallGrantRegisterReader.asOf(asOf).read(
        (String.join("\n", SmallGrantCsvGenerator.generate(rows, 2026L, 2026).lines()) + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    grants = register.entries();
    budgets = register.plannedBudgets();
    checker = new SmallGrantChecker(RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish()));
  }

  /** Checks the whole year: a report per grant and totals per organisation and body. */
  @Benchmark
  public SmallGrantRegisterReport checkAYearAtOnce() {
    return checker.checkRegister(grants, budgets, List.of(), asOf);
  }
}
