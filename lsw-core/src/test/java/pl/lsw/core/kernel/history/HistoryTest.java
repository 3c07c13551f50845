package pl.lsw.core.kernel.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryTest {

  record Item(String name, Optional<String> note, Set<String> tags, List<String> order) {}

  @Test
  void field_changes_list_each_changed_field_with_both_values_and_ignore_set_order() {
    Item before = new Item("Klub", Optional.empty(), new LinkedHashSet<>(List.of("b", "a")),
        List.of("x", "y"));
    Item after = new Item("Klub Rodzica", Optional.of("nowy"), new LinkedHashSet<>(List.of("a", "b")),
        List.of("y", "x"));
    List<FieldChange> changes = FieldChanges.between(before, after)
        .field("name", Item::name).field("note", Item::note).field("tags", Item::tags)
        .field("order", Item::order).changes();
    assertEquals(List.of(FieldChange.of("name", "Klub", "Klub Rodzica"),
        FieldChange.of("note", null, "nowy"), FieldChange.of("order", "x, y", "y, x")), changes);
  }

  @Test
  void a_new_record_has_every_non_empty_field_changed_from_nothing() {
    Item after = new Item("Klub", Optional.empty(), Set.of(), List.of("x"));
    List<FieldChange> changes = FieldChanges.between(null, after)
        .field("name", Item::name).field("note", Item::note).field("tags", Item::tags)
        .field("order", Item::order).changes();
    assertEquals(List.of(FieldChange.of("name", null, "Klub"), FieldChange.of("order", null, "x")),
        changes);
  }

  @Test
  void a_change_that_changes_nothing_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> FieldChange.of("name", "a", "a"));
  }

  @Test
  void history_answers_per_subject_per_period_and_per_actor_with_the_period_end_exclusive() {
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    Revision a = new Revision(t0, "person:1/TASK_TEAM_MEMBER", "entry:1", "ENTRY_ADDED", List.of());
    Revision b = new Revision(t0.plusSeconds(60), "person:2/TASK_TEAM_MANAGER", "entry:2",
        "ENTRY_ADDED", List.of());
    Revision c = new Revision(t0.plusSeconds(120), "person:1/TASK_TEAM_MEMBER", "entry:1",
        "ENTRY_CHANGED", List.of(FieldChange.of("name", "a", "b")));
    History h = History.empty().with(List.of(a, b)).with(List.of(c));
    assertEquals(List.of(a, c), h.of("entry:1"));
    assertEquals(List.of(a, b), h.between(t0, t0.plusSeconds(120)));
    assertEquals(List.of(c), h.of("entry:1", t0.plusSeconds(1), t0.plusSeconds(121)));
    assertEquals(List.of(a, c), h.by("person:1/TASK_TEAM_MEMBER"));
    assertEquals("b", c.change("name").flatMap(FieldChange::to).orElseThrow());
    assertTrue(a.change("name").isEmpty());
  }
}
