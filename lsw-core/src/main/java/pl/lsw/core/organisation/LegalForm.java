package pl.lsw.core.organisation;

import pl.lsw.core.kernel.Displayable;

/**
 * The legal form of an organisation. It decides which public identifiers an organisation may or
 * must have (see {@link #krsRule()} and {@link #hasLegalIdentity()}).
 *
 * <p>Polish: <i>forma prawna</i>.
 */
public enum LegalForm implements Displayable {
  /**
   * An association, registered in the KRS or an ordinary association kept in the starost's
   * register (which has no KRS number). Polish: <i>stowarzyszenie</i>.
   */
  ASSOCIATION("stowarzyszenie", "association", KrsRule.OPTIONAL),
  /** A foundation; always entered in the KRS. Polish: <i>fundacja</i>. */
  FOUNDATION("fundacja", "foundation", KrsRule.REQUIRED),
  /** A social cooperative; always entered in the KRS. Polish: <i>spółdzielnia socjalna</i>. */
  SOCIAL_COOPERATIVE("spółdzielnia socjalna", "social cooperative", KrsRule.REQUIRED),
  /** A legal person of a church or religious association. Polish: <i>kościelna osoba prawna</i>. */
  CHURCH_LEGAL_PERSON("kościelna osoba prawna", "church legal person", KrsRule.OPTIONAL),
  /** A company (commercial or civil partnership). Polish: <i>spółka</i>. */
  COMPANY("spółka", "company", KrsRule.OPTIONAL),
  /**
   * An organisational unit of local government or another public unit, e.g. a social assistance
   * centre (OPS), a social services centre (CUS), a school. Polish: <i>jednostka organizacyjna
   * JST / jednostka publiczna</i>.
   */
  PUBLIC_UNIT("jednostka organizacyjna JST", "public unit of local government", KrsRule.FORBIDDEN),
  /** A municipality. Polish: <i>gmina</i>. */
  MUNICIPALITY("gmina", "municipality", KrsRule.FORBIDDEN),
  /** A county. Polish: <i>powiat</i>. */
  COUNTY("powiat", "county", KrsRule.FORBIDDEN),
  /** A voivodeship (regional self-government). Polish: <i>województwo</i>. */
  VOIVODESHIP("województwo", "voivodeship", KrsRule.FORBIDDEN),
  /**
   * An informal or community group without legal personality; it has no NIP, REGON or KRS.
   * Polish: <i>grupa nieformalna</i>.
   */
  INFORMAL_GROUP("grupa nieformalna", "informal group", KrsRule.FORBIDDEN),
  /** A university or a research institute. Polish: <i>uczelnia / instytut badawczy</i>. */
  UNIVERSITY_OR_RESEARCH_INSTITUTE("uczelnia lub instytut badawczy", "university or research institute", KrsRule.OPTIONAL),
  /** Any other form. Polish: <i>inna</i>. */
  OTHER("inna", "other", KrsRule.OPTIONAL);

  /**
   * Whether a legal form is entered in the National Court Register (KRS).
   *
   * <p>Polish: <i>wpis do Krajowego Rejestru Sądowego</i>.
   */
  public enum KrsRule {
    /** Always entered in the KRS: a KRS number is required. */
    REQUIRED,
    /** Entered in the KRS or not, depending on the organisation. */
    OPTIONAL,
    /** Never entered in the KRS: a KRS number is refused. */
    FORBIDDEN
  }

  private final String polishName;
  private final String englishName;
  private final KrsRule krsRule;

  LegalForm(String polishName, String englishName, KrsRule krsRule) {
    this.polishName = polishName;
    this.englishName = englishName;
    this.krsRule = krsRule;
  }

  /** The English name, e.g. {@code "foundation"}. */
  @Override
  public String englishName() {
    return englishName;
  }

  /** The Polish name, e.g. {@code "fundacja"}. */
  @Override
  public String polishName() {
    return polishName;
  }

  /** Whether organisations of this form are entered in the KRS. */
  public KrsRule krsRule() {
    return krsRule;
  }

  /** Whether organisations of this form can have a NIP and a REGON (all but informal groups). */
  public boolean hasLegalIdentity() {
    return this != INFORMAL_GROUP;
  }

  /** Whether this form is a local government unit or a public unit (sector {@link Sector#PUBLIC}). */
  public boolean isPublic() {
    return this == PUBLIC_UNIT || this == MUNICIPALITY || this == COUNTY || this == VOIVODESHIP;
  }
}
