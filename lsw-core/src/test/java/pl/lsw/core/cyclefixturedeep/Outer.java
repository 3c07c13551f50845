package pl.lsw.core.cyclefixturedeep;

import pl.lsw.core.cyclefixturedeep.inner.Inner;

/** A deliberate cycle between a package and its own sub-package, for the architecture tests. */
public final class Outer {

  /** Uses the sub-package. */
  public Inner inner() {
    return new Inner();
  }
}
