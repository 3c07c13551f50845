package pl.lsw.core.kernel;

/**
 * A storage adapter failed (a database error, a broken connection, a corrupt row). Adapters
 * never turn such failures into "not found": they throw this, with the cause attached.
 *
 * <p>Polish: <i>błąd magazynu danych</i>.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what was being done, and the cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message only. */
  public StoreException(String message) {
    super(message);
  }
}
