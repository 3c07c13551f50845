package pl.lsw.core.financing.smallgrant;

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
public enum SmallGrantStatus {

  /** The offer came in. Polish: <i>oferta wpłynęła</i>. */
  RECEIVED(EnumSet.of(SmallGrantAction.PUBLISH, SmallGrantAction.REFUSE, SmallGrantAction.WITHDRAW)),

  /** The offer is posted; comments may come in. Polish: <i>oferta zamieszczona</i>. */
  PUBLISHED(EnumSet.of(SmallGrantAction.PUBLISH, SmallGrantAction.RECEIVE_COMMENT,
      SmallGrantAction.CONSIDER_COMMENT, SmallGrantAction.CLOSE_COMMENT_PERIOD, SmallGrantAction.REFUSE,
      SmallGrantAction.WITHDRAW)),

  /** The comment period is over. Polish: <i>termin na uwagi upłynął</i>. */
  COMMENT_PERIOD_CLOSED(EnumSet.of(SmallGrantAction.CONSIDER_COMMENT, SmallGrantAction.SIGN_CONTRACT,
      SmallGrantAction.REFUSE, SmallGrantAction.WITHDRAW)),

  /** The contract is signed (final). Polish: <i>umowa zawarta</i>. */
  CONTRACTED(EnumSet.noneOf(SmallGrantAction.class)),

  /** The body refused the task (final). Polish: <i>odmowa</i>. */
  REFUSED(EnumSet.noneOf(SmallGrantAction.class)),

  /** The organisation withdrew its offer (final). Polish: <i>oferta wycofana</i>. */
  WITHDRAWN(EnumSet.noneOf(SmallGrantAction.class));

  private final Set<SmallGrantAction> allowed;

  SmallGrantStatus(Set<SmallGrantAction> allowed) {
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
}
