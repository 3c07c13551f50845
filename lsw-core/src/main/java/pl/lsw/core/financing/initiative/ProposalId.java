package pl.lsw.core.financing.initiative;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of an own-initiative proposal, a UUID given by the embedding system's id source.
 *
 * <p>Polish: <i>identyfikator oferty z inicjatywy własnej</i>.
 *
 * @param value the UUID
 */
public record ProposalId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator wniosku", "a proposal id");

  /** Refuses a null UUID. */
  public ProposalId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static ProposalId of(UUID value) {
    return new ProposalId(value);
  }

  /** Parses the canonical text form of a UUID. */
  public static Validation<Seq<Problem>, ProposalId> parse(CharSequence text) {
    return UuidIds.parse(text, "PROPOSAL_ID", WHAT).map(ProposalId::new);
  }

  /** The canonical text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
