package pl.lsw.core.evaluation;

/**
 * The degree of one member of a surveyed network: how many members report a relationship with it
 * ({@code in}), with how many it reports one ({@code out}), and its number of neighbours in the
 * undirected network ({@code undirected}, by the {@link UndirectedTieRule} of the measures).
 *
 * <p>Polish: <i>stopień węzła (liczba powiązań członka sieci)</i>.
 *
 * @param in the members that report a relationship with it
 * @param out the members it reports a relationship with
 * @param undirected its neighbours in the undirected network
 */
public record MemberDegree(int in, int out, int undirected) {

  /**
   * Checks that no degree is negative.
   *
   * @throws IllegalArgumentException when one is
   */
  public MemberDegree {
    if (in < 0 || out < 0 || undirected < 0) {
      throw new IllegalArgumentException("a degree is never negative");
    }
  }
}
