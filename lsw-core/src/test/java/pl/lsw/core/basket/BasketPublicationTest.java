package pl.lsw.core.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipFixture;

class BasketPublicationTest {

  private static Optional<String> names(OrganisationId id) {
    return PartnershipFixture.organisationName(id);
  }

  private final BasketPublication publication = BasketPublication.of(BasketSamples.everything(),
      "Praski Kokon", LocalDate.of(2026, 3, 2), BasketPublicationTest::names);

  @Test
  void the_polish_text_groups_services_by_partner_and_field_with_access_in_words_and_contacts() {
    String pl = publication.render(Locale.forLanguageTag("pl"));

    assertTrue(pl.startsWith("Lokalny Koszyk Usług / Lista Aktywności i Usług — Praski Kokon\n"
        + "stan na dzień 2026-03-02\n"), pl);
    int ngo = pl.indexOf("== Fundacja Kokon ==");
    int ops = pl.indexOf("== Ośrodek Pomocy Społecznej Dzielnicy Praga-Północ ==");
    assertTrue(ngo >= 0 && ops > ngo, pl);
    assertTrue(pl.contains("-- wspieranie rodziny --\n* Poradnictwo rodzinne i mediacje\n"), pl);
    assertTrue(pl.contains("-- pomoc społeczna --\n* Poradnictwo rodzinne i mediacje\n"), pl);
    assertTrue(pl.contains("  Warunki dostępu: wiek (w latach): 6–18; dla: dzieci, rodziny romskie;"
        + " obszar (TERYT): 1465011, 1465088; wymagane skierowanie; odpłatnie 20,50 zł;"
        + " języki: pl, uk; Zapisy telefoniczne\n"), pl);
    assertTrue(pl.contains("  Kontakt: Kasia Praca (pedagog), kasia@kokon.example, +48 22 333 44 55\n"), pl);
    assertTrue(pl.contains("  Oferowana: od 2026-01-01 do 2026-12-31\n"), pl);
    assertTrue(pl.contains("* Świetlica\n"), pl);
    assertFalse(pl.contains("Półkolonie"), "withdrawn from 1 March");
  }

  @Test
  void the_english_text_says_the_same_in_english() {
    String en = publication.render(Locale.ENGLISH);

    assertTrue(en.startsWith("Local Service Basket / List of Activities and Services — Praski Kokon\n"
        + "as of 2026-03-02\n"), en);
    assertTrue(en.contains("-- family support --"), en);
    assertTrue(en.contains("  Access conditions: age (years): 6–18; for: children, Roma families;"
        + " area (TERYT): 1465011, 1465088; referral required; for a fee 20,50 zł;"
        + " languages: pl, uk; Zapisy telefoniczne\n"), en);
    assertTrue(en.contains("  Access conditions: open access; free of charge\n"), en);
    assertTrue(en.contains("  Last verified: 2026-02-25\n"), en);
  }

  @Test
  void a_partner_without_a_name_is_shown_by_its_id_and_an_empty_day_says_so() {
    BasketPublication unnamed = BasketPublication.of(BasketSamples.oneService(), "Praski Kokon",
        LocalDate.of(2026, 3, 2), id -> Optional.empty());
    assertTrue(unnamed.render(Locale.ENGLISH).contains("== " + PartnershipFixture.NGO + " =="));

    BasketPublication before = BasketPublication.of(BasketSamples.everything(), "Praski Kokon",
        LocalDate.of(2025, 12, 31), BasketPublicationTest::names);
    assertEquals(0, before.services().size());
    assertTrue(before.render(Locale.ENGLISH).endsWith("No service is in force on this day.\n"));
    assertTrue(before.render(Locale.forLanguageTag("pl"))
        .endsWith("Brak usług obowiązujących w tym dniu.\n"));
  }
}
