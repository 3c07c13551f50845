package pl.lsw.core.kernel;

/**
 * A save was refused because the aggregate it would replace is not stored at all: the caller's
 * copy has a version above 0, so it was read from the store, but no stored state of that id is
 * left (it was deleted meanwhile, for example directly in the database by an administrator), or
 * it was never stored. Nothing was written.
 *
 * <p>Unlike a {@link VersionConflictException} (of which this is not a kind), a retry does not
 * help: reloading finds nothing. The caller decides what to do, for example creates the aggregate
 * anew as version 0 or gives the change up.
 *
 * <p>Polish: <i>obiekt nie jest już przechowywany</i>.
 */
public final class NoLongerStoredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String aggregate;
  private final String id;
  private final long version;

  /**
   * @param aggregate the aggregate type, e.g. {@code "Organisation"}
   * @param id the aggregate's id
   * @param version the version of the caller's copy (above 0)
   */
  public NoLongerStoredException(String aggregate, String id, long version) {
    super(aggregate + " " + id + " is no longer stored: it cannot be saved at version " + version
        + "; it was deleted, or never stored");
    this.aggregate = aggregate;
    this.id = id;
    this.version = version;
  }

  /** The aggregate type. */
  public String aggregate() {
    return aggregate;
  }

  /** The aggregate's id. */
  public String id() {
    return id;
  }

  /** The version of the caller's copy, the one the refused save was made at. */
  public long version() {
    return version;
  }
}
