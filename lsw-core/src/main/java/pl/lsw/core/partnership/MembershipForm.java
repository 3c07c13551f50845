package pl.lsw.core.partnership;

/**
 * Whether a membership rests on a written declaration of accession or not [004 §formalizacja].
 *
 * <p>Polish: <i>forma członkostwa (formalne / nieformalne)</i>.
 */
public enum MembershipForm {
  /** With a written declaration of accession and its date. Polish: <i>formalne (deklaracja przystąpienia)</i>. */
  FORMAL,
  /** Without a declaration; the partner still takes part at any stage. Polish: <i>nieformalne</i>. */
  INFORMAL
}
