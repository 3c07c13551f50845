package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void a_page_size_from_1_to_1000_is_accepted() {
    assertEquals(1, PageRequest.of(0, 1).size());
    assertEquals(1000, PageRequest.of(0, 1000).size());
    assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 0));
    assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 1001));
  }

  @Test
  void a_negative_page_and_a_bad_size_are_reported_together() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> PageRequest.of(-1, 0));

    assertEquals(2, e.problems().size());
  }

  @Test
  void the_offset_counts_the_items_of_earlier_pages_without_overflow() {
    assertEquals(0, PageRequest.first(20).offset());
    assertEquals(40, PageRequest.of(2, 20).offset());
    assertEquals(PageRequest.of(3, 20), PageRequest.of(2, 20).next());
    assertEquals(2_147_483_647L * 1000, PageRequest.of(Integer.MAX_VALUE, 1000).offset());
  }

  @Test
  void a_page_knows_whether_more_follow_and_how_many_pages_there_are() {
    Page<String> middle = new Page<>(List.of("c", "d"), PageRequest.of(1, 2), 5);
    Page<String> last = new Page<>(List.of("e"), PageRequest.of(2, 2), 5);
    Page<String> exact = new Page<>(List.of("c", "d"), PageRequest.of(1, 2), 4);

    assertTrue(middle.hasNext());
    assertFalse(last.hasNext());
    assertFalse(exact.hasNext());
    assertEquals(3, middle.totalPages());
    assertEquals(2, exact.totalPages());
    assertEquals(0, Page.empty(PageRequest.first(10)).totalPages());
    assertEquals(List.of("C", "D"), middle.map(String::toUpperCase).items());
  }

  @Test
  void a_page_cannot_hold_more_items_than_its_size() {
    assertThrows(IllegalArgumentException.class,
        () -> new Page<>(List.of("a", "b", "c"), PageRequest.first(2), 3));
  }
}
