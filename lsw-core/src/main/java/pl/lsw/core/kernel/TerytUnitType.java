package pl.lsw.core.kernel;

import java.util.Optional;

/**
 * The type of a commune-level unit, the 7th digit of a 7-digit {@link TerytCode}.
 *
 * <p>Polish: <i>rodzaj jednostki</i> (rodzaj gminy lub jej części) in the TERC part of the TERYT
 * register.
 */
public enum TerytUnitType {

  /** 1 — an urban commune. Polish: <i>gmina miejska</i>. */
  URBAN_COMMUNE(1, "gmina miejska", "urban commune"),

  /** 2 — a rural commune. Polish: <i>gmina wiejska</i>. */
  RURAL_COMMUNE(2, "gmina wiejska", "rural commune"),

  /** 3 — an urban-rural commune. Polish: <i>gmina miejsko-wiejska</i>. */
  URBAN_RURAL_COMMUNE(3, "gmina miejsko-wiejska", "urban-rural commune"),

  /** 4 — the town of an urban-rural commune. Polish: <i>miasto w gminie miejsko-wiejskiej</i>. */
  TOWN_IN_URBAN_RURAL_COMMUNE(4, "miasto w gminie miejsko-wiejskiej",
      "town in an urban-rural commune"),

  /**
   * 5 — the rural area of an urban-rural commune. Polish: <i>obszar wiejski w gminie
   * miejsko-wiejskiej</i>.
   */
  RURAL_AREA_OF_URBAN_RURAL_COMMUNE(5, "obszar wiejski w gminie miejsko-wiejskiej",
      "rural area of an urban-rural commune"),

  /** 8 — a district of the capital city of Warsaw. Polish: <i>dzielnica m.st. Warszawy</i>. */
  WARSAW_DISTRICT(8, "dzielnica m.st. Warszawy", "district of Warsaw"),

  /**
   * 9 — a delegation of the city office of Kraków, Łódź, Poznań or Wrocław. Polish:
   * <i>delegatura</i>.
   */
  DELEGATION(9, "delegatura", "delegation of a city office");

  private final int digit;
  private final String polishName;
  private final String englishName;

  TerytUnitType(int digit, String polishName, String englishName) {
    this.digit = digit;
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** The digit of the type in a TERYT code, e.g. 3 for an urban-rural commune. */
  public int digit() {
    return digit;
  }

  /** The Polish name, e.g. {@code gmina miejsko-wiejska}. */
  public String polishName() {
    return polishName;
  }

  /** The English name, e.g. {@code urban-rural commune}. */
  public String englishName() {
    return englishName;
  }

  /**
   * True for the types that are whole communes (1, 2 and 3); false for parts of a commune or of a
   * city (4, 5, 8 and 9).
   */
  public boolean isCommune() {
    return digit <= 3;
  }

  /**
   * The type with the given digit.
   *
   * @param digit the 7th digit of a TERYT code
   * @return the type, or none for a digit that is not a type (0, 6, 7 and anything outside 0–9)
   */
  public static Optional<TerytUnitType> ofDigit(int digit) {
    for (TerytUnitType type : values()) {
      if (type.digit == digit) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
