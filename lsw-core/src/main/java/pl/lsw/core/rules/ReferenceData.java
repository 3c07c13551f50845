package pl.lsw.core.rules;

import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Locale-independent services and data a rule may need besides its subject and parameters, keyed
 * by type — for example the {@link pl.lsw.core.kernel.WorkingDayCalendar} that a deadline rule
 * counts working days with. Immutable; {@link #with} returns a copy.
 *
 * <p>Polish: <i>dane referencyjne dla reguł</i>.
 */
public final class ReferenceData {

  private static final ReferenceData EMPTY = new ReferenceData(Map.of());

  private final Map<Class<?>, Object> entries;

  private ReferenceData(Map<Class<?>, Object> entries) {
    this.entries = entries;
  }

  /** No reference data. */
  public static ReferenceData empty() {
    return EMPTY;
  }

  /** A copy holding {@code value} under {@code type}, replacing an earlier value of that type. */
  public <T> ReferenceData with(Class<T> type, T value) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Map<Class<?>, Object> copy = new HashMap<>(entries);
    copy.put(type, type.cast(value));
    return new ReferenceData(Map.copyOf(copy));
  }

  /** The value held under {@code type}, or none. */
  public <T> Optional<T> find(Class<T> type) {
    return Optional.ofNullable(entries.get(type)).map(type::cast);
  }

  /**
   * The value held under {@code type}.
   *
   * @throws IllegalStateException naming the type when there is none
   */
  public <T> T require(Class<T> type) {
    return find(type).orElseThrow(() -> new IllegalStateException(
        "the rule needs reference data of type " + type.getName() + ", but none was given"));
  }

  /** The types held. */
  @Override
  public String toString() {
    return "ReferenceData" + entries.keySet();
  }
}
