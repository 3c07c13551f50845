package pl.lsw.core.archviolation;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** A deliberate violation: Vavr collections and Option in public signatures. */
public final class VavrAtTheBoundary {

  /** Takes a Vavr Option. */
  public VavrAtTheBoundary(Option<String> name) {}

  /** Answers a Vavr list. */
  public List<String> names() {
    return List.empty();
  }
}
