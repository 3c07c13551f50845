package pl.lsw.core.kernel.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The revisions of a set of records, oldest first, with the queries every capability answers:
 * per record and per period.
 *
 * <p>Immutable and thread-safe. Polish: <i>historia zmian</i>.
 *
 * @param revisions the revisions, oldest first
 */
public record History(List<Revision> revisions) {

  /**
   * Copies the revisions.
   *
   * @param revisions the revisions, oldest first
   */
  public History {
    revisions = List.copyOf(revisions);
  }

  /** @return a history with no revision */
  public static History empty() {
    return new History(List.of());
  }

  /**
   * This history with more revisions after its own.
   *
   * @param later the revisions to add, oldest first
   * @return the longer history
   */
  public History with(List<Revision> later) {
    if (later.isEmpty()) {
      return this;
    }
    java.util.ArrayList<Revision> all = new java.util.ArrayList<>(revisions);
    all.addAll(later);
    return new History(all);
  }

  /**
   * The revisions of one record.
   *
   * @param subject the record, e.g. {@code "entry:6f1c…"}
   * @return its revisions, oldest first
   */
  public List<Revision> of(String subject) {
    Objects.requireNonNull(subject, "subject");
    return select(r -> r.subject().equals(subject));
  }

  /**
   * The revisions accepted within a period.
   *
   * @param from the first instant (inclusive)
   * @param until the end (exclusive)
   * @return the revisions, oldest first
   */
  public List<Revision> between(Instant from, Instant until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    return select(r -> r.within(from, until));
  }

  /**
   * The revisions of one record accepted within a period.
   *
   * @param subject the record
   * @param from the first instant (inclusive)
   * @param until the end (exclusive)
   * @return the revisions, oldest first
   */
  public List<Revision> of(String subject, Instant from, Instant until) {
    Objects.requireNonNull(subject, "subject");
    return select(r -> r.subject().equals(subject) && r.within(from, until));
  }

  /**
   * The revisions one actor made.
   *
   * @param actor the actor's reference
   * @return the revisions, oldest first
   */
  public List<Revision> by(String actor) {
    Objects.requireNonNull(actor, "actor");
    return select(r -> r.actor().equals(actor));
  }

  private List<Revision> select(Predicate<Revision> which) {
    return revisions.stream().filter(which).toList();
  }
}
