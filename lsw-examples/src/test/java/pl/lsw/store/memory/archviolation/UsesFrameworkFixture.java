package pl.lsw.store.memory.archviolation;

/** A deliberate violation: a memory-store class that uses a library outside the allowed set. */
public final class UsesFrameworkFixture {
  /** Uses a JUnit type. */
  public String name(org.junit.jupiter.api.TestInfo info) {
    return info.getDisplayName();
  }
}
