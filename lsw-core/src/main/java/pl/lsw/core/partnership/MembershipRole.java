package pl.lsw.core.partnership;

/**
 * The role of a member organisation in a partnership.
 *
 * <p>Polish: <i>rola członka partnerstwa</i>.
 */
public enum MembershipRole {
  /** The partnership's leader, usually the local government. Polish: <i>lider partnerstwa</i>. */
  LEADER,
  /** A (formal) member. Polish: <i>partner / członek</i>. */
  MEMBER,
  /**
   * An informal partner: takes part at any stage without a declaration. Polish: <i>partner
   * nieformalny</i>.
   */
  INFORMAL_PARTNER
}
