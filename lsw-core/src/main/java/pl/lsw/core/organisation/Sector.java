package pl.lsw.core.organisation;

/**
 * The sector a partner organisation comes from. A partnership is expected to bring several
 * sectors together (rule {@code GOV-SECTORS}).
 *
 * <p>Polish: <i>sektor</i>.
 */
public enum Sector {
  /** A local government unit (JST) or another public body. Polish: <i>sektor publiczny (JST)</i>. */
  PUBLIC("sektor publiczny"),
  /** A non-governmental organisation. Polish: <i>organizacja pozarządowa</i>. */
  NGO("organizacja pozarządowa"),
  /** A business. Polish: <i>biznes / sektor prywatny</i>. */
  BUSINESS("biznes"),
  /** An informal or community group. Polish: <i>grupa nieformalna / społeczność lokalna</i>. */
  COMMUNITY_GROUP("grupa nieformalna"),
  /** A university or a research institute. Polish: <i>nauka</i>. */
  RESEARCH("nauka"),
  /**
   * A body that represents families (for example a parents' council or a families' association),
   * as listed among partner sectors in the partnership model. It is an organisation or group,
   * never a family or a person: the library records no personal data of families.
   * Polish: <i>reprezentacja rodzin</i>.
   */
  FAMILY_REPRESENTATIVE("reprezentacja rodzin");

  private final String polishName;

  Sector(String polishName) {
    this.polishName = polishName;
  }

  /** The Polish name. */
  public String polishName() {
    return polishName;
  }
}
