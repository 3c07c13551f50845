package pl.lsw.core.initiative;

import pl.lsw.core.kernel.Displayable;

/**
 * Where an action of the LSW Action Base stands.
 *
 * <p>Polish: <i>stan działania</i>.
 */
public enum ActionStatus implements Displayable {
  /** Decided, not started yet. Polish: <i>zaplanowane</i>. */
  PLANNED("zaplanowane", "planned"),
  /** Under way. Polish: <i>w realizacji</i>. */
  RUNNING("w realizacji", "running"),
  /** Stopped for a while. Polish: <i>zawieszone</i>. */
  SUSPENDED("zawieszone", "suspended"),
  /** Done. Polish: <i>zakończone</i>. */
  COMPLETED("zakończone", "completed"),
  /** Given up before it was done. Polish: <i>odwołane</i>. */
  CANCELLED("odwołane", "cancelled");

  private final String polishName;
  private final String englishName;

  ActionStatus(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** Whether the action is over (completed or cancelled). */
  public boolean isOver() {
    return this == COMPLETED || this == CANCELLED;
  }

  @Override
  public String polishName() {
    return polishName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
