package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

  @Test
  void the_message_lists_every_problem() {
    var e = new InvalidInputException(List.of(
        new Problem("nip", "NIP_CHECKSUM", "bad checksum in 8567346216"),
        Problem.of("EMPTY", "nothing given").under("regon")));
    assertEquals(2, e.problems().size());
    assertTrue(e.getMessage().startsWith("2 problems in input:"), e.getMessage());
    assertTrue(e.getMessage().contains("nip: bad checksum in 8567346216 [NIP_CHECKSUM]"));
    assertTrue(e.getMessage().contains("regon: nothing given [EMPTY]"));
  }

  @Test
  void an_exception_without_problems_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(List.of()));
  }
}
