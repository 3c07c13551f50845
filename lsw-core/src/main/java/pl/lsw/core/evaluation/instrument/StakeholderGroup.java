package pl.lsw.core.evaluation.instrument;

import pl.lsw.core.kernel.Displayable;
import pl.lsw.core.rules.SourceReference;

/**
 * The four groups that benefit from cooperation in a local support system, as seed 001 §2.3 lists
 * them, each with the seed section that describes its benefits. The name of each constant is its
 * stable code.
 *
 * <p>Polish: <i>grupa interesariuszy (odbiorców korzyści ze współpracy)</i>.
 */
public enum StakeholderGroup implements Displayable {
  /** Persons and families supported. Polish: <i>osoby i rodziny</i> (§2.3.1). */
  PERSONS_AND_FAMILIES("osoby i rodziny", "persons and families", "§2.3.1"),
  /** The helping professions and their culture of work. Polish: <i>zawody pomocowe</i> (§2.3.2). */
  HELPING_PROFESSIONS("zawody pomocowe", "helping professions", "§2.3.2"),
  /** The institutions cooperating. Polish: <i>instytucje</i> (§2.3.3). */
  INSTITUTIONS("instytucje", "institutions", "§2.3.3"),
  /** The local community. Polish: <i>społeczność lokalna</i> (§2.3.4). */
  LOCAL_COMMUNITY("społeczność lokalna", "local community", "§2.3.4");

  private final String polishName;
  private final String englishName;
  private final SourceReference source;

  StakeholderGroup(String polishName, String englishName, String section) {
    this.polishName = polishName;
    this.englishName = englishName;
    this.source = SourceReference.seed("001", section);
  }

  /** @return the seed section describing the group's benefits, e.g. seed 001 §2.3.1 */
  public SourceReference source() {
    return source;
  }

  @Override
  public String polishName() {
    return polishName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
