package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Displayable;

/**
 * The role of a member organisation in a partnership.
 *
 * <p>Polish: <i>rola członka partnerstwa</i>.
 */
public enum MembershipRole implements Displayable {
  /** The partnership's leader, usually the local government. Polish: <i>lider partnerstwa</i>. */
  LEADER("lider", "leader"),
  /** A (formal) member. Polish: <i>partner / członek</i>. */
  MEMBER("członek", "member"),
  /**
   * An informal partner: takes part at any stage without a declaration. Polish: <i>partner
   * nieformalny</i>.
   */
  INFORMAL_PARTNER("partner nieformalny", "informal partner");

  private final String polishName;
  private final String englishName;

  MembershipRole(String polishName, String englishName) {
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
