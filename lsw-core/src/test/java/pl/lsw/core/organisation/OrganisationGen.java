package pl.lsw.core.organisation;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import pl.lsw.core.kernel.KrsNumber;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Regon;
import pl.lsw.core.kernel.TerytCode;

/**
 * Test data of the organisation registry: valid identifiers made from a number (so each test
 * can have as many distinct ones as it needs) and ready-made organisations. Shipped in the core's
 * test-jar with the repository contract.
 */
public final class OrganisationGen {

  private static final int[] NIP_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
  private static final int[] REGON_WEIGHTS = {8, 9, 2, 3, 4, 5, 6, 7};

  private OrganisationGen() {}

  /** A valid NIP derived from {@code n}: different numbers give different NIPs (n below 10^8). */
  public static Nip nip(long n) {
    for (int last = 0; last < 10; last++) {
      String nine = String.format("%08d%d", n % 100_000_000L, last);
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += NIP_WEIGHTS[i] * (nine.charAt(i) - '0');
      }
      int check = sum % 11;
      if (check != 10) {
        return Nip.of(nine + check);
      }
    }
    throw new IllegalStateException("no valid NIP for " + n);
  }

  /** A valid 9-digit REGON derived from {@code n}: different numbers give different REGONs. */
  public static Regon regon(long n) {
    String eight = String.format("%08d", n % 100_000_000L);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += REGON_WEIGHTS[i] * (eight.charAt(i) - '0');
    }
    return Regon.of(eight + (sum % 11) % 10);
  }

  /** A valid KRS number derived from {@code n} (n from 1). */
  public static KrsNumber krs(long n) {
    return KrsNumber.of(String.format("%010d", n));
  }

  /** A random id drawn from {@code rnd}. */
  public static OrganisationId id(Random rnd) {
    return OrganisationId.of(new UUID(rnd.nextLong(), rnd.nextLong()));
  }

  /** The seat in the town of Karlino (TERYT 3201034). */
  public static Seat karlino() {
    return Seat.of(TerytCode.of("3201034"), "ul. Szczecińska 2, 78-230 Karlino");
  }

  /** A seat in a district of Warsaw (Praga-Północ, TERYT 1465088). */
  public static Seat pragaPolnoc() {
    return Seat.of(TerytCode.of("1465088"), "ul. Ząbkowska 1, 03-736 Warszawa");
  }

  /**
   * A foundation with every attribute set: two fields, NIP, REGON and KRS derived from {@code n},
   * a seat in Karlino and two contact people (one with e-mail and phone, one with a phone only).
   */
  public static Organisation fullFoundation(OrganisationId id, String name, long n) {
    return Organisation.builder()
        .id(id)
        .name(name)
        .legalForm(LegalForm.FOUNDATION)
        .sector(Sector.NGO)
        .fields(EnumSet.of(SocialServiceField.FAMILY_SUPPORT, SocialServiceField.CULTURE))
        .nip(nip(n))
        .regon(regon(n))
        .krs(krs(n + 1))
        .seat(karlino())
        .addContact(ContactPerson.builder().name("Anna Kowalska").role("prezeska zarządu")
            .email("anna.kowalska@example.org").phone("+48 94 311 22 33").build())
        .addContact(ContactPerson.builder().name("Jan Nowak").role("koordynator wolontariatu")
            .phone("600-700-800").build())
        .build();
  }

  /** An association of the given sector with NIP and REGON derived from {@code n}. */
  public static Organisation association(OrganisationId id, String name, long n, Sector sector,
      Seat seat, Set<SocialServiceField> fields) {
    return Organisation.builder()
        .id(id)
        .name(name)
        .legalForm(LegalForm.ASSOCIATION)
        .sector(sector)
        .fields(fields)
        .nip(nip(n))
        .regon(regon(n))
        .seat(seat)
        .build();
  }

  /** An informal group: no identifiers, no fields, no contact people. */
  public static Organisation informalGroup(OrganisationId id, String name) {
    return Organisation.builder()
        .id(id)
        .name(name)
        .legalForm(LegalForm.INFORMAL_GROUP)
        .sector(Sector.COMMUNITY_GROUP)
        .seat(pragaPolnoc())
        .build();
  }
}
