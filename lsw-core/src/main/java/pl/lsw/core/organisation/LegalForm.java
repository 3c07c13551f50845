package pl.lsw.core.organisation;

/**
 * The legal form of an organisation. It decides which public identifiers an organisation may or
 * must have (see {@link #krsRule()} and {@link #hasLegalIdentity()}).
 *
 * <p>Polish: <i>forma prawna</i>.
 */
public enum LegalForm {
  /**
   * An association, registered in the KRS or an ordinary association kept in the starost's
   * register (which has no KRS number). Polish: <i>stowarzyszenie</i>.
   */
  ASSOCIATION("stowarzyszenie", KrsRule.OPTIONAL),
  /** A foundation; always entered in the KRS. Polish: <i>fundacja</i>. */
  FOUNDATION("fundacja", KrsRule.REQUIRED),
  /** A social cooperative; always entered in the KRS. Polish: <i>spółdzielnia socjalna</i>. */
  SOCIAL_COOPERATIVE("spółdzielnia socjalna", KrsRule.REQUIRED),
  /** A legal person of a church or religious association. Polish: <i>kościelna osoba prawna</i>. */
  CHURCH_LEGAL_PERSON("kościelna osoba prawna", KrsRule.OPTIONAL),
  /** A company (commercial or civil partnership). Polish: <i>spółka</i>. */
  COMPANY("spółka", KrsRule.OPTIONAL),
  /**
   * An organisational unit of local government or another public unit, e.g. a social assistance
   * centre (OPS), a social services centre (CUS), a school. Polish: <i>jednostka organizacyjna
   * JST / jednostka publiczna</i>.
   */
  PUBLIC_UNIT("jednostka organizacyjna JST", KrsRule.FORBIDDEN),
  /** A municipality. Polish: <i>gmina</i>. */
  MUNICIPALITY("gmina", KrsRule.FORBIDDEN),
  /** A county. Polish: <i>powiat</i>. */
  COUNTY("powiat", KrsRule.FORBIDDEN),
  /** A voivodeship (regional self-government). Polish: <i>województwo</i>. */
  VOIVODESHIP("województwo", KrsRule.FORBIDDEN),
  /**
   * An informal or community group without legal personality; it has no NIP, REGON or KRS.
   * Polish: <i>grupa nieformalna</i>.
   */
  INFORMAL_GROUP("grupa nieformalna", KrsRule.FORBIDDEN),
  /** A university or a research institute. Polish: <i>uczelnia / instytut badawczy</i>. */
  UNIVERSITY_OR_RESEARCH_INSTITUTE("uczelnia lub instytut badawczy", KrsRule.OPTIONAL),
  /** Any other form. Polish: <i>inna</i>. */
  OTHER("inna", KrsRule.OPTIONAL);

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
  private final KrsRule krsRule;

  LegalForm(String polishName, KrsRule krsRule) {
    this.polishName = polishName;
    this.krsRule = krsRule;
  }

  /** The Polish name, e.g. {@code "fundacja"}. */
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
