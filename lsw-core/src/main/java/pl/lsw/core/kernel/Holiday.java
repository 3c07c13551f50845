package pl.lsw.core.kernel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One public holiday on a concrete date, e.g. 3 May 2026, Constitution Day.
 *
 * <p>Polish: <i>święto</i> (dzień ustawowo wolny od pracy).
 *
 * @param date the date of the holiday
 * @param polishName the statutory Polish name, e.g. {@code "Święto Narodowe Trzeciego Maja"}
 * @param englishName the English name, e.g. {@code "Constitution Day"}
 */
public record Holiday(LocalDate date, String polishName, String englishName) {

  /** Validates that no component is null. */
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(polishName, "polishName");
    Objects.requireNonNull(englishName, "englishName");
  }
}
