package pl.lsw.core.typology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * One observed interaction between two partners on a day, e.g. a client referral or a signed
 * agreement: the evidence from which {@link NetworkingClassification} tells the form of
 * networking. The note says what happened; it never holds a family's personal data.
 *
 * <p>Immutable. Polish: <i>interakcja między partnerami</i>.
 *
 * @param relationship the two partners
 * @param kind the kind of interaction
 * @param on the day
 * @param note what happened; empty for none
 */
public record Interaction(Relationship relationship, InteractionKind kind, LocalDate on,
    String note) {

  /** The longest note accepted. */
  public static final int MAX_NOTE = 2000;

  private static final Label NOTE = Label.of("opis interakcji", "note on the interaction");

  /**
   * Refuses nulls and an untrimmed or too long note.
   *
   * @param relationship the partners
   * @param kind the kind
   * @param on the day
   * @param note the note, empty for none
   * @throws pl.lsw.core.kernel.InvalidInputException {@code INTERACTION_NOTE_UNTRIMMED}, {@code
   *     INTERACTION_NOTE_TOO_LONG}
   */
  public Interaction {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(note, "note");
    List<Problem> problems = new ArrayList<>();
    if (!note.isEmpty()) {
      TextChecks.requireText(problems, "note", "INTERACTION_NOTE", NOTE, note, MAX_NOTE);
    }
    TypologyProblems.throwIfAny(problems);
  }

  /**
   * An interaction without a note.
   *
   * @param relationship the partners
   * @param kind the kind
   * @param on the day
   * @return the interaction
   */
  public static Interaction of(Relationship relationship, InteractionKind kind, LocalDate on) {
    return new Interaction(relationship, kind, on, "");
  }
}
