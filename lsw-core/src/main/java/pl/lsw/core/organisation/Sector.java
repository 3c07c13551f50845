package pl.lsw.core.organisation;

import pl.lsw.core.kernel.Displayable;

/**
 * The sector a partner organisation comes from. A partnership is expected to bring several
 * sectors together (rule {@code GOV-SECTORS}).
 *
 * <p>Polish: <i>sektor</i>.
 */
public enum Sector implements Displayable {
  /** A local government unit (JST) or another public body. Polish: <i>sektor publiczny (JST)</i>. */
  PUBLIC("sektor publiczny", "public sector"),
  /** A non-governmental organisation. Polish: <i>organizacja pozarządowa</i>. */
  NGO("organizacja pozarządowa", "non-governmental organisation"),
  /** A business. Polish: <i>biznes / sektor prywatny</i>. */
  BUSINESS("biznes", "business"),
  /** An informal or community group. Polish: <i>grupa nieformalna / społeczność lokalna</i>. */
  COMMUNITY_GROUP("grupa nieformalna", "informal group"),
  /** A university or a research institute. Polish: <i>nauka</i>. */
  RESEARCH("nauka", "research"),
  /**
   * A body that represents families (for example a parents' council or a families' association),
   * as listed among partner sectors in the partnership model. It is an organisation or group,
   * never a family or a person: the library records no personal data of families.
   * Polish: <i>reprezentacja rodzin</i>.
   */
  FAMILY_REPRESENTATIVE("reprezentacja rodzin", "families' representation");

  private final String polishName;
  private final String englishName;

  Sector(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** The English name. */
  @Override
  public String englishName() {
    return englishName;
  }

  /** The Polish name. */
  @Override
  public String polishName() {
    return polishName;
  }
}
