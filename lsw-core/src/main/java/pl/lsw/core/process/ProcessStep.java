package pl.lsw.core.process;

import java.util.List;
import java.util.Locale;
import pl.lsw.core.kernel.Localized;
import pl.lsw.core.kernel.Messages;
import java.util.Objects;

/**
 * One step of a process definition, or one sub-step of a step. A step without sub-steps is
 * completed itself; a step with sub-steps is done when every sub-step is done, and its sub-steps
 * inherit its prerequisites.
 *
 * <p>Polish: <i>krok (lub podkrok) procesu</i>.
 *
 * @param code the stable code, unique in its definition, e.g. {@code "2.2"}
 * @param title the title in Polish and English
 * @param source where the step comes from, e.g. {@code "003, schemat: pierwsze wdrażanie"}
 * @param prerequisites codes of the steps (or sub-steps) that must be done first, as declared;
 *     a step with sub-steps stands for all of them
 * @param subSteps the sub-steps, in order; empty for a step completed itself
 * @param decisionPoint whether completing this step records a decision to continue or to close
 *     (as step 9.2 of Model Kooperacji does)
 */
public record ProcessStep(
    String code,
    Title title,
    String source,
    List<String> prerequisites,
    List<ProcessStep> subSteps,
    boolean decisionPoint) implements Localized {

  /** Refuses nulls and copies the lists. */
  public ProcessStep {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    prerequisites = List.copyOf(prerequisites);
    subSteps = List.copyOf(subSteps);
  }

  /** Whether the step is completed itself (it has no sub-steps). */
  public boolean isCompletable() {
    return subSteps.isEmpty();
  }

  /**
   * The code and the title in the reader's language, e.g. {@code 2.2 „Decyzja władz …”} or
   * {@code 2.2 "Decision of the authorities …"}.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the code and the title
   */
  @Override
  public String display(Locale locale) {
    return Messages.isPolish(locale)
        ? code + " „" + title.polish() + "”"
        : code + " \"" + title.english() + "\"";
  }

  /** The code and the English title, e.g. {@code 2.2 "Decision of the authorities ..."}. */
  public String label() {
    return code + " \"" + title.english() + "\"";
  }
}
