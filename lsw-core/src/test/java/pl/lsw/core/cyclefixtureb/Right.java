package pl.lsw.core.cyclefixtureb;

import pl.lsw.core.cyclefixturea.Left;

/** The other half of a deliberate package cycle. */
public final class Right {
  /** Points back. */
  public Left left;
}
