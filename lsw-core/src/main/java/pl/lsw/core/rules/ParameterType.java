package pl.lsw.core.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import pl.lsw.core.kernel.Problem;

/**
 * The type of a rule parameter: how its value is read from text and written back. The standard
 * types are in {@link ParameterTypes}.
 *
 * <p>Polish: <i>typ parametru reguły</i>.
 *
 * @param <T> the Java type of the values
 */
public interface ParameterType<T> {

  /** A short stable name, e.g. {@code "money"}, {@code "days"}. */
  String name();

  /** The Java class of the values, used to check values given in code. */
  Class<T> valueClass();

  /**
   * Reads a value from text, reporting every problem with a message that quotes the text.
   *
   * @param text the text, e.g. {@code "10000.00"} for money or {@code "7"} for days
   */
  Validation<Seq<Problem>, T> parse(String text);

  /** Writes a value as text that {@link #parse} accepts again. */
  String format(T value);

  /**
   * Writes a value for people, e.g. {@code "7 dni roboczych"} / {@code "7 working days"}. The
   * default is {@link #format}.
   */
  default String display(T value, Locale locale) {
    return format(value);
  }

  /**
   * Checks a value given in code (not parsed), e.g. that a number of days is not negative; the
   * default accepts every value of {@link #valueClass()}.
   */
  default Validation<Seq<Problem>, T> check(T value) {
    return Validation.valid(value);
  }
}
