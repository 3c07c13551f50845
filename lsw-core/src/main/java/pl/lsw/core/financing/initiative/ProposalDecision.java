package pl.lsw.core.financing.initiative;

/**
 * The body's verdict on an own-initiative proposal (UDPP art. 12 ust. 2).
 *
 * <p>Polish: <i>rozstrzygnięcie o celowości realizacji zadania</i>.
 */
public enum ProposalDecision {
  /** The task is worth doing; the body will run a procedure for it. Polish: <i>zadanie celowe</i>. */
  WORTH_DOING,
  /** The task is not worth doing. Polish: <i>zadanie niecelowe</i>. */
  NOT_WORTH_DOING
}
