package pl.lsw.core.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import pl.lsw.core.kernel.Localized;

/**
 * One value of a parameter and the date from which it applies. A finding lists the parameter
 * values its rule used, so a report shows which law (which version of a number) it applied.
 *
 * <p>Polish: <i>wartość parametru obowiązująca od dnia</i>.
 *
 * @param key the parameter
 * @param validFrom the first day on which the value applies
 * @param value the value
 * @param <T> the Java type of the value
 */
public record ParameterValue<T>(ParameterKey<T> key, LocalDate validFrom, T value)
    implements Localized {

  /** Validates that no component is null. */
  public ParameterValue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(value, "value");
  }

  /** The value written as text (see {@link ParameterType#format}). */
  public String formatted() {
    return key.type().format(value);
  }

  /** The value written for people in the given language. */
  @Override
  public String display(Locale locale) {
    return key.type().display(value, locale);
  }

  /** E.g. {@code FIN-SMALL-GRANT-AMOUNT.max=10000.00 (from 2010-01-01)}. */
  @Override
  public String toString() {
    return key.name() + "=" + formatted() + " (from " + validFrom + ")";
  }
}
