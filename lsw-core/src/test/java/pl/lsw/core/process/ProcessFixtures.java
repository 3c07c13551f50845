package pl.lsw.core.process;

import io.vavr.control.Either;
import java.util.Optional;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.PersonId;

/** Shared values for the process tests: a fixed clock, actors, a partnership and evidence. */
public final class ProcessFixtures {

  private ProcessFixtures() {}

  /** Today in the tests: 30 June 2026 (Warsaw time). */
  public static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  /** A clock fixed at noon of {@link #TODAY} in Warsaw. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-30T10:00:00Z"), ZoneId.of("Europe/Warsaw"));

  /** The partnership the processes belong to. */
  public static final PartnershipId PARTNERSHIP =
      PartnershipId.of(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));

  /** The Task Team Manager. */
  public static final ActingPerson MANAGER = ActingPerson.of(
      PersonId.of(UUID.fromString("00000000-0000-0000-0000-0000000000b1")), ActingRole.TASK_TEAM_MANAGER);

  /** A network worker / animator. */
  public static final ActingPerson ANIMATOR = ActingPerson.of(
      PersonId.of(UUID.fromString("00000000-0000-0000-0000-0000000000b2")), ActingRole.NETWORK_WORKER);

  /** A plain evidence reference. */
  public static final EvidenceReference MINUTES = EvidenceReference.of("minutes of the meeting");

  /** The id of the instance in single-instance tests. */
  public static final ProcessInstanceId INSTANCE =
      ProcessInstanceId.of(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

  /** A new instance of the definition, started on the given day. */
  public static ProcessInstance started(ProcessDefinition definition, LocalDate on) {
    return ProcessInstance.start(INSTANCE, PARTNERSHIP, definition, on, MANAGER, CLOCK).get().state();
  }

  /** Completes the step on the day, failing the test when it is refused. */
  public static ProcessInstance done(ProcessInstance instance, ProcessDefinition definition, String step, LocalDate on) {
    return instance.completeStep(definition, MANAGER, step, on, MINUTES, CLOCK)
        .getOrElseThrow(r -> new AssertionError("step " + step + " refused: " + r.message()))
        .state();
  }

  /** Completes the steps in order, all on the given day. */
  public static ProcessInstance doneAll(
      ProcessInstance instance, ProcessDefinition definition, LocalDate on, String... steps) {
    ProcessInstance current = instance;
    for (String step : steps) {
      current = done(current, definition, step, on);
    }
    return current;
  }
}
