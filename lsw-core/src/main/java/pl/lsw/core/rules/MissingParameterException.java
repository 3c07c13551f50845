package pl.lsw.core.rules;

import java.time.LocalDate;

/**
 * Thrown when a parameter has no value on the date asked for: the key is absent from the set, or
 * its first value applies only later. Never answered with {@code null}.
 *
 * <p>Polish: <i>brak wartości parametru na dany dzień</i>.
 */
public final class MissingParameterException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The name of the parameter without a value. */
  private final String parameterName;

  /** The date asked for. */
  private final LocalDate date;

  /** Creates the exception for the parameter name and the date. */
  public MissingParameterException(String parameterName, LocalDate date, String detail) {
    super("parameter " + parameterName + " has no value on " + date + ": " + detail);
    this.parameterName = parameterName;
    this.date = date;
  }

  /** The name of the parameter. */
  public String parameterName() {
    return parameterName;
  }

  /** The date asked for. */
  public LocalDate date() {
    return date;
  }
}
