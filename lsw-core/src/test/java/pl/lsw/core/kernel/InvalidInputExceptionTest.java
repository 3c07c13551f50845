package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

  @Test
  void the_message_lists_every_problem() {
    Problem checksum = Nip.parse("8567346216").getError().head().under("nip");
    Problem regon = Regon.parse("1").getError().head().under("regon");
    var e = new InvalidInputException(List.of(checksum, regon));
    assertEquals(2, e.problems().size());
    assertTrue(e.getMessage().startsWith("2 problems in input:"), e.getMessage());
    assertTrue(e.getMessage().contains("nip: " + checksum.message() + " [NIP_CHECKSUM]"), e.getMessage());
    assertTrue(e.getMessage().contains("regon: " + regon.message() + " [" + regon.code() + "]"), e.getMessage());
  }

  @Test
  void an_exception_without_problems_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(List.of()));
  }
}
