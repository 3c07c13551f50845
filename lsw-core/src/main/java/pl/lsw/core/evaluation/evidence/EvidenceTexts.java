package pl.lsw.core.evaluation.evidence;

import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems and the notes of the evidence read from records, in Polish and English.
 *
 * <p>Polish: <i>komunikaty dowodów z dokumentacji</i>.
 */
final class EvidenceTexts {

  /** The bundle {@code pl/lsw/core/evaluation/evidence/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(EvidenceTexts.class, "pl/lsw/core/evaluation/evidence/problems");

  /** The bundle {@code pl/lsw/core/evaluation/evidence/notes}: the notes of the evidence. */
  static final MessageBundle NOTES =
      MessageBundle.of(EvidenceTexts.class, "pl/lsw/core/evaluation/evidence/notes");

  private EvidenceTexts() {}
}
