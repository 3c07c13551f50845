package pl.lsw.core.typology;

import pl.lsw.core.kernel.Displayable;

/**
 * The seven forms of networking after C. Park (2006) [seed 002], from the informal and least
 * intense to the formal and most intense, each shown by one {@link InteractionKind}.
 *
 * <p>The slide places the forms along two axes, informal → formal relationship and tactical →
 * strategic cooperation, without saying where either divides. The library reads it as: the
 * first five forms are informal and the last two formal (they rest on signed agreements); the
 * first four are tactical (about single cases and exchanges) and the last three strategic (they
 * commit resources or direction). The intensity rank is the position, 1 to 7.
 *
 * <p>Polish: <i>forma sieciowania (według C. Parka)</i>.
 */
public enum NetworkingForm implements Displayable {
  /** Polish: <i>nieregularna wymiana informacji</i>. */
  IRREGULAR_INFORMATION_EXCHANGE("nieregularna wymiana informacji",
      "irregular information exchange", InteractionKind.INFORMATION_EXCHANGE, false, false),
  /** Polish: <i>wymiana informacji i porad</i>. */
  INFORMATION_AND_ADVICE("wymiana informacji i porad", "exchange of information and advice",
      InteractionKind.ADVICE, false, false),
  /** Polish: <i>kierowanie klientów</i>. */
  CLIENT_REFERRAL("kierowanie klientów", "client referral", InteractionKind.CLIENT_REFERRAL,
      false, false),
  /** Polish: <i>regularne spotkania</i>; needs at least two meetings in the period. */
  REGULAR_MEETINGS("regularne spotkania", "regular meetings", InteractionKind.REGULAR_MEETING,
      false, false),
  /** Polish: <i>dzielenie się zasobami materialnymi i ludzkimi</i>. */
  SHARING_RESOURCES("dzielenie się zasobami materialnymi i ludzkimi",
      "sharing material and human resources", InteractionKind.SHARED_RESOURCES, false, true),
  /** Polish: <i>formalne umowy</i>. */
  FORMAL_AGREEMENTS("formalne umowy", "formal agreements", InteractionKind.FORMAL_AGREEMENT,
      true, true),
  /** Polish: <i>partnerstwa strategiczne</i>. */
  STRATEGIC_PARTNERSHIP("partnerstwa strategiczne", "strategic partnerships",
      InteractionKind.STRATEGIC_PLAN, true, true);

  /** How many regular meetings in the period show {@link #REGULAR_MEETINGS}: {@value}. */
  public static final int MIN_REGULAR_MEETINGS = 2;

  private final String polishName;
  private final String englishName;
  private final InteractionKind evidence;
  private final boolean formal;
  private final boolean strategic;

  NetworkingForm(String polishName, String englishName, InteractionKind evidence,
      boolean formal, boolean strategic) {
    this.polishName = polishName;
    this.englishName = englishName;
    this.evidence = evidence;
    this.formal = formal;
    this.strategic = strategic;
  }

  /** @return the kind of interaction that shows this form */
  public InteractionKind evidence() {
    return evidence;
  }

  /** @return how many interactions of {@link #evidence()} in a period show the form (1 or 2) */
  public int minimumEvidence() {
    return this == REGULAR_MEETINGS ? MIN_REGULAR_MEETINGS : 1;
  }

  /** @return whether the form is a formal relationship (else informal) */
  public boolean isFormal() {
    return formal;
  }

  /** @return whether the form is strategic cooperation (else tactical) */
  public boolean isStrategic() {
    return strategic;
  }

  /** @return the intensity of the cooperation effort, 1 (lowest) to 7 (highest) */
  public int intensity() {
    return ordinal() + 1;
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
