package pl.lsw.core.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * One pass through a process. The first iteration starts with the process; each later one is
 * started by a loop and carries over, as done, the steps the loop does not redo.
 *
 * <p>Polish: <i>iteracja (kolejny przebieg) procesu</i>.
 *
 * @param number the number, from 1
 * @param startedOn the day it started (for the first iteration, the day the process started)
 * @param startedBy who started it
 * @param loopCode the loop that started it; empty for the first iteration
 * @param conclusions the reference to the conclusions it starts from (e.g. the verification of
 *     the Action Base); empty when none was given
 * @param carriedOverSteps codes of the completable steps done in earlier iterations that count as
 *     done in this one, in definition order; empty for the first iteration
 * @param recordedAt when it was recorded, from the injected clock
 */
public record Iteration(
    int number,
    LocalDate startedOn,
    ActingPerson startedBy,
    Optional<String> loopCode,
    Optional<EvidenceReference> conclusions,
    List<String> carriedOverSteps,
    Instant recordedAt) {

  /** Refuses nulls and a number below 1, and copies the list. */
  public Iteration {
    Objects.requireNonNull(startedOn, "startedOn");
    Objects.requireNonNull(startedBy, "startedBy");
    Objects.requireNonNull(loopCode, "loopCode");
    Objects.requireNonNull(conclusions, "conclusions");
    Objects.requireNonNull(recordedAt, "recordedAt");
    carriedOverSteps = List.copyOf(carriedOverSteps);
    if (number < 1) {
      throw new IllegalArgumentException("iterations are numbered from 1, not " + number);
    }
  }

  /** The first iteration, started with the process. */
  public static Iteration first(LocalDate startedOn, ActingPerson startedBy, Instant recordedAt) {
    return new Iteration(1, startedOn, startedBy, Optional.empty(), Optional.empty(), List.of(), recordedAt);
  }
}
