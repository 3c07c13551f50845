package pl.lsw.core.evaluation.instrument;

import pl.lsw.core.kernel.Displayable;

/**
 * A three-step grade of a self-assessment: a principle of partnership or a dimension of
 * solidarity capital is not met, partly met or met. Three steps rather than a 1–5 scale, because
 * the seed describes the principles and dimensions qualitatively and a partnership judges them in
 * a discussion, not by a count; the grades are ordered ({@link #compareTo}: {@code NOT_MET} is the
 * weakest) and stored by their names.
 *
 * <p>Polish: <i>ocena (stopień spełnienia)</i>.
 */
public enum Grade implements Displayable {
  /** Not met. Polish: <i>niespełnione</i>. */
  NOT_MET("niespełnione", "not met"),
  /** Partly met. Polish: <i>spełnione częściowo</i>. */
  PARTLY_MET("spełnione częściowo", "partly met"),
  /** Met. Polish: <i>spełnione</i>. */
  MET("spełnione", "met");

  private final String polishName;
  private final String englishName;

  Grade(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** @return whether the grade claims the thing is at least partly there, so needs evidence */
  public boolean claimsPresence() {
    return this != NOT_MET;
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
