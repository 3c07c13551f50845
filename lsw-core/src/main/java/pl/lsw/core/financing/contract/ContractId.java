package pl.lsw.core.financing.contract;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of a contract, a UUID given by the embedding system's id source.
 *
 * <p>Polish: <i>identyfikator umowy</i>.
 *
 * @param value the UUID
 */
public record ContractId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator umowy", "a contract id");

  /** Refuses a null UUID. */
  public ContractId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static ContractId of(UUID value) {
    return new ContractId(value);
  }

  /** Parses the canonical text form of a UUID. */
  public static Validation<Seq<Problem>, ContractId> parse(CharSequence text) {
    return UuidIds.parse(text, "CONTRACT_ID", WHAT).map(ContractId::new);
  }

  /** The canonical text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
