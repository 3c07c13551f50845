package pl.lsw.core.typology;

import pl.lsw.core.kernel.Displayable;

/**
 * A kind of observed interaction between two partners, the evidence of the forms of networking
 * ({@link NetworkingForm}).
 *
 * <p>Polish: <i>rodzaj interakcji między partnerami</i>.
 */
public enum InteractionKind implements Displayable {
  /** Passing on information. Polish: <i>wymiana informacji</i>. */
  INFORMATION_EXCHANGE("wymiana informacji", "information exchange"),
  /** Giving or asking for advice. Polish: <i>porada</i>. */
  ADVICE("porada", "advice"),
  /** Referring a client (a family) to the other partner. Polish: <i>skierowanie klienta</i>. */
  CLIENT_REFERRAL("skierowanie klienta", "client referral"),
  /** A meeting of a regular series. Polish: <i>regularne spotkanie</i>. */
  REGULAR_MEETING("regularne spotkanie", "regular meeting"),
  /** Sharing material or human resources. Polish: <i>wspólne zasoby</i>. */
  SHARED_RESOURCES("dzielenie się zasobami", "shared resources"),
  /** A formal agreement signed. Polish: <i>formalna umowa</i>. */
  FORMAL_AGREEMENT("formalna umowa", "formal agreement"),
  /** A strategic plan adopted together. Polish: <i>wspólny plan strategiczny</i>. */
  STRATEGIC_PLAN("wspólny plan strategiczny", "strategic plan");

  private final String polishName;
  private final String englishName;

  InteractionKind(String polishName, String englishName) {
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
