package pl.lsw.core.archviolation;

import java.util.regex.Pattern;

/** A deliberate violation: the core may use only the JDK, Vavr and the SLF4J API. */
public final class UsesForeignLibrary {
  /** Uses a type from a library the core must not depend on. */
  public String name(org.junit.jupiter.api.TestInfo info) {
    return Pattern.quote(info.getDisplayName());
  }
}
