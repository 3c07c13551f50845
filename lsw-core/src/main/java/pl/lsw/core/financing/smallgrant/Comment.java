package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.kernel.TextChecks;

import java.util.Optional;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A comment on a posted small-grant offer and, once done, its consideration. The text itself is
 * kept by the embedding system; the library holds a reference to it.
 *
 * <p>Polish: <i>uwaga do oferty</i>.
 *
 * @param received the day the comment came in
 * @param authorKind who sent it
 * @param textReference the embedding system's reference to the comment's text, not blank
 * @param consideration how it was considered, none yet
 */
public record Comment(LocalDate received, CommentAuthorKind authorKind, String textReference,
    Optional<Consideration> consideration) {

  /**
   * Refuses nulls and a blank reference, and a reference that holds a PESEL number ({@code
   * COMMENT_REFERENCE_PESEL}, an {@link pl.lsw.core.kernel.InvalidInputException}).
   */
  public Comment {
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(authorKind, "authorKind");
    Objects.requireNonNull(consideration, "consideration");
    if (textReference == null || TextChecks.isBlank(textReference)) {
      throw new IllegalArgumentException("a comment needs a reference to its text");
    }
    io.vavr.collection.List<pl.lsw.core.kernel.Problem> problems = SmallGrantProblems.pesel(
        "textReference", "COMMENT_REFERENCE",
        pl.lsw.core.kernel.Label.of("Odnośnik do treści uwagi", "The reference to the comment's text"),
        textReference);
    if (!problems.isEmpty()) {
      throw new pl.lsw.core.kernel.InvalidInputException(problems.asJava());
    }
  }

  /** A comment not yet considered. */
  public static Comment received(LocalDate received, CommentAuthorKind authorKind, String textReference) {
    return new Comment(received, authorKind, textReference, Optional.empty());
  }

  /** Whether the comment was considered. */
  public boolean isConsidered() {
    return consideration.isPresent();
  }

  /** This comment, considered as given. */
  public Comment considered(Consideration c) {
    return new Comment(received, authorKind, textReference, Optional.of(c));
  }
}
