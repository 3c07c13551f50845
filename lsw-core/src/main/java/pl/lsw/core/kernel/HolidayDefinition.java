package pl.lsw.core.kernel;

import java.util.Optional;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * How to find a public holiday in any year, and from when until when the statute makes it a
 * holiday: a fixed day of the year (3 May), a day counted from Easter Sunday (Corpus Christi is
 * Easter + 60 days) or a one-off date (12 November 2018). A {@link PolishHolidays} calendar is built
 * from a list of such definitions, so a future change of the statute is one more definition, not a
 * change of code.
 *
 * <p>Polish: <i>definicja święta</i> (dnia ustawowo wolnego od pracy).
 */
public final class HolidayDefinition {

  private enum Kind {
    FIXED,
    EASTER,
    ONE_OFF
  }

  private final Kind kind;
  private final MonthDay monthDay;
  private final int easterOffset;
  private final LocalDate date;
  private final String polishName;
  private final String englishName;
  private final LocalDate validFrom;
  private final LocalDate validTo;

  private HolidayDefinition(
      Kind kind,
      MonthDay monthDay,
      int easterOffset,
      LocalDate date,
      String polishName,
      String englishName,
      LocalDate validFrom,
      LocalDate validTo) {
    this.kind = kind;
    this.monthDay = monthDay;
    this.easterOffset = easterOffset;
    this.date = date;
    this.polishName = Objects.requireNonNull(polishName, "polishName");
    this.englishName = Objects.requireNonNull(englishName, "englishName");
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
    this.validTo = validTo;
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "the holiday '" + englishName + "' is valid to " + validTo + ", before " + validFrom);
    }
  }

  /**
   * A holiday on the same day every year, in force from {@code validFrom} on (inclusive, the date
   * the statute took effect) with no end.
   */
  public static HolidayDefinition fixed(
      MonthDay monthDay, String polishName, String englishName, LocalDate validFrom) {
    return fixed(monthDay, polishName, englishName, validFrom, null);
  }

  /**
   * A holiday on the same day every year, in force from {@code validFrom} to {@code validTo}, both
   * inclusive; {@code validTo} may be null for no end.
   */
  public static HolidayDefinition fixed(
      MonthDay monthDay, String polishName, String englishName, LocalDate validFrom, LocalDate validTo) {
    Objects.requireNonNull(monthDay, "monthDay");
    return new HolidayDefinition(Kind.FIXED, monthDay, 0, null, polishName, englishName, validFrom, validTo);
  }

  /**
   * A holiday {@code daysAfterEaster} days after Easter Sunday (0 for Easter Sunday itself, 1 for
   * Easter Monday, 49 for Pentecost, 60 for Corpus Christi), in force from {@code validFrom} on.
   */
  public static HolidayDefinition easterBased(
      int daysAfterEaster, String polishName, String englishName, LocalDate validFrom) {
    return easterBased(daysAfterEaster, polishName, englishName, validFrom, null);
  }

  /**
   * A holiday {@code daysAfterEaster} days after Easter Sunday, in force from {@code validFrom} to
   * {@code validTo}, both inclusive; {@code validTo} may be null for no end.
   */
  public static HolidayDefinition easterBased(
      int daysAfterEaster, String polishName, String englishName, LocalDate validFrom, LocalDate validTo) {
    return new HolidayDefinition(
        Kind.EASTER, null, daysAfterEaster, null, polishName, englishName, validFrom, validTo);
  }

  /** A holiday on one date only, e.g. 12 November 2018, or an extra day off decided later. */
  public static HolidayDefinition oneOff(LocalDate date, String polishName, String englishName) {
    Objects.requireNonNull(date, "date");
    return new HolidayDefinition(Kind.ONE_OFF, null, 0, date, polishName, englishName, date, date);
  }

  /** The date of this holiday in {@code year}, or none when it is not in force on that date. */
  public Optional<LocalDate> dateIn(int year) {
    LocalDate candidate;
    switch (kind) {
      case FIXED:
        if (!monthDay.isValidYear(year)) {
          return Optional.empty();
        }
        candidate = monthDay.atYear(year);
        break;
      case EASTER:
        candidate = PolishHolidays.easterSunday(year).plusDays(easterOffset);
        break;
      default:
        candidate = date;
    }
    if (candidate.getYear() != year || candidate.isBefore(validFrom) || validTo != null && candidate.isAfter(validTo)) {
      return Optional.empty();
    }
    return Optional.of(candidate);
  }

  /** The holiday in {@code year}, or none when it is not in force that year. */
  public Optional<Holiday> holidayIn(int year) {
    return dateIn(year).map(d -> new Holiday(d, polishName, englishName));
  }

  /** The Polish name. */
  public String polishName() {
    return polishName;
  }

  /** The English name. */
  public String englishName() {
    return englishName;
  }

  /** The first day on which the definition is in force. */
  public LocalDate validFrom() {
    return validFrom;
  }

  /** The last day on which the definition is in force, or none when it has no end. */
  public Optional<LocalDate> validTo() {
    return Optional.ofNullable(validTo);
  }

  /** Equal when the rule, both names and the validity are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HolidayDefinition)) {
      return false;
    }
    HolidayDefinition other = (HolidayDefinition) o;
    return kind == other.kind
        && Objects.equals(monthDay, other.monthDay)
        && easterOffset == other.easterOffset
        && Objects.equals(date, other.date)
        && polishName.equals(other.polishName)
        && englishName.equals(other.englishName)
        && validFrom.equals(other.validFrom)
        && Objects.equals(validTo, other.validTo);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(kind, monthDay, easterOffset, date, polishName, englishName, validFrom, validTo);
  }

  /** A short description, e.g. {@code Constitution Day (--05-03, from 1951-01-01)}. */
  @Override
  public String toString() {
    String rule =
        kind == Kind.FIXED ? monthDay.toString() : kind == Kind.EASTER ? "Easter+" + easterOffset : date.toString();
    return englishName + " (" + rule + ", from " + validFrom + (validTo == null ? "" : " to " + validTo) + ")";
  }
}
