package pl.lsw.core.kernel;

import io.vavr.collection.Seq;
import java.util.Optional;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The identifier of a unit of Poland's territorial division in the TERC part of the TERYT
 * register: a voivodeship, a county or a commune-level unit.
 *
 * <p>Polish: <i>kod TERYT (TERC) — kod jednostki podziału terytorialnego kraju</i>.
 *
 * <p>Three forms are accepted:
 *
 * <ul>
 *   <li>2 digits, a voivodeship (<i>województwo</i>), e.g. {@code 14} (mazowieckie): an even number
 *       from 02 to 32;
 *   <li>4 digits, a county (<i>powiat</i>), e.g. {@code 1465}: the voivodeship and a county number
 *       01–99, where 01–60 are counties and 61–99 cities with county rights (<i>miasta na prawach
 *       powiatu</i>), see {@link #isCityWithCountyRights()};
 *   <li>7 digits, a commune-level unit, e.g. {@code 3201033}: the voivodeship, the county, a commune
 *       number 01–99 and one digit of {@link TerytUnitType}: 1 urban, 2 rural, 3 urban-rural
 *       commune, 4 the town and 5 the rural area of an urban-rural commune, 8 a district of Warsaw,
 *       9 a delegation of Kraków, Łódź, Poznań or Wrocław.
 * </ul>
 *
 * <p>Because districts and delegations exist only in those cities, a type-8 unit is valid only
 * under the county code {@code 1465} (Warsaw), and a type-9 unit only under {@code 1261}
 * (Kraków), {@code 1061} (Łódź), {@code 3064} (Poznań) or {@code 0264} (Wrocław). White space
 * around the code is ignored; inside it, it is not.
 *
 * <p>Problems reported by {@link #parse(CharSequence)}, all that apply:
 *
 * <ul>
 *   <li>{@code TERYT_EMPTY} — nothing given (null or blank);
 *   <li>{@code TERYT_CHARACTERS} — characters other than digits;
 *   <li>{@code TERYT_LENGTH} — a number of digits other than 2, 4 or 7;
 *   <li>{@code TERYT_VOIVODESHIP} — the voivodeship is not an even number 02–32;
 *   <li>{@code TERYT_COUNTY} — the county is 00;
 *   <li>{@code TERYT_COMMUNE} — the commune is 00;
 *   <li>{@code TERYT_TYPE} — the type digit is 0, 6 or 7, or a district (8) outside Warsaw, or a
 *       delegation (9) outside the four cities.
 * </ul>
 *
 * <p>The parts are examined only when characters and length are right. A code that passes these
 * rules is well formed; whether the unit exists today is a question for the register itself.
 *
 * <p>Navigation: every unit has a {@link #voivodeship()}; {@link #county()} and {@link #commune()}
 * give the unit of that level that contains the unit <em>or is the unit itself</em>, so a county's
 * {@code county()} and an urban commune's {@code commune()} are the code itself. The commune of a
 * town or rural area (type 4 or 5) is the urban-rural commune (type 3) with the same first 6
 * digits; the commune of a Warsaw district or of a delegation (type 8 or 9) is the city's urban
 * commune, the county code followed by {@code 011} (e.g. {@code 1465088} → {@code 1465011}).
 *
 * <p>Instances are immutable and thread-safe; two codes are equal when their digits are equal.
 */
public final class TerytCode {

  /** Problem code: nothing was given. */
  public static final String EMPTY = "TERYT_EMPTY";
  /** Problem code: characters other than digits. */
  public static final String CHARACTERS = "TERYT_CHARACTERS";
  /** Problem code: neither 2, 4 nor 7 digits. */
  public static final String LENGTH = "TERYT_LENGTH";
  /** Problem code: the voivodeship is not an even number 02–32. */
  public static final String VOIVODESHIP = "TERYT_VOIVODESHIP";
  /** Problem code: the county number is 00. */
  public static final String COUNTY = "TERYT_COUNTY";
  /** Problem code: the commune number is 00. */
  public static final String COMMUNE = "TERYT_COMMUNE";
  /** Problem code: the type digit is unknown or not allowed in that county. */
  public static final String TYPE = "TERYT_TYPE";

  /** The county code of the capital city of Warsaw, the only county with districts (type 8). */
  public static final String WARSAW_COUNTY = "1465";

  /**
   * The county codes of the cities with delegations (type 9): Kraków {@code 1261}, Łódź
   * {@code 1061}, Poznań {@code 3064} and Wrocław {@code 0264}.
   */
  public static final Set<String> DELEGATION_CITY_COUNTIES = Set.of("1261", "1061", "3064", "0264");

  /** The first county number of a city with county rights. */
  private static final int FIRST_CITY_COUNTY = 61;

  private final String value;

  private TerytCode(String value) {
    this.value = value;
  }

  /**
   * Reads a TERYT (TERC) code, collecting every problem of the input.
   *
   * @param text 2, 4 or 7 digits, e.g. {@code "14"}, {@code "1465"} or {@code "1465088"};
   *     {@code null} is reported as {@code TERYT_EMPTY}
   * @return the code, or every problem found (codes {@code TERYT_EMPTY},
   *     {@code TERYT_CHARACTERS}, {@code TERYT_LENGTH}, {@code TERYT_VOIVODESHIP},
   *     {@code TERYT_COUNTY}, {@code TERYT_COMMUNE}, {@code TERYT_TYPE})
   */
  public static Validation<Seq<Problem>, TerytCode> parse(CharSequence text) {
    List<Problem> problems = new ArrayList<>();
    String q = IdentifierText.quote(text);
    if (IdentifierText.isBlank(text)) {
      problems.add(TextChecks.PROBLEMS.problem("", EMPTY, "value", q));
      return IdentifierText.result(problems, () -> null);
    }
    String digits = IdentifierText.strip(text.toString());
    String illegal = IdentifierText.illegalCharacters(digits);
    if (!illegal.isEmpty()) {
      problems.add(TextChecks.PROBLEMS.problem("", CHARACTERS, "value", q, "characters", illegal));
    }
    int count = IdentifierText.countDigits(digits);
    if (count != 2 && count != 4 && count != 7) {
      problems.add(TextChecks.PROBLEMS.problem("", LENGTH, "value", q, "count", count));
    }
    if (problems.isEmpty()) {
      checkParts(digits, q, problems);
    }
    return IdentifierText.result(problems, () -> new TerytCode(digits));
  }

  private static void checkParts(String digits, String q, List<Problem> problems) {
    int voivodeship = Integer.parseInt(digits.substring(0, 2));
    if (voivodeship < 2 || voivodeship > 32 || voivodeship % 2 != 0) {
      problems.add(TextChecks.PROBLEMS.problem("", VOIVODESHIP, "value", q, "voivodeship", digits.substring(0, 2)));
    }
    if (digits.length() >= 4 && digits.startsWith("00", 2)) {
      problems.add(TextChecks.PROBLEMS.problem("", COUNTY, "value", q));
    }
    if (digits.length() == 7) {
      if (digits.startsWith("00", 4)) {
        problems.add(TextChecks.PROBLEMS.problem("", COMMUNE, "value", q));
      }
      char typeDigit = digits.charAt(6);
      Optional<TerytUnitType> type = TerytUnitType.ofDigit(typeDigit - '0');
      String county = digits.substring(0, 4);
      if (type.isEmpty()) {
        problems.add(TextChecks.PROBLEMS.problem("", TYPE, "value", q, "type", String.valueOf(typeDigit)));
      } else if (type.get() == TerytUnitType.WARSAW_DISTRICT && !county.equals(WARSAW_COUNTY)) {
        problems.add(TextChecks.PROBLEMS.keyed("TERYT_TYPE.warsaw", "", TYPE, "value", q, "county", county,
            "warsaw", WARSAW_COUNTY));
      } else if (type.get() == TerytUnitType.DELEGATION
          && !DELEGATION_CITY_COUNTIES.contains(county)) {
        problems.add(TextChecks.PROBLEMS.keyed("TERYT_TYPE.delegation", "", TYPE, "value", q, "county", county));
      }
    }
  }

  /**
   * Reads a TERYT (TERC) code or throws.
   *
   * @param text 2, 4 or 7 digits; see {@link #parse(CharSequence)}
   * @return the code
   * @throws InvalidInputException listing every problem of the input
   */
  public static TerytCode of(CharSequence text) {
    Validation<Seq<Problem>, TerytCode> result = parse(text);
    if (result.isInvalid()) {
      throw new InvalidInputException(result.getError());
    }
    return result.get();
  }

  /** The 2, 4 or 7 digits, e.g. {@code 1465088}. */
  public String value() {
    return value;
  }

  /** The level of the unit, from the number of digits. */
  public TerytLevel level() {
    switch (value.length()) {
      case 2:
        return TerytLevel.VOIVODESHIP;
      case 4:
        return TerytLevel.COUNTY;
      default:
        return TerytLevel.COMMUNE_UNIT;
    }
  }

  /** The 2-digit code of the voivodeship, e.g. {@code 14} for {@code 1465088}. */
  public String voivodeshipCode() {
    return value.substring(0, 2);
  }

  /**
   * The full 4-digit code of the county (voivodeship and county number), e.g. {@code 1465} for
   * {@code 1465088}.
   *
   * @return the county code; none for a voivodeship
   */
  public Optional<String> countyCode() {
    return value.length() >= 4 ? Optional.of(value.substring(0, 4)) : Optional.empty();
  }

  /**
   * The type of a commune-level unit, from its 7th digit.
   *
   * @return the type; none for a voivodeship or a county
   */
  public Optional<TerytUnitType> unitType() {
    return value.length() == 7 ? TerytUnitType.ofDigit(value.charAt(6) - '0') : Optional.empty();
  }

  /**
   * True for a county, or a unit in a county, numbered 61–99: a city with county rights
   * (<i>miasto na prawach powiatu</i>). False for a voivodeship.
   */
  public boolean isCityWithCountyRights() {
    return value.length() >= 4 && Integer.parseInt(value.substring(2, 4)) >= FIRST_CITY_COUNTY;
  }

  /** The voivodeship of the unit; the code itself for a voivodeship. */
  public TerytCode voivodeship() {
    return value.length() == 2 ? this : new TerytCode(voivodeshipCode());
  }

  /**
   * The county of the unit.
   *
   * @return the county; the code itself for a county; none for a voivodeship
   */
  public Optional<TerytCode> county() {
    switch (value.length()) {
      case 2:
        return Optional.empty();
      case 4:
        return Optional.of(this);
      default:
        return Optional.of(new TerytCode(value.substring(0, 4)));
    }
  }

  /**
   * The commune of a commune-level unit.
   *
   * @return for a commune (type 1, 2 or 3) the code itself; for a town or rural area (type 4 or
   *     5) the urban-rural commune with the same first 6 digits and type 3; for a district of
   *     Warsaw or a delegation (type 8 or 9) the city's urban commune, the county code followed by
   *     {@code 011}; none for a voivodeship or a county
   */
  public Optional<TerytCode> commune() {
    if (value.length() != 7) {
      return Optional.empty();
    }
    switch (value.charAt(6)) {
      case '4':
      case '5':
        return Optional.of(new TerytCode(value.substring(0, 6) + "3"));
      case '8':
      case '9':
        return Optional.of(new TerytCode(value.substring(0, 4) + "011"));
      default:
        return Optional.of(this);
    }
  }

  /**
   * Every unit that contains this one, outermost first and nearest last: for {@code 1465088}
   * (a district of Warsaw) {@code [14, 1465, 1465011]}, for {@code 3201034} (the town of Karlino)
   * {@code [32, 3201, 3201033]}, for {@code 3201033} {@code [32, 3201]}, for a voivodeship the
   * empty list. The unit itself is not included.
   *
   * @return an unmodifiable list of the containing units
   */
  public List<TerytCode> parents() {
    List<TerytCode> parents = new ArrayList<>(3);
    if (value.length() > 2) {
      parents.add(voivodeship());
    }
    if (value.length() == 7) {
      parents.add(county().get());
      TerytCode commune = commune().get();
      if (!commune.equals(this)) {
        parents.add(commune);
      }
    }
    return Collections.unmodifiableList(parents);
  }

  /**
   * True when this unit lies within the given area: the area is this unit itself or one of its
   * {@link #parents()}. A commune-level unit is within its county and voivodeship, a town or rural
   * area within its urban-rural commune, a district of Warsaw or a delegation within its city's
   * urban commune.
   *
   * @param area the containing unit to test
   * @return true when this unit equals {@code area} or is contained in it
   */
  public boolean isWithin(TerytCode area) {
    Objects.requireNonNull(area, "area");
    return equals(area) || parents().contains(area);
  }

  /**
   * True when the digits of this code start with the given prefix, to list units by a TERYT
   * prefix: every unit of voivodeship 32 has the prefix {@code "32"}, every unit of the county
   * {@code 3201} the prefix {@code "3201"}. The empty prefix matches every code.
   *
   * @param prefix the digits to look for at the start of {@link #value()}
   * @return true when {@link #value()} starts with {@code prefix}
   */
  public boolean hasPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return value.startsWith(prefix);
  }

  /** Two codes are equal when their digits are equal. */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof TerytCode && value.equals(((TerytCode) other).value));
  }

  /** A hash code consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The digits, as {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }
}
