package pl.lsw.core.information;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of a message for one recipient: delivered, or failed with the channel's reason
 * (e.g. {@code "mailbox full"}). The reason is the channel's own text, at most {@value
 * #MAX_REASON} characters (longer text is cut).
 *
 * <p>Immutable. Polish: <i>wynik doręczenia</i>.
 *
 * @param delivered whether the message was delivered
 * @param failureReason why it was not, for a failure; empty for a delivery
 */
public record DeliveryOutcome(boolean delivered, Optional<String> failureReason) {

  /** The longest reason kept. */
  public static final int MAX_REASON = 500;

  private static final DeliveryOutcome DELIVERED = new DeliveryOutcome(true, Optional.empty());

  /**
   * Refuses a delivery with a reason and a failure without one.
   *
   * @param delivered whether delivered
   * @param failureReason the reason of a failure
   */
  public DeliveryOutcome {
    Objects.requireNonNull(failureReason, "failureReason");
    if (delivered && failureReason.isPresent()) {
      throw new IllegalArgumentException("a delivered message has no failure reason");
    }
    if (!delivered && failureReason.map(String::isBlank).orElse(true)) {
      throw new IllegalArgumentException("a failed delivery needs a reason");
    }
    failureReason = failureReason.map(r -> r.length() > MAX_REASON ? r.substring(0, MAX_REASON) : r);
    java.util.List<pl.lsw.core.kernel.Problem> problems = new java.util.ArrayList<>();
    pl.lsw.core.kernel.TextChecks.refusePesel(problems, "failureReason", "DELIVERY_FAILURE_REASON",
        pl.lsw.core.kernel.Label.of("Powód niedoręczenia", "The reason of the failure"),
        failureReason.orElse(null));
    if (!problems.isEmpty()) {
      throw new pl.lsw.core.kernel.InvalidInputException(problems);
    }
  }

  /** @return the outcome of a delivered message */
  public static DeliveryOutcome success() {
    return DELIVERED;
  }

  /**
   * The outcome of a failed delivery.
   *
   * @param reason why, non-blank (cut to {@value #MAX_REASON} characters)
   * @return the outcome
   */
  public static DeliveryOutcome failure(String reason) {
    return new DeliveryOutcome(false, Optional.of(Objects.requireNonNull(reason, "reason")));
  }

  /** @return whether the delivery failed */
  public boolean failed() {
    return !delivered;
  }
}
