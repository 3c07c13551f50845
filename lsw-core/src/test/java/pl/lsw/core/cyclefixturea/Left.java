package pl.lsw.core.cyclefixturea;

import pl.lsw.core.cyclefixtureb.Right;

/** One half of a deliberate package cycle. */
public final class Left {
  /** Points to the other half. */
  public Right right;
}
