package pl.lsw.core.kernel;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a listing: its items, the request that produced it and how many items the whole
 * listing has. The item list is unmodifiable.
 *
 * <p>Polish: <i>strona wyników</i>.
 *
 * @param items the items on this page, in the listing's documented order; at most
 *     {@code request.size()}
 * @param request the request this page answers
 * @param totalItems how many items the whole listing has, over all pages
 * @param <T> the item type
 */
public record Page<T>(List<T> items, PageRequest request, long totalItems) {

  /** Copies the items into an unmodifiable list and checks the numbers. */
  public Page {
    Objects.requireNonNull(request, "request");
    items = List.copyOf(items);
    if (totalItems < 0) {
      throw new IllegalArgumentException("totalItems must be 0 or more, was " + totalItems);
    }
    if (items.size() > request.size()) {
      throw new IllegalArgumentException(
          "a page of size " + request.size() + " cannot hold " + items.size() + " items");
    }
  }

  /** An empty page answering {@code request}. */
  public static <T> Page<T> empty(PageRequest request) {
    return new Page<>(List.of(), request, 0);
  }

  /** Whether a later page has items. */
  public boolean hasNext() {
    return request.offset() + items.size() < totalItems;
  }

  /** How many pages of this size the whole listing has (0 when it is empty). */
  public long totalPages() {
    return (totalItems + request.size() - 1) / request.size();
  }

  /** The same page with every item transformed by {@code f}. */
  public <R> Page<R> map(Function<? super T, ? extends R> f) {
    return new Page<>(items.stream().<R>map(f).toList(), request, totalItems);
  }
}
