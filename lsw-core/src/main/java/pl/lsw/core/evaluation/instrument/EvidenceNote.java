package pl.lsw.core.evaluation.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.typology.EvidenceSource;

/**
 * One piece of evidence behind a grade of an evaluation instrument: where it comes from (records or
 * a person, as in {@link pl.lsw.core.typology.Evidence}) and a note saying what it is, e.g. "minutes
 * of the Steering Committee of 12.03.2020: the plan agreed by consensus". Unlike the typology's
 * evidence it names no indicator: it belongs to the grade it is attached to. The note holds no
 * personal data of families.
 *
 * <p>Immutable; stored as the source's name and the note. Polish: <i>dowód (uzasadnienie oceny)</i>.
 *
 * @param source records or a person
 * @param note what the evidence is; required
 */
public record EvidenceNote(EvidenceSource source, String note) {

  /** The longest note accepted. */
  public static final int MAX_NOTE = 2000;

  private static final Label NOTE = Label.of("opis dowodu", "note on the evidence");

  /**
   * Refuses a missing source and a blank, untrimmed or too long note, listing every problem.
   *
   * @param source the source
   * @param note the note
   * @throws pl.lsw.core.kernel.InvalidInputException {@code EVIDENCE_SOURCE_MISSING}, {@code
   *     EVIDENCE_NOTE_EMPTY}, {@code EVIDENCE_NOTE_UNTRIMMED}, {@code EVIDENCE_NOTE_TOO_LONG}
   */
  public EvidenceNote {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requirePresent(problems, "source", "EVIDENCE_SOURCE",
        Label.of("źródło dowodu", "source of the evidence"), source);
    TextChecks.requireText(problems, "note", "EVIDENCE_NOTE", NOTE, note, MAX_NOTE);
    InstrumentProblems.throwIfAny(problems);
  }

  /**
   * Evidence from records.
   *
   * @param note what the record is
   * @return the evidence
   */
  public static EvidenceNote fromRecords(String note) {
    return new EvidenceNote(EvidenceSource.RECORDS, note);
  }

  /**
   * Evidence from a person.
   *
   * @param note who said what (no personal data of families)
   * @return the evidence
   */
  public static EvidenceNote fromPerson(String note) {
    return new EvidenceNote(EvidenceSource.PERSON, note);
  }

  /**
   * Evidence rebuilt from stored values.
   *
   * @param sourceName the name of an {@link EvidenceSource}, e.g. {@code "RECORDS"}
   * @param note the note
   * @return the evidence
   * @throws IllegalArgumentException when the name is not a source
   */
  public static EvidenceNote of(String sourceName, String note) {
    return new EvidenceNote(EvidenceSource.valueOf(Objects.requireNonNull(sourceName)), note);
  }
}
