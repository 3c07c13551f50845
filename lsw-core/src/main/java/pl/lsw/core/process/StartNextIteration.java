package pl.lsw.core.process;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * The command to start a new iteration through one of the definition's loops.
 *
 * <p>Polish: <i>polecenie: rozpocznij kolejną iterację</i>.
 *
 * @param loopCode the code of the loop
 * @param startedOn the day the iteration starts (not after today, not before the trigger step)
 * @param actor who starts it, in which role
 * @param conclusions the reference to the conclusions it starts from; required when the loop
 *     says so
 */
public record StartNextIteration(
    String loopCode, LocalDate startedOn, ActingPerson actor, Optional<EvidenceReference> conclusions) {

  /** Refuses nulls. */
  public StartNextIteration {
    Objects.requireNonNull(loopCode, "loopCode");
    Objects.requireNonNull(startedOn, "startedOn");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(conclusions, "conclusions");
  }

  /** Starting a new iteration from the given conclusions. */
  public static StartNextIteration of(
      String loopCode, LocalDate startedOn, ActingPerson actor, EvidenceReference conclusions) {
    return new StartNextIteration(loopCode, startedOn, actor, Optional.of(conclusions));
  }

  /** Starting a new iteration without a reference to conclusions. */
  public static StartNextIteration withoutConclusions(String loopCode, LocalDate startedOn, ActingPerson actor) {
    return new StartNextIteration(loopCode, startedOn, actor, Optional.empty());
  }
}
