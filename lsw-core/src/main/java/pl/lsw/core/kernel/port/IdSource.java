package pl.lsw.core.kernel.port;

import java.util.UUID;

/**
 * Where new aggregate ids come from. The domain never calls {@code UUID.randomUUID()} itself: the
 * embedding system supplies an id source (random in production, sequential in tests).
 *
 * <p>Polish: <i>źródło identyfikatorów</i>.
 */
@FunctionalInterface
public interface IdSource {

  /** A new id, never returned before by this source. */
  UUID nextId();
}
