package pl.lsw.core.rules;

import pl.lsw.core.kernel.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.PublicationPlace;

class DisplayableTest {

  private static final Locale PL = Locale.forLanguageTag("pl");

  @Test
  void a_displayable_argument_reads_in_the_language_of_the_message() {
    assertEquals("tablica ogłoszeń w siedzibie organu", Messages.display(PublicationPlace.NOTICE_BOARD, PL));
    assertEquals("notice board at the body's seat", Messages.display(PublicationPlace.NOTICE_BOARD, Locale.ENGLISH));
    assertEquals("brak w miejscu: strona internetowa organu",
        Messages.fill("brak w miejscu: {place}", Map.of("place", PublicationPlace.WEBSITE), PL));
  }
}
