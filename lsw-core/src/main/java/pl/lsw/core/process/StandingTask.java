package pl.lsw.core.process;

import java.util.Objects;

/**
 * A task carried on throughout a process, not sequenced with its steps (e.g. promoting Model
 * Kooperacji). Activities on it are recorded without prerequisites.
 *
 * <p>Polish: <i>zadanie stałe</i>.
 *
 * @param code the stable code, unique in its definition, e.g. {@code "S1"}
 * @param title the title in Polish and English
 * @param source where the task comes from
 */
public record StandingTask(String code, Title title, String source) {

  /** Refuses nulls. */
  public StandingTask {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
  }
}
