package pl.lsw.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Runs two saves of one aggregate at the same moment from two threads (released together by a
 * barrier, no sleeping) and sorts the outcomes into the stored winners and the failures, so that
 * the repository contracts can check "one wins, the other gets a version conflict".
 */
public final class ConcurrentSaves {

  private ConcurrentSaves() {}

  /**
   * The outcomes of a race.
   *
   * @param <T> the aggregate type
   * @param winners what the successful saves returned
   * @param failures the causes of the failed saves
   */
  public record Outcome<T>(List<T> winners, List<Throwable> failures) {}

  /** Saves {@code first} and {@code second} at once with {@code save}, each on its own thread. */
  public static <T> Outcome<T> race(UnaryOperator<T> save, T first, T second) throws InterruptedException {
    CyclicBarrier barrier = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<T>> results = new ArrayList<>();
      for (T candidate : List.of(first, second)) {
        results.add(pool.submit(() -> {
          barrier.await(10, TimeUnit.SECONDS);
          return save.apply(candidate);
        }));
      }
      List<T> winners = new ArrayList<>();
      List<Throwable> failures = new ArrayList<>();
      for (Future<T> result : results) {
        try {
          winners.add(result.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
          failures.add(e);
        }
      }
      return new Outcome<>(winners, failures);
    } finally {
      pool.shutdownNow();
    }
  }
}
