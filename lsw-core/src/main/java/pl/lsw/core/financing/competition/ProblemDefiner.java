package pl.lsw.core.financing.competition;

/**
 * Who defined the problem of a cooperative problem-solving competition; the local government
 * leads the definition even when NGOs initiated it [seed 000 §Kooperacyjne rozwiązanie problemu].
 *
 * <p>Polish: <i>podmiot definiujący problem</i>.
 */
public enum ProblemDefiner {
  /** Polish: <i>samorząd</i>. */
  LOCAL_GOVERNMENT,
  /** Polish: <i>organizacje pozarządowe</i>. */
  ORGANISATIONS
}
