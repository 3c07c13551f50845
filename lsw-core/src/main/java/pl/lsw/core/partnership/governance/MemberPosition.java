package pl.lsw.core.partnership.governance;

import java.util.Objects;

/**
 * One member's position on a decision.
 *
 * <p>Polish: <i>stanowisko członka</i>.
 *
 * @param person the member
 * @param position accept, object or abstain
 */
public record MemberPosition(PersonId person, Position position) {

  /** Refuses null components. */
  public MemberPosition {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(position, "position");
  }

  /** The person's position. */
  public static MemberPosition of(PersonId person, Position position) {
    return new MemberPosition(person, position);
  }
}
