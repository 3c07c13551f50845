package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.ProblemBundle;
import pl.lsw.core.kernel.TextChecks;

/**
 * The problems of small grants, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów małych grantów</i>.
 */
final class SmallGrantProblems {

  /** The bundle {@code pl/lsw/core/financing/smallgrant/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(SmallGrantProblems.class, "pl/lsw/core/financing/smallgrant/problems");

  private SmallGrantProblems() {}

  /**
   * The problem {@code <CODE>_PESEL} when the text holds a PESEL number, else nothing.
   *
   * @param path the field's path
   * @param code the code prefix
   * @param what what the text is
   * @param text the text, may be null
   * @return the problems, none or one
   */
  static io.vavr.collection.List<Problem> pesel(String path, String code, Label what, String text) {
    java.util.List<Problem> found = new java.util.ArrayList<>();
    TextChecks.refusePesel(found, path, code, what, text);
    return io.vavr.collection.List.ofAll(found);
  }
}
