package pl.lsw.interchange.smallgrant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.GrantingBodyKind;
import pl.lsw.core.kernel.TerytCode;

/**
 * The CSV format of a register of small grants: its columns, the planned-budget line and how a
 * TERYT code names the granting body. The format is documented in the {@linkplain
 * pl.lsw.interchange.smallgrant package documentation}.
 *
 * <p>Polish: <i>format CSV rejestru małych grantów</i>.
 */
public final class SmallGrantRegisterFormat {

  /** The 17 columns of the header, in order. */
  public static final List<String> COLUMNS = List.of(
      "grant_id", "body_teryt", "org_nip", "org_name", "task_title", "amount", "task_start", "task_end",
      "offer_received", "bip_from", "bip_until", "board_from", "board_until", "website_from", "website_until",
      "local", "contract_date");

  /** The first field of a planned-budget line: {@code #planned-budget;TERYT;YEAR;AMOUNT}. */
  public static final String PLANNED_BUDGET = "#planned-budget";

  /** The TERYT code of the capital city of Warsaw (the local government of its districts). */
  public static final String WARSAW = "1465011";

  /** The prefix of the codes of the reader's own problems. */
  static final String CODE_PREFIX = "CSV_";

  private static final Map<String, String> WARSAW_DISTRICTS = districts();

  private SmallGrantRegisterFormat() {}

  /** The Warsaw districts (unit type 8) by TERYT code, with their names. */
  public static Map<String, String> warsawDistricts() {
    return WARSAW_DISTRICTS;
  }

  private static Map<String, String> districts() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("1465028", "Bemowo");
    m.put("1465038", "Białołęka");
    m.put("1465048", "Bielany");
    m.put("1465058", "Mokotów");
    m.put("1465068", "Ochota");
    m.put("1465078", "Praga-Południe");
    m.put("1465088", "Praga-Północ");
    m.put("1465098", "Rembertów");
    m.put("1465108", "Śródmieście");
    m.put("1465118", "Targówek");
    m.put("1465128", "Ursus");
    m.put("1465138", "Ursynów");
    m.put("1465148", "Wawer");
    m.put("1465158", "Wesoła");
    m.put("1465168", "Wilanów");
    m.put("1465178", "Włochy");
    m.put("1465188", "Wola");
    m.put("1465198", "Żoliborz");
    return Collections.unmodifiableMap(m);
  }

  /**
   * The granting body of a TERYT area as the register names it: a Warsaw district's board
   * (<i>Zarząd Dzielnicy Praga-Północ</i>), the President of Warsaw for the city, otherwise
   * <i>Organ</i> and the code.
   *
   * @param area the body's area
   * @return the body
   */
  public static GrantingBody bodyOf(TerytCode area) {
    String district = warsawDistricts().get(area.value());
    if (district != null) {
      return GrantingBody.builder().name("Zarząd Dzielnicy " + district).area(area)
          .kind(GrantingBodyKind.DISTRICT_BOARD).build();
    }
    if (area.value().equals(WARSAW)) {
      return GrantingBody.builder().name("Prezydent m.st. Warszawy").area(area)
          .kind(GrantingBodyKind.CITY_PRESIDENT).build();
    }
    return GrantingBody.builder().name("Organ " + area.value()).area(area).kind(GrantingBodyKind.OTHER).build();
  }

  /**
   * The name of a local government unit the format knows: {@code m.st. Warszawa} for {@value
   * #WARSAW}.
   *
   * @param localGovernment the unit's TERYT code
   * @return the name, when known
   */
  public static Optional<String> localGovernmentName(TerytCode localGovernment) {
    return localGovernment.value().equals(WARSAW) ? Optional.of("m.st. Warszawa") : Optional.empty();
  }
}
