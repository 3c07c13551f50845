package pl.lsw.core.process;

import java.util.List;
import java.util.Objects;

/**
 * What an accepted command to a process instance produced: the new state and the events that
 * say what happened. The aggregate never publishes; the application service saves the new state
 * and then publishes the events.
 *
 * <p>Polish: <i>zmiana przebiegu procesu</i>.
 *
 * @param instance the new state (with the version it was read at; the store raises it on save)
 * @param events what happened, in order, never empty
 */
public record ProcessChange(ProcessInstance instance, List<ProcessEvent> events) {

  /** Refuses nulls and copies the list. */
  public ProcessChange {
    Objects.requireNonNull(instance, "instance");
    events = List.copyOf(events);
  }
}
