package pl.lsw.core.typology;

import pl.lsw.core.kernel.TextChecks;

import java.util.List;
import java.util.regex.Pattern;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;

/** Shared checks of the codes and titles of ladders, stages and indicators. */
final class LadderChecks {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  private LadderChecks() {}

  static void code(List<Problem> problems, String path, Label what, String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add(TypologyProblems.PROBLEMS.problem(path, "CODE_FORMAT", "what", what,
          "value", String.valueOf(code)));
    }
  }

  static void title(List<Problem> problems, String path, Label what, Label title) {
    if (title == null || TextChecks.isBlank(title.polishName()) || TextChecks.isBlank(title.englishName())) {
      problems.add(TypologyProblems.PROBLEMS.problem(path, "LABEL_EMPTY", "what", what));
    }
  }
}
