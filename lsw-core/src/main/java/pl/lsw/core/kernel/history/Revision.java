package pl.lsw.core.kernel.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * One accepted change of a record, as history keeps it: when it happened, who made it (the
 * actor's {@link pl.lsw.core.kernel.Actor#reference() reference}), which record it changed, what
 * kind of change it was, and each field from which value to which.
 *
 * <p>The subject names the record by kind and id, e.g. {@code "entry:6f1c…"}, {@code
 * "action:…"}, {@code "plan:…"}; the kind is the capability's stable code of the change, e.g.
 * {@code "ENTRY_CHANGED"}, at most {@value #MAX_KIND} characters. Neither ever holds personal
 * data of a family.
 *
 * <p>Immutable and thread-safe. Polish: <i>wpis historii zmian</i>.
 *
 * @param at when the change was accepted
 * @param actor who made it: the actor's reference
 * @param subject the record changed
 * @param kind the kind of change
 * @param changes each field that changed; may be empty (e.g. a verification that changed nothing
 *     but the day of verification is still recorded as a field)
 */
public record Revision(Instant at, String actor, String subject, String kind,
    List<FieldChange> changes) {

  /** The longest kind of change: every capability's codes fit, and so does every store. */
  public static final int MAX_KIND = 40;

  private static final Label KIND = Label.of("rodzaj zmiany", "kind of change");

  /**
   * Refuses nulls and a kind longer than {@value #MAX_KIND} characters ({@code
   * REVISION_KIND_TOO_LONG}, as {@link InvalidInputException}), and copies the changes.
   *
   * @param at when
   * @param actor who
   * @param subject which record
   * @param kind what kind of change
   * @param changes each field
   */
  public Revision {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    if (kind.length() > MAX_KIND) {
      List<Problem> problems = new ArrayList<>();
      TextChecks.requireText(problems, "kind", "REVISION_KIND", KIND, kind, MAX_KIND);
      throw new InvalidInputException(problems);
    }
    changes = List.copyOf(changes);
  }

  /**
   * The change of one field, if this revision changed it.
   *
   * @param field the field's name
   * @return the change, or empty
   */
  public Optional<FieldChange> change(String field) {
    return changes.stream().filter(c -> c.field().equals(field)).findFirst();
  }

  /**
   * Whether this revision was accepted within a period.
   *
   * @param from the first instant of the period (inclusive)
   * @param until the end of the period (exclusive)
   * @return whether {@code from <= at < until}
   */
  public boolean within(Instant from, Instant until) {
    return !at.isBefore(from) && at.isBefore(until);
  }
}
