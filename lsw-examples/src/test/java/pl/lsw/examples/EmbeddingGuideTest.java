package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.Lsw;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.RegistryClerk;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.rules.KernelRules;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RawIdentifiers;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.StatutoryParameters;
import pl.lsw.store.memory.MemoryStore;

/** What the README's "Embedding it" section shows, asserted value by value on the memory store. */
class EmbeddingGuideTest {

  @Test
  void the_readme_quick_start_works_as_written() {
    List<DomainEvent> outbox = new ArrayList<>();
    Lsw lsw = Lsw.builder()
        .store(MemoryStore.create())
        .clock(Clock.system(ZoneId.of("Europe/Warsaw")))
        .ids(UUID::randomUUID)
        .events(outbox::add)
        .build();

    RegistryClerk clerk = RegistryClerk.of("inspektorka ds. współpracy z NGO");
    Organisation ngo = lsw.organisations().register(clerk, OrganisationDraft.builder()
        .name("Stowarzyszenie Otwarte Drzwi")
        .legalForm(LegalForm.ASSOCIATION)
        .sector(Sector.NGO)
        .addField(SocialServiceField.FAMILY_SUPPORT)
        .nip("113-287-46-53")
        .seatTeryt("1465088")
        .seatAddress("ul. Przykładowa 1, 03-000 Warszawa")
        .addContact(ContactPersonDraft.byEmail("Koordynator projektu", "koordynator", "biuro@example.org"))
        .build())
        .getOrElseThrow(refusal -> new IllegalArgumentException(refusal.message()))
        .state();
    assertEquals(1, ngo.version());
    assertEquals(1, outbox.size());

    String table = lsw.rules().renderTable(Locale.forLanguageTag("pl"), lsw.parameters(), lsw.today());
    assertTrue(table.contains("FIN-SMALL-GRANT-AMOUNT") && table.contains("10 000,00 zł"), table);

    assertEquals("NIP_CHECKSUM", Nip.parse("8567346216").getError().head().code());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Nip.of("85673462"));
    assertTrue(e.getMessage().contains("NIP_LENGTH"), e.getMessage());
  }

  @Test
  void a_parameter_set_laid_over_the_statutory_one_from_a_date_is_what_rules_read() {
    ParameterSet withDraft = StandardRules.parameters()
        .overlay(StatutoryParameters.draft2025(LocalDate.of(2027, 1, 1)));
    assertEquals("10 000,00 zł", withDraft.valueAsOf(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX,
        LocalDate.of(2026, 12, 31)).formatPolish());
    assertEquals("20 000,00 zł", withDraft.valueAsOf(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX,
        LocalDate.of(2027, 1, 1)).formatPolish());

    RuleReport report = RuleEngine.evaluate(
        RawIdentifiers.builder().nip("8567346216").regon("123456785").build(),
        "organisation form 17", KernelRules.identifierRules(), LocalDate.of(2027, 1, 1), withDraft);
    assertEquals(1, report.violations().size());
    assertEquals("nip", report.violations().get(0).path());
  }
}
