package pl.lsw.core.evaluation.record;

import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.evaluation.NetworkAddedValue;
import pl.lsw.core.evaluation.Ratio;

/**
 * An assessment of a network's added value on the day it was made: the services' value on their
 * own (X), the network's value (Y) and the additional value the services get from the network
 * (S(Y)), all on one named measure.
 *
 * <p>Immutable. Polish: <i>ocena wartości dodanej sieci z datą</i>.
 *
 * @param assessedOn the day the added value was assessed
 * @param value the added value
 */
public record DatedAddedValue(LocalDate assessedOn, NetworkAddedValue value) {

  /** Refuses nulls. */
  public DatedAddedValue {
    Objects.requireNonNull(assessedOn, "assessedOn");
    Objects.requireNonNull(value, "value");
  }

  /**
   * A dated added value.
   *
   * @param assessedOn the day
   * @param value the added value
   * @return the dated added value
   */
  public static DatedAddedValue of(LocalDate assessedOn, NetworkAddedValue value) {
    return new DatedAddedValue(assessedOn, value);
  }

  /** @return X + S(Y), the value of the services within the network */
  public Ratio withNetwork() {
    return value.withNetwork();
  }
}
