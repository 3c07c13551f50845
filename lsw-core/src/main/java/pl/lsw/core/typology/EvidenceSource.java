package pl.lsw.core.typology;

import pl.lsw.core.kernel.Displayable;

/**
 * Where a piece of evidence for a ladder's indicator comes from.
 *
 * <p>Polish: <i>źródło dowodu</i>.
 */
public enum EvidenceSource implements Displayable {
  /** Records: minutes, plans, agreements, the databases. Polish: <i>dokumentacja</i>. */
  RECORDS("dokumentacja", "records"),
  /** A person's account: an interview, a survey answer, an observer. Polish: <i>relacja osoby</i>. */
  PERSON("relacja osoby", "a person's account");

  private final String polishName;
  private final String englishName;

  EvidenceSource(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
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
