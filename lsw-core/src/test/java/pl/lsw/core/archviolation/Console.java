package pl.lsw.core.archviolation;

/** A deliberate violation: library code must log through SLF4J, not print. */
public final class Console {
  /** Prints to standard output. */
  public void say(String text) {
    System.out.println(text);
  }
}
