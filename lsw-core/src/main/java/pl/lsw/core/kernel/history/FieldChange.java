package pl.lsw.core.kernel.history;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a record changed: its stable name and the values before and after, as text. An
 * absent value means the field was empty (or the record did not exist yet, or no longer does).
 *
 * <p>Immutable. Polish: <i>zmiana pola</i>.
 *
 * @param field the field's stable name, e.g. {@code "name"} or {@code "access.minAge"}
 * @param from the value before, if there was one
 * @param to the value after, if there is one
 */
public record FieldChange(String field, Optional<String> from, Optional<String> to) {

  /**
   * Refuses nulls and a change that changes nothing.
   *
   * @param field the field's name
   * @param from the value before
   * @param to the value after
   */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.equals(to)) {
      throw new IllegalArgumentException("a change of " + field + " that changes nothing");
    }
  }

  /**
   * A change from one text to another; {@code null} stands for "empty".
   *
   * @param field the field's name
   * @param from the value before, or null
   * @param to the value after, or null
   * @return the change
   */
  public static FieldChange of(String field, String from, String to) {
    return new FieldChange(field, Optional.ofNullable(from), Optional.ofNullable(to));
  }
}
