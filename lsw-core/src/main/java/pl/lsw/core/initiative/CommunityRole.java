package pl.lsw.core.initiative;

import pl.lsw.core.kernel.Displayable;

/**
 * Whether an offer is bottom-up activity of the community itself or is done for the community by an institution or organisation.
 *
 * <p>Polish: <i>rola społeczności</i>.
 */
public enum CommunityRole implements Displayable {
  /** Bottom-up activity of the community (residents, informal groups). Polish: <i>oddolna aktywność społeczności</i>. */
  BY_THE_COMMUNITY("oddolna aktywność społeczności", "bottom-up activity of the community"),
  /** Done for the community by an institution or organisation. Polish: <i>działanie na rzecz społeczności</i>. */
  FOR_THE_COMMUNITY("działanie na rzecz społeczności", "done for the community");

  private final String polishName;
  private final String englishName;

  CommunityRole(String polishName, String englishName) {
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
