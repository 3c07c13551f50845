package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.kernel.Displayable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a small grant stands: {@code RECEIVED → PUBLISHED → COMMENT_PERIOD_CLOSED → CONTRACTED},
 * or, from any open status, {@code REFUSED} or {@code WITHDRAWN}. Each status lists the {@link
 * SmallGrantAction}s it allows; the aggregate refuses the others, so what may be done follows from
 * the status alone.
 *
 * <p>Polish: <i>stan postępowania o mały grant</i>.
 */
public enum SmallGrantStatus implements Displayable {

  /** The offer came in. Polish: <i>oferta wpłynęła</i>. */
  RECEIVED("oferta wpłynęła", "offer received", EnumSet.of(SmallGrantAction.PUBLISH, SmallGrantAction.REFUSE, SmallGrantAction.WITHDRAW)),

  /** The offer is posted; comments may come in. Polish: <i>oferta zamieszczona</i>. */
  PUBLISHED("oferta zamieszczona", "offer posted", EnumSet.of(SmallGrantAction.PUBLISH, SmallGrantAction.RECEIVE_COMMENT,
      SmallGrantAction.CONSIDER_COMMENT, SmallGrantAction.CLOSE_COMMENT_PERIOD, SmallGrantAction.REFUSE,
      SmallGrantAction.WITHDRAW)),

  /** The comment period is over. Polish: <i>termin na uwagi upłynął</i>. */
  COMMENT_PERIOD_CLOSED("termin na uwagi upłynął", "comment period closed", EnumSet.of(SmallGrantAction.CONSIDER_COMMENT, SmallGrantAction.SIGN_CONTRACT,
      SmallGrantAction.REFUSE, SmallGrantAction.WITHDRAW)),

  /** The contract is signed (final). Polish: <i>umowa zawarta</i>. */
  CONTRACTED("umowa zawarta", "contract signed", EnumSet.noneOf(SmallGrantAction.class)),

  /** The body refused the task (final). Polish: <i>odmowa</i>. */
  REFUSED("odmowa", "refused", EnumSet.noneOf(SmallGrantAction.class)),

  /** The organisation withdrew its offer (final). Polish: <i>oferta wycofana</i>. */
  WITHDRAWN("oferta wycofana", "offer withdrawn", EnumSet.noneOf(SmallGrantAction.class));

  private final String polishName;
  private final String englishName;

  private final Set<SmallGrantAction> allowed;

  SmallGrantStatus(String polishName, String englishName, Set<SmallGrantAction> allowed) {
    this.polishName = polishName;
    this.englishName = englishName;
    this.allowed = allowed;
  }

  /** Whether {@code action} may be done in this status. */
  public boolean allows(SmallGrantAction action) {
    return allowed.contains(action);
  }

  /** Whether no action is possible any more. */
  public boolean isFinal() {
    return allowed.isEmpty();
  }

  /**
   * Whether a grant in this status counts towards the yearly cap and the budget share: every
   * status but {@code REFUSED} and {@code WITHDRAWN}.
   */
  public boolean countsTowardsLimits() {
    return this != REFUSED && this != WITHDRAWN;
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
