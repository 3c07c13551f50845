package pl.lsw.core.rules;

import java.util.Optional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An immutable set of rule parameter values, each with the date from which it applies. A key may
 * have several values (a history); {@link #valueAsOf} picks the one whose {@code validFrom} is the
 * latest on or before the date asked for. So a law change is one more value with a later date, and
 * facts dated before it are still judged under the old value.
 *
 * <p>{@link #statutory()} is the current statutory set ({@link StatutoryParameters}); a user
 * adds or replaces values with {@link #with} and {@link #overlay}, or loads them from text with
 * {@link ParameterSetParser}.
 *
 * <p>Polish: <i>zestaw parametrów reguł z datami obowiązywania</i>.
 */
public final class ParameterSet {

  private static final ParameterSet EMPTY = new ParameterSet(new TreeMap<>());

  /** Parameter name → (key, validFrom → value). Never mutated after construction. */
  private final NavigableMap<String, History<?>> histories;

  private ParameterSet(NavigableMap<String, History<?>> histories) {
    this.histories = histories;
  }

  /** The set without any value. */
  public static ParameterSet empty() {
    return EMPTY;
  }

  /**
   * A set built from values in one pass, for parsers: each value must already be checked by its
   * type, and one name must always come with the same key. A later value of the same key and date
   * replaces an earlier one.
   */
  static ParameterSet ofChecked(Iterable<? extends ParameterValue<?>> entries) {
    Map<String, ParameterKey<?>> keys = new HashMap<>();
    Map<String, NavigableMap<LocalDate, Object>> values = new HashMap<>();
    for (ParameterValue<?> v : entries) {
      keys.put(v.key().name(), v.key());
      values.computeIfAbsent(v.key().name(), n -> new TreeMap<>()).put(v.validFrom(), v.value());
    }
    NavigableMap<String, History<?>> histories = new TreeMap<>();
    values.forEach((name, byDate) -> histories.put(name, history(keys.get(name), byDate)));
    return histories.isEmpty() ? EMPTY : new ParameterSet(histories);
  }

  private static <T> History<T> history(ParameterKey<T> key, NavigableMap<LocalDate, Object> values) {
    return new History<>(key, values);
  }

  /** The current statutory values; see {@link StatutoryParameters#set()}. */
  public static ParameterSet statutory() {
    return StatutoryParameters.set();
  }

  /**
   * This set with one more value: from {@code validFrom} on, {@code key} has {@code value}. A value
   * of the same key with the same {@code validFrom} is replaced.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException when the type refuses the value (e.g. negative
   *     days)
   * @throws IllegalArgumentException when another key of the same name but a different type is in
   *     the set
   */
  public <T> ParameterSet with(ParameterKey<T> key, LocalDate validFrom, T value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(value, "value");
    if (!key.type().valueClass().isInstance(value)) {
      throw new IllegalArgumentException("value " + value + " of " + value.getClass().getName()
          + " does not fit parameter " + key);
    }
    T checked = Checks.orThrow(key.type().check(value));
    NavigableMap<String, History<?>> copy = new TreeMap<>(histories);
    History<?> old = copy.get(key.name());
    if (old != null && !old.key.type().equals(key.type())) {
      throw new IllegalArgumentException("parameter " + key.name() + " is already in the set with type "
          + old.key.type().name() + ", not " + key.type().name());
    }
    NavigableMap<LocalDate, Object> values = old == null ? new TreeMap<>() : new TreeMap<>(old.values);
    values.put(validFrom, checked);
    copy.put(key.name(), new History<>(key, values));
    return new ParameterSet(copy);
  }

  /** This set with one more value (see {@link #with(ParameterKey, LocalDate, Object)}). */
  public <T> ParameterSet with(ParameterValue<T> value) {
    return with(value.key(), value.validFrom(), value.value());
  }

  /**
   * This set with every value of {@code other} added; where both have a value for the same key and
   * the same {@code validFrom}, {@code other}'s wins. Values of {@code other} with other dates are
   * merged into the history, so {@code statutory().overlay(draft)} keeps the statutory values for
   * dates before the draft's.
   */
  public ParameterSet overlay(ParameterSet other) {
    ParameterSet result = this;
    for (ParameterValue<?> v : other.values()) {
      result = result.with(v);
    }
    return result;
  }

  /**
   * The value of {@code key} on {@code date}: the one with the greatest {@code validFrom} that is
   * not after {@code date}.
   *
   * @throws MissingParameterException when the key is not in the set or all its values apply only
   *     after {@code date}
   */
  public <T> T valueAsOf(ParameterKey<T> key, LocalDate date) {
    return entryAsOf(key, date).value();
  }

  /**
   * Like {@link #valueAsOf} but returns the value with its {@code validFrom}.
   *
   * @throws MissingParameterException when there is no value on {@code date}
   */
  public <T> ParameterValue<T> entryAsOf(ParameterKey<T> key, LocalDate date) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(date, "date");
    History<?> h = histories.get(key.name());
    if (h == null) {
      throw new MissingParameterException(key.name(), date, "the parameter set has no value for it");
    }
    Map.Entry<LocalDate, Object> e = h.values.floorEntry(date);
    if (e == null) {
      throw new MissingParameterException(key.name(), date,
          "its first value applies from " + h.values.firstKey());
    }
    return new ParameterValue<>(key, e.getKey(), key.type().valueClass().cast(e.getValue()));
  }

  /** The value on {@code date}, or none; never throws for a missing value. */
  public <T> Optional<ParameterValue<T>> find(ParameterKey<T> key, LocalDate date) {
    History<?> h = histories.get(key.name());
    if (h == null || h.values.floorEntry(date) == null) {
      return Optional.empty();
    }
    return Optional.of(entryAsOf(key, date));
  }

  /** Whether the set has any value for {@code key}. */
  public boolean contains(ParameterKey<?> key) {
    return histories.containsKey(key.name());
  }

  /** Every key that has a value, ordered by name. */
  public List<ParameterKey<?>> keys() {
    List<ParameterKey<?>> keys = new ArrayList<>();
    histories.values().forEach(h -> keys.add(h.key));
    return Collections.unmodifiableList(keys);
  }

  /** Every value of {@code key}, oldest first; empty when the key is not in the set. */
  public <T> List<ParameterValue<T>> history(ParameterKey<T> key) {
    History<?> h = histories.get(key.name());
    List<ParameterValue<T>> out = new ArrayList<>();
    if (h != null) {
      h.values.forEach((d, v) -> out.add(new ParameterValue<>(key, d, key.type().valueClass().cast(v))));
    }
    return Collections.unmodifiableList(out);
  }

  /** Every value in the set, ordered by key name, then by date. */
  public List<ParameterValue<?>> values() {
    List<ParameterValue<?>> out = new ArrayList<>();
    histories.values().forEach(h -> out.addAll(h.all()));
    return Collections.unmodifiableList(out);
  }

  /** Sets are equal when they hold the same values for the same keys from the same dates. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterSet && ((ParameterSet) o).values().equals(values());
  }

  /** Hash of the values. */
  @Override
  public int hashCode() {
    return values().hashCode();
  }

  /** Every value, one per line. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ParameterSet[");
    values().forEach(v -> sb.append("\n  ").append(v));
    return sb.append(values().isEmpty() ? "]" : "\n]").toString();
  }

  private static final class History<T> {
    final ParameterKey<T> key;
    final NavigableMap<LocalDate, Object> values;

    History(ParameterKey<T> key, NavigableMap<LocalDate, Object> values) {
      this.key = key;
      this.values = Collections.unmodifiableNavigableMap(values);
    }

    List<ParameterValue<T>> all() {
      List<ParameterValue<T>> out = new ArrayList<>();
      values.forEach((d, v) -> out.add(new ParameterValue<>(key, d, key.type().valueClass().cast(v))));
      return out;
    }
  }
}
