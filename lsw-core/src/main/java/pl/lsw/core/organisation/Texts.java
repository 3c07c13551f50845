package pl.lsw.core.organisation;

import java.util.List;
import java.util.Optional;
import pl.lsw.core.kernel.Problem;

/** Checks of free text shared by the organisation values. */
final class Texts {

  private Texts() {}

  /** The text trimmed, or empty for null or blank text. */
  static Optional<String> present(String text) {
    if (text == null || text.strip().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(text.strip());
  }

  /** Adds a problem unless the text is non-blank, trimmed and at most {@code max} characters. */
  static void requireText(List<Problem> problems, String path, String what, String text, int max) {
    if (text == null || text.isBlank()) {
      problems.add(new Problem(path, codeOf(path) + "_EMPTY", what + " is required"));
      return;
    }
    if (!text.equals(text.strip())) {
      problems.add(new Problem(path, codeOf(path) + "_UNTRIMMED",
          what + " must not start or end with white space: \"" + text + "\""));
    }
    if (text.length() > max) {
      problems.add(new Problem(path, codeOf(path) + "_TOO_LONG",
          what + " must have at most " + max + " characters, has " + text.length() + ": \""
              + text.substring(0, 40) + "...\""));
    }
  }

  private static String codeOf(String path) {
    int dot = path.lastIndexOf('.');
    return path.substring(dot + 1).replaceAll("\\[\\d+]", "").replaceAll("([a-z])([A-Z])", "$1_$2")
        .toUpperCase(java.util.Locale.ROOT);
  }
}
