package pl.lsw.core.cyclefixturedeep.inner;

import pl.lsw.core.cyclefixturedeep.Outer;

/** The other half of a deliberate package/sub-package cycle, for the architecture tests. */
public final class Inner {

  /** Uses the parent package. */
  public Outer outer() {
    return new Outer();
  }
}
