package pl.lsw.core.process;

import java.util.List;
import java.util.Objects;

/**
 * A stage of a process definition: a named group of steps, e.g. "Stage II — Organisation".
 *
 * <p>Polish: <i>etap procesu</i>.
 *
 * @param code the stable code, unique among the stages of its definition, e.g. {@code "II"}
 * @param title the title in Polish and English
 * @param source where the stage comes from
 * @param steps the steps, in order
 */
public record ProcessStage(String code, Title title, String source, List<ProcessStep> steps) {

  /** Refuses nulls and copies the list. */
  public ProcessStage {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    steps = List.copyOf(steps);
  }
}
