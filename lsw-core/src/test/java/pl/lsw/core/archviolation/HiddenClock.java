package pl.lsw.core.archviolation;

import java.time.Instant;
import java.util.UUID;

/** A deliberate violation: the core must take time and ids from injected ports. */
public final class HiddenClock {
  /** Reads the system clock. */
  public Instant now() {
    return Instant.now();
  }

  /** Makes a random id. */
  public UUID id() {
    return UUID.randomUUID();
  }
}
