package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.PersonId;

class UuidIdsTest {

  @Test
  void a_canonical_uuid_parses_into_a_typed_id_and_prints_back() {
    String text = "123e4567-e89b-12d3-a456-426614174000";
    PartnershipId id = PartnershipId.of(text);
    assertEquals(UUID.fromString(text), id.value());
    assertEquals(text, id.toString());
    assertEquals(id, PartnershipId.parse(" " + text + " ").get());
  }

  @Test
  void a_missing_id_is_reported_with_its_own_code() {
    var result = PersonId.parse("  ");
    assertTrue(result.isInvalid());
    assertEquals("PERSON_ID_MISSING", result.getError().head().code());
    assertEquals("PERSON_ID_MISSING", PersonId.parse(null).getError().head().code());
  }

  @Test
  void a_malformed_id_is_reported_quoting_the_text() {
    var e = assertThrows(InvalidInputException.class, () -> PartnershipId.of("12-34"));
    assertEquals("PARTNERSHIP_ID_FORMAT", e.problems().get(0).code());
    assertTrue(e.getMessage().contains("'12-34' is not a partnership id"), e.getMessage());
  }
}
