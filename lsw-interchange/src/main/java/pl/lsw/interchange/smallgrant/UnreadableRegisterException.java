package pl.lsw.interchange.smallgrant;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The source of a register could not be read at all: the path is missing, is a directory, or
 * reading failed. Bad <em>content</em> never throws: it is reported in {@link
 * SmallGrantRegister#malformedRows()} and {@link SmallGrantRegister#fileProblems()}.
 *
 * <p>Polish: <i>nie można odczytać pliku rejestru</i>.
 */
public final class UnreadableRegisterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the source could not be read. */
  public enum Reason {
    /** No file at the path. */
    MISSING,
    /** The path is a directory. */
    DIRECTORY,
    /** Reading failed (permissions, an I/O error). */
    IO_ERROR
  }

  private final transient Path path;
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param path the path, null when the source was a stream
   * @param reason why
   * @param message a message for the log (English)
   * @param cause the cause, may be null
   */
  public UnreadableRegisterException(Path path, Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.path = path;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The path, when the source was a file. */
  public Optional<Path> path() {
    return Optional.ofNullable(path);
  }

  /** Why the source could not be read. */
  public Reason reason() {
    return reason;
  }
}
