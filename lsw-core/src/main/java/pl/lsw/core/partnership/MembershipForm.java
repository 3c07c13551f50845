package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Displayable;

/**
 * Whether a membership rests on a written declaration of accession or not [004 §formalizacja].
 *
 * <p>Polish: <i>forma członkostwa (formalne / nieformalne)</i>.
 */
public enum MembershipForm implements Displayable {
  /** With a written declaration of accession and its date. Polish: <i>formalne (deklaracja przystąpienia)</i>. */
  FORMAL("formalne", "formal"),
  /** Without a declaration; the partner still takes part at any stage. Polish: <i>nieformalne</i>. */
  INFORMAL("nieformalne", "informal");

  private final String polishName;
  private final String englishName;

  MembershipForm(String polishName, String englishName) {
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
