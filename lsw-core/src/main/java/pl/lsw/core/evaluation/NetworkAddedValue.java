package pl.lsw.core.evaluation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;

/**
 * The added value of a service network (seed 002, "ewaluacja wartości dodanej sieci"): organisations
 * whose services have value and quality {@code X} on their own reach {@code X + S(Y)} in a network
 * of value and quality {@code Y}, where {@code S(Y)} is the additional value their services get from
 * taking part in that network. The record holds both sides of the comparison — the services
 * without the network ({@link #withoutNetwork()} = X) and within it ({@link #withNetwork()} = X +
 * S(Y)) — and the network's own value {@code Y}, which seed 002 evaluates separately (the network
 * as inter-organisational cooperation, e.g. by {@link NetworkMeasures}; the services for persons
 * and families). All three are exact numbers on one scale the user names ({@link #measure()}).
 *
 * <p>Rules, all reported at once: X and Y are not negative ({@code ADDED_VALUE_NEGATIVE});
 * {@code S(Y)} may be negative (a network costs its members time and money, which the seed's "no
 * network, no extra running costs" side does not), but not below {@code −X} ({@code
 * ADDED_VALUE_BELOW_ZERO}: services cannot be worth less than nothing).
 *
 * <p>Polish: <i>wartość dodana sieci</i>.
 *
 * @param measure what the numbers measure, e.g. "families helped a year"
 * @param withoutNetwork X: the value and quality of the organisations' services on their own
 * @param network Y: the value and quality of the network itself
 * @param addedValue S(Y): the additional value of the services from taking part in the network
 */
public record NetworkAddedValue(Label measure, Ratio withoutNetwork, Ratio network,
    Ratio addedValue) {

  /**
   * Checks the values.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public NetworkAddedValue {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(withoutNetwork, "withoutNetwork");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(addedValue, "addedValue");
    List<Problem> problems = new ArrayList<>();
    if (withoutNetwork.signum() < 0) {
      problems.add(EvaluationProblems.PROBLEMS.problem("withoutNetwork", "ADDED_VALUE_NEGATIVE",
          "value", withoutNetwork.decimal()));
    }
    if (network.signum() < 0) {
      problems.add(EvaluationProblems.PROBLEMS.problem("network", "ADDED_VALUE_NEGATIVE",
          "value", network.decimal()));
    }
    if (withoutNetwork.add(addedValue).signum() < 0) {
      problems.add(EvaluationProblems.PROBLEMS.problem("addedValue", "ADDED_VALUE_BELOW_ZERO",
          "value", addedValue.decimal(), "base", withoutNetwork.decimal()));
    }
    EvaluationProblems.throwIfAny(problems);
  }

  /** The record, or every problem of it. */
  public static Validation<Seq<Problem>, NetworkAddedValue> validate(Label measure,
      Ratio withoutNetwork, Ratio network, Ratio addedValue) {
    return EvaluationProblems.validation(
        () -> new NetworkAddedValue(measure, withoutNetwork, network, addedValue));
  }

  /** X + S(Y): the value of the services within the network. */
  public Ratio withNetwork() {
    return withoutNetwork.add(addedValue);
  }

  /** Whether the network adds value: S(Y) above zero. */
  public boolean addsValue() {
    return addedValue.signum() > 0;
  }

  /** S(Y) / X, the added value relative to the services on their own; empty when X is zero. */
  public Optional<Ratio> relativeAddedValue() {
    return withoutNetwork.signum() == 0 ? Optional.empty()
        : Optional.of(addedValue.divide(withoutNetwork));
  }
}
