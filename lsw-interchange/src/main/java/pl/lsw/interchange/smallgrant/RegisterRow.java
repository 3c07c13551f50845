package pl.lsw.interchange.smallgrant;

import java.util.Objects;
import pl.lsw.core.financing.smallgrant.SmallGrantEntry;

/**
 * A row of a register file that was read: its line number and the entry it gives.
 *
 * <p>Polish: <i>odczytany wiersz rejestru małych grantów</i>.
 *
 * @param line the line number in the file, counted from 1 (comments and empty lines included)
 * @param entry the entry
 */
public record RegisterRow(int line, SmallGrantEntry entry) {

  /** Refuses a null entry. */
  public RegisterRow {
    Objects.requireNonNull(entry, "entry");
  }
}
