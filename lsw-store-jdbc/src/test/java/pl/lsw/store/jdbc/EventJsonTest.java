package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.contract.ContractEvent;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.financing.smallgrant.SmallGrantEvent;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.OrganisationRegistered;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.partnership.LocalPactComposed;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.PersonId;

/**
 * The JSON form of events: what is written comes back equal, texts with any Unicode unchanged,
 * and reading refuses what is not a value of the library (another class named in the text, a
 * damaged text, a value the model refuses) with an {@link IllegalArgumentException}, creating
 * nothing else. Every kind of event is covered by {@code StoredEventsTest} in the examples.
 */
class EventJsonTest {

  private static final Instant AT = Instant.parse("2026-03-02T09:30:00.123456789Z");

  @Test
  void events_of_ids_amounts_dates_lists_and_texts_come_back_equal() {
    OrganisationId org = OrganisationId.of(new UUID(7, 8));
    List<Object> events = List.of(
        new OrganisationRegistered(org, 1, "Fundacja „Łąka” 🌻 — עברית", Sector.NGO, AT),
        new ContractEvent.MisuseFound(ContractId.of(new UUID(1, 2)), AT, Money.ofGrosze(1_000_001)),
        new SmallGrantEvent.Withdrawn(GrantId.of(new UUID(3, 4)), LocalDate.of(2026, 2, 28), AT),
        new LocalPactComposed(PartnershipId.of(new UUID(5, 6)),
            ActingPerson.of(PersonId.of(new UUID(9, 9)), ActingRole.PARTNER_REPRESENTATIVE), AT,
            List.of(PartnershipId.of(new UUID(5, 7)), PartnershipId.of(new UUID(5, 8)))));

    for (Object event : events) {
      String json = EventJson.write(event);
      assertEquals(event, EventJson.readEvent(event.getClass().getName(), json), json);
    }
  }

  @Test
  void ids_are_written_with_their_class_and_read_back() {
    PartnershipId id = PartnershipId.of(new UUID(5, 6));
    assertEquals(id, EventJson.read(EventJson.type(id.getClass().getName()), EventJson.write(id)));
    assertEquals(Optional.of(id), Optional.of(EventJson.read(PartnershipId.class,
        EventJson.write(id))));
  }

  @Test
  void a_class_outside_the_library_is_never_created_from_the_text() {
    assertThrows(IllegalArgumentException.class, () -> EventJson.type("java.lang.ProcessBuilder"));
    assertThrows(IllegalArgumentException.class,
        () -> EventJson.readEvent("java.net.URL", "{}"));
    assertThrows(IllegalArgumentException.class,
        () -> EventJson.readEvent(PartnershipId.class.getName(), "{\"value\":\"x\"}"),
        "an id is not an event");
    String nested = "{\"partnershipId\":{\"@type\":\"javax.naming.InitialContext\",\"@value\":{}},"
        + "\"actor\":null,\"occurredAt\":\"2026-03-02T09:30:00Z\",\"components\":[]}";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventJson.readEvent(LocalPactComposed.class.getName(), nested));
    assertTrue(e.getMessage().contains("not a class of the library"), e.getMessage());
  }

  @Test
  void a_damaged_text_or_a_value_the_model_refuses_is_an_illegal_argument() {
    String type = OrganisationRegistered.class.getName();
    assertThrows(IllegalArgumentException.class, () -> EventJson.readEvent(type, "{\"name\":"));
    assertThrows(IllegalArgumentException.class, () -> EventJson.readEvent(type, "[1, 2]"));
    assertThrows(IllegalArgumentException.class, () -> EventJson.readEvent(type,
        "{\"organisationId\":null,\"version\":1,\"name\":\"x\",\"sector\":\"NGO\","
            + "\"occurredAt\":\"2026-03-02T09:30:00Z\"}"), "the record refuses a null id");
    assertThrows(IllegalArgumentException.class, () -> EventJson.readEvent(type,
        "{\"organisationId\":{\"value\":\"00000000-0000-0007-0000-000000000008\"},\"version\":1,"
            + "\"name\":\"x\",\"sector\":\"NO_SUCH_SECTOR\",\"occurredAt\":\"2026-03-02T09:30:00Z\"}"));
  }
}
