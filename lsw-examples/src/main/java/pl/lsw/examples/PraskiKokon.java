package pl.lsw.examples;

import java.util.List;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;

/**
 * The partners of the Local Support System "Praski Kokon" (Warsaw, Praga-Północ) as the
 * evaluation report names them: the City of Warsaw as the leader, three NGOs, and the district's
 * social-assistance centre as an informal partner.
 *
 * <p>The City of Warsaw's NIP and REGON are its public ones. The identifiers of the other partners
 * are made-up numbers with valid check digits, and the contact people are invented roles: the
 * example shows the shape of the data, not a copy of a real register.
 */
final class PraskiKokon {

  /** TERYT of the district Praga-Północ (a district of Warsaw, unit type 8). */
  static final String PRAGA_POLNOC = "1465088";

  /** TERYT of the city commune of Warsaw. */
  static final String WARSAW = "1465011";

  private PraskiKokon() {}

  /** A partner and the role the report gives it. */
  record Partner(String role, String roleEn, OrganisationDraft draft) {}

  static List<Partner> partners() {
    return List.of(
        new Partner("Lider", "leader", OrganisationDraft.builder()
            .name("Miasto Stołeczne Warszawa")
            .legalForm(LegalForm.MUNICIPALITY)
            .sector(Sector.PUBLIC)
            .addFields(SocialServiceField.SOCIAL_ASSISTANCE, SocialServiceField.FAMILY_SUPPORT,
                SocialServiceField.FAMILY_POLICY)
            .nip("525-22-48-481")
            .regon("015259640")
            .seatTeryt(WARSAW)
            .seatAddress("pl. Bankowy 3/5, 00-950 Warszawa")
            .addContact(new ContactPersonDraft("Koordynatorka LSW", "Urząd Dzielnicy Praga-Północ",
                "lsw.praga-polnoc@example.org", "+48 22 000 00 01"))
            .build()),
        new Partner("Partner", "partner", OrganisationDraft.builder()
            .name("Stowarzyszenie Otwarte Drzwi")
            .legalForm(LegalForm.ASSOCIATION)
            .sector(Sector.NGO)
            .addFields(SocialServiceField.FAMILY_SUPPORT, SocialServiceField.SOCIAL_ASSISTANCE)
            .nip("1132874653")
            .regon("142000116")
            .krs("100001")
            .seatTeryt(PRAGA_POLNOC)
            .seatAddress("ul. Przykładowa 1, 03-000 Warszawa")
            .addContact(ContactPersonDraft.byEmail("Koordynator projektu", "Stowarzyszenie Otwarte Drzwi",
                "projekt@otwarte-drzwi.example.org"))
            .build()),
        new Partner("Partner", "partner", OrganisationDraft.builder()
            .name("Fundacja Wspierania Rodzin \"Korale\"")
            .legalForm(LegalForm.FOUNDATION)
            .sector(Sector.NGO)
            .addFields(SocialServiceField.FAMILY_SUPPORT, SocialServiceField.FOSTER_CARE)
            .nip("5241000122")
            .regon("142000228")
            .krs("200002")
            .seatTeryt(PRAGA_POLNOC)
            .seatAddress("ul. Przykładowa 2, 03-000 Warszawa")
            .addContact(new ContactPersonDraft("Specjalistka ds. rodzin", "Fundacja Korale",
                "rodziny@korale.example.org", "+48 22 000 00 02"))
            .build()),
        new Partner("Partner", "partner", OrganisationDraft.builder()
            .name("Stowarzyszenie Centrum Wspierania Aktywności Lokalnej CAL")
            .legalForm(LegalForm.ASSOCIATION)
            .sector(Sector.NGO)
            .addFields(SocialServiceField.CIVIC_ACTIVITY, SocialServiceField.FAMILY_SUPPORT)
            .nip("5252300017")
            .regon("142000330")
            .krs("300003")
            .seatTeryt(WARSAW)
            .seatAddress("ul. Przykładowa 3, 00-000 Warszawa")
            .addContact(ContactPersonDraft.byEmail("Animatorka społeczności lokalnej", "CAL",
                "animacja@cal.example.org"))
            .build()),
        new Partner("Partner nieformalny", "informal partner", OrganisationDraft.builder()
            .name("Ośrodek Pomocy Społecznej Dzielnicy Praga-Północ")
            .legalForm(LegalForm.PUBLIC_UNIT)
            .sector(Sector.PUBLIC)
            .addFields(SocialServiceField.SOCIAL_ASSISTANCE, SocialServiceField.FAMILY_SUPPORT)
            .nip("1130002239")
            .regon("142000441")
            .seatTeryt(PRAGA_POLNOC)
            .seatAddress("ul. Przykładowa 4, 03-000 Warszawa")
            .addContact(new ContactPersonDraft("Kierownik działu pomocy rodzinie", "OPS Praga-Północ",
                "rodzina@ops.example.org", "+48 22 000 00 04"))
            .build()));
  }
}
