package pl.lsw.core.partnership;

import java.util.EnumSet;
import java.util.Set;
import pl.lsw.core.kernel.Displayable;

/**
 * The status of a matter raised by a partner. Allowed changes: OPEN → ACCEPTED or DECLINED;
 * ACCEPTED → IN_PROGRESS, RESOLVED or DECLINED; IN_PROGRESS → RESOLVED or DECLINED; RESOLVED and
 * DECLINED are final.
 *
 * <p>Polish: <i>status zgłoszonej sprawy</i>.
 */
public enum MatterStatus implements Displayable {
  /** Raised, not yet considered. Polish: <i>zgłoszona</i>. */
  OPEN("zgłoszona", "open"),
  /** Accepted for the partnership to address. Polish: <i>przyjęta</i>. */
  ACCEPTED("przyjęta", "accepted"),
  /** Being addressed. Polish: <i>w realizacji</i>. */
  IN_PROGRESS("w realizacji", "in progress"),
  /** Resolved. Polish: <i>rozwiązana</i>. */
  RESOLVED("rozwiązana", "resolved"),
  /** Declined. Polish: <i>odrzucona</i>. */
  DECLINED("odrzucona", "declined");

  private final String polishName;
  private final String englishName;

  MatterStatus(String polishName, String englishName) {
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

  /** The statuses this one may change to (empty for a final status). */
  public Set<MatterStatus> next() {
    switch (this) {
      case OPEN:
        return EnumSet.of(ACCEPTED, DECLINED);
      case ACCEPTED:
        return EnumSet.of(IN_PROGRESS, RESOLVED, DECLINED);
      case IN_PROGRESS:
        return EnumSet.of(RESOLVED, DECLINED);
      default:
        return EnumSet.noneOf(MatterStatus.class);
    }
  }

  /** Whether a matter in this status may change to {@code target}. */
  public boolean canChangeTo(MatterStatus target) {
    return next().contains(target);
  }
}
