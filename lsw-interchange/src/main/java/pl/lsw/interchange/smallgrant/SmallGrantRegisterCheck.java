package pl.lsw.interchange.smallgrant;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.financing.smallgrant.SmallGrant;
import pl.lsw.core.financing.smallgrant.SmallGrantChecker;

/**
 * Checks a register of small grants in CSV in one call: reads it ({@link
 * SmallGrantRegisterReader}) and checks every row read against every small-grant rule ({@link
 * SmallGrantChecker#checkRegister}), with the file's planned budgets and, optionally, grants
 * already stored.
 *
 * <pre>{@code
 * SmallGrantRegisterCheckResult result = SmallGrantRegisterCheck.of(SmallGrantChecker.statutory())
 *     .check(Path.of("rejestr.csv"), LocalDate.of(2026, 12, 31));
 * System.out.println(SmallGrantRegisterReportWriter.text(result, Messages.POLISH, false));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Polish: <i>sprawdzenie rejestru małych grantów</i>.
 */
public final class SmallGrantRegisterCheck {

  private final SmallGrantChecker checker;
  private final List<SmallGrant> stored;

  private SmallGrantRegisterCheck(SmallGrantChecker checker, List<SmallGrant> stored) {
    this.checker = Objects.requireNonNull(checker, "checker");
    this.stored = List.copyOf(stored);
  }

  /**
   * A check with the parameters and calendar of {@code checker} (e.g. {@code
   * lsw.smallGrantChecker()} or {@link SmallGrantChecker#statutory()}).
   *
   * @param checker the checker
   * @return the check
   */
  public static SmallGrantRegisterCheck of(SmallGrantChecker checker) {
    return new SmallGrantRegisterCheck(checker, List.of());
  }

  /**
   * This check, counting also grants already stored (not themselves rows of the register) towards
   * the yearly cap and the budget share.
   *
   * @param grants the stored grants, e.g. from a {@code SmallGrantRepository}
   * @return the check
   */
  public SmallGrantRegisterCheck withStoredGrants(Iterable<SmallGrant> grants) {
    List<SmallGrant> all = new ArrayList<>(stored);
    grants.forEach(all::add);
    return new SmallGrantRegisterCheck(checker, all);
  }

  /**
   * Reads and checks a file.
   *
   * @param file the register file
   * @param asOf the day of the check
   * @return the malformed rows and the report
   * @throws UnreadableRegisterException when the file is missing, is a directory or cannot be read
   */
  public SmallGrantRegisterCheckResult check(Path file, LocalDate asOf) {
    return check(SmallGrantRegisterReader.asOf(asOf).read(file), asOf);
  }

  /**
   * Reads and checks the bytes of a register.
   *
   * @param bytes the file's bytes
   * @param asOf the day of the check
   * @return the malformed rows and the report
   */
  public SmallGrantRegisterCheckResult check(byte[] bytes, LocalDate asOf) {
    return check(SmallGrantRegisterReader.asOf(asOf).read(bytes), asOf);
  }

  /**
   * Checks a register already read.
   *
   * @param register what was read
   * @param asOf the day of the check
   * @return the malformed rows and the report
   */
  public SmallGrantRegisterCheckResult check(SmallGrantRegister register, LocalDate asOf) {
    return new SmallGrantRegisterCheckResult(register,
        checker.checkRegister(register.entries(), register.plannedBudgets(), stored, asOf), asOf);
  }
}
