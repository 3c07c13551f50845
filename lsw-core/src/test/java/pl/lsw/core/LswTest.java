package pl.lsw.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.port.CompetitionRepository;
import pl.lsw.core.financing.port.ContractRepository;
import pl.lsw.core.financing.port.SmallGrantRepository;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.FakeOrganisationRepository;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.OrganisationRegistered;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.organisation.port.OrganisationRepository;
import pl.lsw.core.partnership.port.PartnershipRepository;
import pl.lsw.core.process.port.ProcessInstanceRepository;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.store.port.LswStore;

class LswTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Warsaw"));

  private static LswStore fakeStore() {
    FakeOrganisationRepository organisations = new FakeOrganisationRepository();
    return new LswStore() {
      @Override
      public OrganisationRepository organisations() {
        return organisations;
      }

      @Override
      public PartnershipRepository partnerships() {
        throw new UnsupportedOperationException("no partnerships in this test");
      }

      @Override
      public ProcessInstanceRepository processes() {
        throw new UnsupportedOperationException("no process instances in this test");
      }

      @Override
      public SmallGrantRepository smallGrants() {
        throw new UnsupportedOperationException("no small grants in this test");
      }

      @Override
      public CompetitionRepository competitions() {
        throw new UnsupportedOperationException("no competitions in this test");
      }

      @Override
      public ContractRepository contracts() {
        throw new UnsupportedOperationException("no contracts in this test");
      }
    };
  }

  @Test
  void building_without_any_part_lists_every_missing_one() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Lsw.builder().build());
    assertEquals(List.of("LSW_STORE_MISSING", "LSW_CLOCK_MISSING", "LSW_IDS_MISSING", "LSW_EVENTS_MISSING"),
        e.problems().stream().map(Problem::code).toList());
  }

  @Test
  void an_embedder_registers_an_organisation_with_time_and_ids_it_controls() {
    List<DomainEvent> events = new ArrayList<>();
    AtomicLong next = new AtomicLong(7);
    Lsw lsw = Lsw.builder()
        .store(fakeStore())
        .clock(CLOCK)
        .ids(() -> new UUID(0, next.getAndIncrement()))
        .events(events::add)
        .build();

    Organisation saved = lsw.organisations().register(OrganisationDraft.builder()
        .name("Stowarzyszenie Otwarte Drzwi")
        .legalForm(LegalForm.ASSOCIATION)
        .sector(Sector.NGO)
        .addField(SocialServiceField.FAMILY_SUPPORT)
        .nip("8567346215")
        .seatTeryt("1465088")
        .seatAddress("ul. Przykładowa 1, Warszawa")
        .addContact(new ContactPersonDraft("Koordynatorka projektu", "koordynatorka", "biuro@example.org", null))
        .build());

    assertEquals(new UUID(0, 7), saved.id().value());
    assertEquals(saved, lsw.organisations().findById(saved.id()).get());
    assertEquals(1, events.size());
    assertTrue(events.get(0) instanceof OrganisationRegistered);
    assertEquals(NOW, events.get(0).occurredAt());
    assertEquals(LocalDate.of(2026, 3, 2), lsw.today());
  }

  @Test
  void the_entry_point_reaches_the_rule_catalog_parameters_and_calendar() {
    Lsw lsw = Lsw.builder().store(fakeStore()).clock(CLOCK).ids(UUID::randomUUID).events(e -> { }).build();
    assertSame(StandardRules.catalog(), lsw.rules());
    assertTrue(lsw.rules().find(RuleCode.of("KER-NIP")).isDefined());
    assertTrue(lsw.calendar().isWorkingDay(LocalDate.of(2026, 3, 2)));
    assertTrue(!lsw.calendar().isWorkingDay(LocalDate.of(2026, 4, 6)), "Easter Monday 2026");
  }
}
