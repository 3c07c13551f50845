package pl.lsw.core.kernel;

/**
 * A save was refused because another aggregate already holds a value that must be unique in the
 * registry (for example a NIP or a REGON). Nothing was written.
 *
 * <p>Polish: <i>powtórzony klucz unikalny</i>.
 */
public final class DuplicateKeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String aggregate;
  private final String key;
  private final String value;
  private final String existingId;

  /**
   * @param aggregate the aggregate type, e.g. {@code "Organisation"}
   * @param key the name of the unique key, e.g. {@code "nip"}
   * @param value the duplicated value, e.g. {@code "8567346215"}
   * @param existingId the id of the aggregate that already holds the value
   */
  public DuplicateKeyException(String aggregate, String key, String value, String existingId) {
    super(aggregate + " with " + key + " " + value + " already exists (id " + existingId
        + "); nothing was saved");
    this.aggregate = aggregate;
    this.key = key;
    this.value = value;
    this.existingId = existingId;
  }

  /** The aggregate type. */
  public String aggregate() {
    return aggregate;
  }

  /** The name of the unique key, e.g. {@code "nip"} or {@code "regon"}. */
  public String key() {
    return key;
  }

  /** The duplicated value. */
  public String value() {
    return value;
  }

  /** The id of the aggregate that already holds the value. */
  public String existingId() {
    return existingId;
  }
}
