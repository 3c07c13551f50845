package pl.lsw.core.organisation;

import java.util.EnumSet;
import java.util.List;
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

  /** A draft drawn at random together with the problem paths it must be refused with. */
  public record DraftCase(OrganisationDraft draft, Set<String> expectedProblemPaths) {}

  /**
   * A random draft: each part is well formed or not, and the identifiers fit the legal form or
   * not, so that both accepted and refused drafts come out. The expected problem paths are
   * worked out independently of the code under test.
   */
  public static DraftCase draftCase(Random rnd) {
    Set<String> expected = new java.util.TreeSet<>();
    OrganisationDraft.Builder b = OrganisationDraft.builder();
    String name;
    if (rnd.nextInt(8) == 0) {
      name = " ";
      expected.add("name");
    } else {
      name = rnd.nextBoolean() ? "Organizacja " + rnd.nextInt(1000) : "ORG-" + rnd.nextInt(1000);
    }
    b.name(name);
    LegalForm form = LegalForm.values()[rnd.nextInt(LegalForm.values().length)];
    b.legalForm(form);
    Sector sector;
    if (rnd.nextInt(6) == 0) {
      sector = Sector.values()[rnd.nextInt(Sector.values().length)];
    } else if (form.isPublic()) {
      sector = Sector.PUBLIC;
    } else if (form == LegalForm.INFORMAL_GROUP) {
      sector = Sector.COMMUNITY_GROUP;
    } else {
      sector = Sector.NGO;
    }
    b.sector(sector);
    if (sector == Sector.FAMILY_REPRESENTATIVE && name.startsWith("Organizacja")) {
      expected.add("name");
    }
    if (form.isPublic() && sector != Sector.PUBLIC
        || form == LegalForm.INFORMAL_GROUP && sector != Sector.COMMUNITY_GROUP
            && sector != Sector.FAMILY_REPRESENTATIVE) {
      expected.add("sector");
    }
    boolean noIdentifiers = form == LegalForm.INFORMAL_GROUP && rnd.nextInt(3) > 0;
    boolean hasNip = !noIdentifiers && rnd.nextBoolean();
    boolean hasRegon = !noIdentifiers && rnd.nextBoolean();
    boolean hasKrs = noIdentifiers ? false
        : form.krsRule() == LegalForm.KrsRule.REQUIRED ? rnd.nextInt(5) > 0
        : form.krsRule() == LegalForm.KrsRule.FORBIDDEN ? rnd.nextInt(5) == 0
        : rnd.nextBoolean();
    long n = rnd.nextInt(99_999_999);
    if (hasNip) {
      boolean bad = rnd.nextInt(6) == 0;
      b.nip(bad ? "8567346216" : nip(n).formatted());
      if (bad) {
        expected.add("nip");
      }
    } else if (rnd.nextBoolean()) {
      b.nip("   ");
    }
    if (hasRegon) {
      boolean bad = rnd.nextInt(6) == 0;
      b.regon(bad ? "12345" : regon(n).value());
      if (bad) {
        expected.add("regon");
      }
    }
    if (hasKrs) {
      boolean bad = rnd.nextInt(6) == 0;
      b.krs(bad ? "0" : String.valueOf(1 + n));
      if (bad) {
        expected.add("krs");
      }
    }
    if (form == LegalForm.INFORMAL_GROUP) {
      if (hasNip) {
        expected.add("nip");
      }
      if (hasRegon) {
        expected.add("regon");
      }
      if (hasKrs) {
        expected.add("krs");
      }
    } else if (form.krsRule() == LegalForm.KrsRule.REQUIRED && !hasKrs
        || form.krsRule() == LegalForm.KrsRule.FORBIDDEN && hasKrs) {
      expected.add("krs");
    }
    if (rnd.nextInt(8) == 0) {
      b.seatTeryt("32");
      expected.add("seat.teryt");
    } else {
      b.seatTeryt(List.of("3201034", "3201035", "1465088", "3201011").get(rnd.nextInt(4)));
    }
    boolean families = sector == Sector.FAMILY_REPRESENTATIVE;
    if (families && rnd.nextBoolean()) {
      b.seatAddress("Karlino");
    } else {
      b.seatAddress("ul. Polna " + (1 + rnd.nextInt(99)));
      if (families) {
        expected.add("seat.address");
      }
    }
    int contacts = families && rnd.nextBoolean() ? 0 : rnd.nextInt(3);
    if (families && contacts > 0) {
      expected.add("contacts");
    }
    for (int i = 0; i < contacts; i++) {
      boolean bad = rnd.nextInt(6) == 0;
      b.addContact(new ContactPersonDraft("Osoba " + i, "rola", bad ? "bez-malpy" : "osoba@example.org",
          rnd.nextBoolean() ? "600 700 800" : null));
      if (bad) {
        expected.add("contacts[" + i + "].email");
      }
    }
    for (SocialServiceField f : SocialServiceField.values()) {
      if (rnd.nextInt(5) == 0) {
        b.addField(f);
      }
    }
    return new DraftCase(b.build(), expected);
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
