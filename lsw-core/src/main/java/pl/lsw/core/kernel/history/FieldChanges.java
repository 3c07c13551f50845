package pl.lsw.core.kernel.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import pl.lsw.core.kernel.Displayable;

/**
 * Compares two states of a record field by field and lists what changed:
 *
 * <pre>{@code
 * List<FieldChange> changes = FieldChanges.between(before, after)
 *     .field("name", MapEntry::name)
 *     .field("addressees", MapEntry::addressees)
 *     .changes();
 * }</pre>
 *
 * <p>Values are compared as the text they are shown by: an empty {@link Optional} or {@code
 * null} is "empty", an {@code Optional} is unwrapped, a {@link Displayable} is shown by its code
 * when it has one ({@code toString()}), a {@link Set} is sorted so that its order does not count,
 * any other collection keeps its order. Either state may be {@code null} (the record is new, or
 * removed). Not thread-safe; build one per comparison.
 *
 * <p>Polish: <i>porównanie pól dwóch stanów</i>.
 *
 * @param <T> the record's type
 */
public final class FieldChanges<T> {

  private final T before;
  private final T after;
  private final List<FieldChange> changes = new ArrayList<>();

  private FieldChanges(T before, T after) {
    this.before = before;
    this.after = after;
  }

  /**
   * A comparison of two states.
   *
   * @param before the state before, or null for a new record
   * @param after the state after, or null for a removed one
   * @param <T> the record's type
   * @return the comparison, to which fields are added
   */
  public static <T> FieldChanges<T> between(T before, T after) {
    return new FieldChanges<>(before, after);
  }

  /**
   * Compares one field.
   *
   * @param name the field's stable name
   * @param value how the field is read from a state
   * @return this comparison
   */
  public FieldChanges<T> field(String name, Function<? super T, ?> value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Optional<String> from = before == null ? Optional.empty() : text(value.apply(before));
    Optional<String> to = after == null ? Optional.empty() : text(value.apply(after));
    if (!from.equals(to)) {
      changes.add(new FieldChange(name, from, to));
    }
    return this;
  }

  /**
   * What changed, in the order the fields were compared.
   *
   * @return the changes; empty when nothing changed
   */
  public List<FieldChange> changes() {
    return List.copyOf(changes);
  }

  /**
   * The text a value is compared and recorded by.
   *
   * @param value the value
   * @return the text, or empty for null, an empty Optional or an empty collection
   */
  public static Optional<String> text(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Optional<?> o) {
      return o.flatMap(FieldChanges::text);
    }
    if (value instanceof Map<?, ?> m) {
      return m.isEmpty() ? Optional.empty() : Optional.of(m.entrySet().stream()
          .map(e -> text(e.getKey()).orElse("") + "=" + text(e.getValue()).orElse(""))
          .sorted().collect(Collectors.joining(", ")));
    }
    if (value instanceof Collection<?> c) {
      if (c.isEmpty()) {
        return Optional.empty();
      }
      List<String> items = c.stream().map(v -> text(v).orElse("")).collect(Collectors.toList());
      if (c instanceof Set<?>) {
        items.sort(null);
      }
      return Optional.of(String.join(", ", items));
    }
    String s = String.valueOf(value);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
