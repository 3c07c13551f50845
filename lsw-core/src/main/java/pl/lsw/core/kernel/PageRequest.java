package pl.lsw.core.kernel;

/**
 * Which page of a listing to return: a zero-based page number and a page size.
 *
 * <p>Polish: <i>żądanie strony wyników</i>.
 *
 * @param page the zero-based page number, {@code >= 0}
 * @param size the number of items per page, from 1 to {@link #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

  /** The largest page size a store is asked for. */
  public static final int MAX_SIZE = 1000;

  /**
   * Validates the numbers.
   *
   * @throws InvalidInputException when the page is negative or the size is outside 1..{@value #MAX_SIZE}
   */
  public PageRequest {
    var problems = new java.util.ArrayList<Problem>();
    if (page < 0) {
      problems.add(TextChecks.PROBLEMS.problem("page", "PAGE_NEGATIVE", "page", page));
    }
    if (size < 1 || size > MAX_SIZE) {
      problems.add(TextChecks.PROBLEMS.problem("size", "PAGE_SIZE_OUT_OF_RANGE", "max", MAX_SIZE, "size", size));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The page {@code page} (zero-based) of {@code size} items. */
  public static PageRequest of(int page, int size) {
    return new PageRequest(page, size);
  }

  /** The first page of {@code size} items. */
  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  /** The page after this one, with the same size. */
  public PageRequest next() {
    return new PageRequest(page + 1, size);
  }

  /** How many items come before this page: {@code page * size}. */
  public long offset() {
    return (long) page * size;
  }
}
