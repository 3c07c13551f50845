package pl.lsw.core.basket;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of the Local Service Basket, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów Lokalnego Koszyka Usług</i>.
 */
final class BasketProblems {

  /** The bundle {@code pl/lsw/core/basket/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(BasketProblems.class, "pl/lsw/core/basket/problems");

  private BasketProblems() {}
}
