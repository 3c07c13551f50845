package pl.lsw.core.financing.initiative;

import pl.lsw.core.kernel.Displayable;

/**
 * The body's verdict on an own-initiative proposal (UDPP art. 12 ust. 2).
 *
 * <p>Polish: <i>rozstrzygnięcie o celowości realizacji zadania</i>.
 */
public enum ProposalDecision implements Displayable {
  /** The task is worth doing; the body will run a procedure for it. Polish: <i>zadanie celowe</i>. */
  WORTH_DOING("zadanie celowe", "worth doing"),
  /** The task is not worth doing. Polish: <i>zadanie niecelowe</i>. */
  NOT_WORTH_DOING("zadanie niecelowe", "not worth doing");

  private final String polishName;
  private final String englishName;

  ProposalDecision(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** The Polish name. */
  @Override
  public String polishName() {
    return polishName;
  }

  /** The English name. */
  @Override
  public String englishName() {
    return englishName;
  }
}
