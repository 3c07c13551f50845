package pl.lsw.core.financing.competition;

/**
 * Who performed an act of the competition: the body itself, or the organisation the running of
 * the competition was outsourced to (UDPP art. 11 ust. 2a).
 *
 * <p>Polish: <i>podmiot dokonujący czynności w konkursie</i>.
 */
public enum ActingParty {
  /** The public body. Polish: <i>organ administracji publicznej</i>. */
  BODY,
  /** The organisation running the competition for the body. Polish: <i>organizacja przeprowadzająca konkurs</i>. */
  OPERATOR
}
