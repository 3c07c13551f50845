package pl.lsw.core.kernel;

/**
 * A save was refused because the stored aggregate has moved on since it was read: another writer
 * saved a newer version first. Nothing was written. Reload, reapply the change and save again.
 *
 * <p>Polish: <i>konflikt wersji</i>.
 */
public final class VersionConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String aggregate;
  private final String id;
  private final long expectedVersion;

  /**
   * @param aggregate the aggregate type, e.g. {@code "Organisation"}
   * @param id the aggregate's id
   * @param expectedVersion the version the writer had read
   */
  public VersionConflictException(String aggregate, String id, long expectedVersion) {
    super(aggregate + " " + id + " was changed by someone else: expected version "
        + expectedVersion + " is no longer current; nothing was saved");
    this.aggregate = aggregate;
    this.id = id;
    this.expectedVersion = expectedVersion;
  }

  /** The aggregate type. */
  public String aggregate() {
    return aggregate;
  }

  /** The aggregate's id. */
  public String id() {
    return id;
  }

  /** The version the refused writer had read. */
  public long expectedVersion() {
    return expectedVersion;
  }
}
