package pl.lsw.interchange.smallgrant;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.smallgrant.SmallGrantEntry;
import pl.lsw.core.kernel.Problem;

/**
 * Everything read from a register file ({@link SmallGrantRegisterReader}): each row read, each
 * malformed line with every reason, the planned budgets, and the problems of the file as a whole
 * (an empty file, no header, a wrong header). Every non-empty, non-comment line of the file is
 * either in {@link #rows()} or in {@link #malformedRows()} (or a planned-budget line), unless a
 * file problem says that the lines after a wrong header were not read.
 *
 * <p>Immutable. Polish: <i>odczytany rejestr małych grantów</i>.
 *
 * @param rows the rows read, in file order
 * @param malformedRows the lines that could not be read, in file order
 * @param plannedBudgets the planned budgets of the {@code #planned-budget} lines (a later line of
 *     the same area and year wins)
 * @param fileProblems problems of the file as a whole; empty for a readable file
 * @param dataRowCount how many data lines the file has after the header (read or malformed)
 * @param charset the character set the file was decoded with (UTF-8 or windows-1250)
 * @param separator the field separator found in the header ({@code ;} or {@code ,})
 */
public record SmallGrantRegister(List<RegisterRow> rows, List<MalformedRow> malformedRows,
    List<PlannedGrantBudget> plannedBudgets, List<Problem> fileProblems, int dataRowCount, Charset charset,
    char separator) {

  /** Copies the lists. */
  public SmallGrantRegister {
    rows = List.copyOf(rows);
    malformedRows = List.copyOf(malformedRows);
    plannedBudgets = List.copyOf(plannedBudgets);
    fileProblems = List.copyOf(fileProblems);
    Objects.requireNonNull(charset, "charset");
  }

  /** The entries of the rows read, in file order. */
  public List<SmallGrantEntry> entries() {
    return rows.stream().map(RegisterRow::entry).toList();
  }

  /** Whether every line was read: no malformed row and no file problem. */
  public boolean isFullyRead() {
    return malformedRows.isEmpty() && fileProblems.isEmpty();
  }
}
