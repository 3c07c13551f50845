package pl.lsw.core.typology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * Evidence that one indicator of a ladder is met: the indicator's code, where the evidence comes
 * from and a note saying what it is (e.g. "minutes of the Task Team of 12.03.2020: joint plan of
 * family support").
 *
 * <p>Immutable. Polish: <i>dowód spełnienia wskaźnika</i>.
 *
 * @param indicator the indicator's code
 * @param source records or a person
 * @param note what the evidence is; required
 */
public record Evidence(String indicator, EvidenceSource source, String note) {

  /** The longest note accepted. */
  public static final int MAX_NOTE = 2000;

  private static final Label WHAT = Label.of("wskaźnik", "indicator");
  private static final Label NOTE = Label.of("opis dowodu", "note on the evidence");

  /**
   * Refuses a malformed indicator code and a blank, untrimmed or too long note, listing both.
   *
   * @param indicator the indicator's code
   * @param source the source
   * @param note the note
   * @throws pl.lsw.core.kernel.InvalidInputException {@code CODE_FORMAT}, {@code
   *     EVIDENCE_NOTE_EMPTY}, {@code EVIDENCE_NOTE_UNTRIMMED}, {@code EVIDENCE_NOTE_TOO_LONG}
   */
  public Evidence {
    Objects.requireNonNull(source, "source");
    List<Problem> problems = new ArrayList<>();
    LadderChecks.code(problems, "indicator", WHAT, indicator);
    TextChecks.requireText(problems, "note", "EVIDENCE_NOTE", NOTE, note, MAX_NOTE);
    TypologyProblems.throwIfAny(problems);
  }

  /**
   * Evidence from records.
   *
   * @param indicator the indicator's code
   * @param note what the record is
   * @return the evidence
   */
  public static Evidence fromRecords(String indicator, String note) {
    return new Evidence(indicator, EvidenceSource.RECORDS, note);
  }

  /**
   * Evidence from a person.
   *
   * @param indicator the indicator's code
   * @param note who said what (no personal data of families)
   * @return the evidence
   */
  public static Evidence fromPerson(String indicator, String note) {
    return new Evidence(indicator, EvidenceSource.PERSON, note);
  }
}
