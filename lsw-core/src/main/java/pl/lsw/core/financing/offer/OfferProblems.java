package pl.lsw.core.financing.offer;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of offers and their budgets, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów ofert i ich kosztorysów</i>.
 */
final class OfferProblems {

  /** The bundle {@code pl/lsw/core/financing/offer/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(OfferProblems.class, "pl/lsw/core/financing/offer/problems");

  private OfferProblems() {}
}
