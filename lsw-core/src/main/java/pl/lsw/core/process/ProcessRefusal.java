package pl.lsw.core.process;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import pl.lsw.core.kernel.Problem;

/**
 * Why a command to a process instance was refused: every reason found, each with a stable code.
 * A refused command changes nothing.
 *
 * <p>Polish: <i>odmowa wykonania polecenia</i>.
 *
 * <p>Reason codes: {@code PROCESS_DEFINITION_MISMATCH}, {@code PROCESS_DEFINITION_UNKNOWN},
 * {@code PROCESS_INSTANCE_NOT_FOUND}, {@code PROCESS_ACCESS_DENIED}, {@code PROCESS_STEP_UNKNOWN},
 * {@code PROCESS_STEP_NOT_COMPLETABLE}, {@code PROCESS_STEP_ALREADY_DONE}, {@code
 * PROCESS_STEP_PREREQUISITE_MISSING} (one per missing step, its path {@code
 * prerequisites[<code>]}), {@code PROCESS_DATE_IN_FUTURE}, {@code PROCESS_DATE_BEFORE_START}, {@code
 * PROCESS_STEP_DATE_BEFORE_PREREQUISITE}, {@code PROCESS_DATE_BEFORE_ITERATION}, {@code
 * PROCESS_DECISION_MISSING}, {@code PROCESS_DECISION_NOT_EXPECTED}, {@code PROCESS_LOOP_UNKNOWN},
 * {@code PROCESS_LOOP_TRIGGER_NOT_DONE}, {@code PROCESS_LOOP_NO_DECISION_TO_CONTINUE}, {@code
 * PROCESS_LOOP_CONCLUSIONS_MISSING}, {@code PROCESS_LOOP_DATE_BEFORE_TRIGGER}, {@code
 * PROCESS_STANDING_TASK_UNKNOWN}.
 *
 * @param reasons every reason, never empty
 */
public record ProcessRefusal(List<Problem> reasons) {

  /** Refuses an empty list and copies it. */
  public ProcessRefusal {
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one reason");
    }
  }

  /** A refusal for the given reasons. */
  public static ProcessRefusal of(List<Problem> reasons) {
    return new ProcessRefusal(reasons);
  }

  /** A refusal for one reason. */
  public static ProcessRefusal of(Problem reason) {
    return new ProcessRefusal(List.of(reason));
  }

  /** The codes of the reasons, in order. */
  public List<String> codes() {
    return reasons.stream().map(Problem::code).toList();
  }

  /** Whether one of the reasons has this code. */
  public boolean has(String code) {
    return reasons.stream().anyMatch(r -> r.code().equals(code));
  }

  /** The reasons with this code. */
  public List<Problem> reasons(String code) {
    Objects.requireNonNull(code, "code");
    return reasons.stream().filter(r -> r.code().equals(code)).toList();
  }

  /** Every reason, one per line. */
  public String message() {
    return reasons.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  @Override
  public String toString() {
    return "refused: " + message();
  }
}
