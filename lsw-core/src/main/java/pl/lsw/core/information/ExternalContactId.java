package pl.lsw.core.information;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of an entry of the contact base of key external partners, a UUID given by the
 * embedding system's {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator kontaktu zewnętrznego</i>.
 *
 * @param value the UUID
 */
public record ExternalContactId(UUID value) {

  /** Refuses a null UUID. */
  public ExternalContactId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static ExternalContactId of(UUID value) {
    return new ExternalContactId(value);
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
