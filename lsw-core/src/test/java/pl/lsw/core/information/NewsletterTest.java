package pl.lsw.core.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.DateRange;

class NewsletterTest {

  static final DateRange MARCH = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

  @Test
  void an_empty_newsletter_says_so_in_both_languages() {
    Newsletter n = Newsletter.of(MARCH, List.of());
    assertEquals("Newsletter – biuletyn informacyjny LSW, 01.03.2026 – 31.03.2026\n\n"
        + "W tym okresie nie było informacji.\n", n.render(Locale.forLanguageTag("pl")));
    assertEquals("Newsletter of the LSW, 2026-03-01 to 2026-03-31\n\n"
        + "There was no information in this period.\n", n.render(Locale.ENGLISH));
  }

  @Test
  void items_are_ordered_by_day_keeping_the_given_order_within_a_day_and_fall_back_to_polish() {
    NewsletterItem late = NewsletterItem.of(LocalDate.of(2026, 3, 20), "Spotkanie", "Sala 2");
    NewsletterItem first = NewsletterItem.of(LocalDate.of(2026, 3, 5), "Nabór", "Do 31 marca",
        "Call", "Until 31 March");
    NewsletterItem second = NewsletterItem.of(LocalDate.of(2026, 3, 5), "Dyżur", "");
    Newsletter n = Newsletter.of(MARCH, List.of(late, first, second));

    assertEquals(List.of(first, second, late), n.items());
    assertEquals("Newsletter of the LSW, 2026-03-01 to 2026-03-31\n\n2026-03-05: Call\nUntil 31 March\n"
        + "\n2026-03-05: Dyżur\n\n2026-03-20: Spotkanie\nSala 2\n", n.render(Locale.ENGLISH));
    assertEquals(n, Newsletter.of(MARCH, List.of(late, first, second)));
    assertThrows(IllegalArgumentException.class, () -> NewsletterItem.of(LocalDate.MIN, " ", "x"));
  }
}
