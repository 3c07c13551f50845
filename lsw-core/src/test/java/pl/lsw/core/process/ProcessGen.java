package pl.lsw.core.process;

import io.vavr.control.Either;
import java.time.Clock;
import java.util.Optional;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.PersonId;

/**
 * Generators of the process domain: definitions (the standard ones and random acyclic ones),
 * actors, evidence and process instances advanced by random commands.
 */
public final class ProcessGen {

  private ProcessGen() {}

  /** A random UUID drawn from the generator (reproducible from its seed). */
  public static UUID uuid(Random rnd) {
    return new UUID(rnd.nextLong(), rnd.nextLong());
  }

  /** A random process instance id. */
  public static ProcessInstanceId instanceId(Random rnd) {
    return ProcessInstanceId.of(uuid(rnd));
  }

  /** A random partnership id. */
  public static PartnershipId partnershipId(Random rnd) {
    return PartnershipId.of(uuid(rnd));
  }

  /** A random actor. */
  public static ActingPerson actor(Random rnd) {
    ActingRole[] roles = ActingRole.values();
    return ActingPerson.of(PersonId.of(uuid(rnd)), roles[rnd.nextInt(roles.length)]);
  }

  /** A random evidence reference, with or without an address. */
  public static EvidenceReference evidence(Random rnd) {
    int n = rnd.nextInt(1000);
    return rnd.nextBoolean()
        ? EvidenceReference.of("protokół nr " + n + "/2026")
        : EvidenceReference.of("uchwała " + n, URI.create("https://example.org/docs/" + n));
  }

  /** One of the standard definitions, or (one time in three) a random acyclic one. */
  public static ProcessDefinition definition(Random rnd) {
    if (rnd.nextInt(3) == 0) {
      return randomDefinition(rnd);
    }
    List<ProcessDefinition> all = StandardProcesses.all();
    return all.get(rnd.nextInt(all.size()));
  }

  /**
   * A random valid definition: 1 to 3 stages of 1 to 4 steps, some with 2 or 3 sub-steps, each
   * element needing a random few of the elements before it, a decision point and a loop.
   */
  public static ProcessDefinition randomDefinition(Random rnd) {
    ProcessDefinitionBuilder b = ProcessDefinition.builder("RANDOM", 1, Title.of("Losowy", "Random"), "generated");
    List<String> earlier = new ArrayList<>();
    String lastCompletable = null;
    String restart = null;
    int stages = 1 + rnd.nextInt(3);
    int n = 0;
    for (int s = 0; s < stages; s++) {
      b.stage("S" + s, Title.of("Etap " + s, "Stage " + s));
      int steps = 1 + rnd.nextInt(4);
      for (int i = 0; i < steps; i++) {
        String code = String.valueOf(++n);
        b.step(code, Title.of("Krok " + code, "Step " + code), pick(rnd, earlier));
        List<String> stepCodes = new ArrayList<>();
        int subs = rnd.nextInt(3) == 0 ? 2 + rnd.nextInt(2) : 0;
        for (int k = 1; k <= subs; k++) {
          String sub = code + "." + k;
          b.subStep(sub, Title.of("Podkrok " + sub, "Sub-step " + sub), pick(rnd, stepCodes));
          stepCodes.add(sub);
          lastCompletable = sub;
          if (restart == null || rnd.nextInt(4) == 0) {
            restart = sub;
          }
        }
        if (subs == 0) {
          lastCompletable = code;
          if (restart == null || rnd.nextInt(4) == 0) {
            restart = code;
          }
        }
        earlier.addAll(stepCodes);
        earlier.add(code);
      }
    }
    b.decisionPointAt(lastCompletable);
    b.standingTask("T", Title.of("Zadanie stałe", "Standing task"));
    b.loop("AGAIN", Title.of("Ponownie", "Again"), lastCompletable, restart,
        rnd.nextBoolean() ? LoopCondition.AFTER_DECISION_TO_CONTINUE : LoopCondition.AFTER_STEP,
        rnd.nextBoolean());
    return b.buildOrThrow();
  }

  private static String[] pick(Random rnd, List<String> from) {
    List<String> chosen = new ArrayList<>();
    for (String code : from) {
      if (rnd.nextInt(3) == 0) {
        chosen.add(code);
      }
    }
    return chosen.toArray(String[]::new);
  }

  /**
   * A stored-looking instance of a random definition: started, then advanced by up to {@code
   * commands} random valid-looking commands (some refused and skipped), with standing-task
   * activities and, where the definition allows, new iterations. Dates never decrease and never
   * pass {@link ProcessFixtures#TODAY}.
   */
  public static ProcessInstance advancedInstance(Random rnd, ProcessDefinition definition, int commands) {
    LocalDate day = ProcessFixtures.TODAY.minusDays(400);
    ProcessInstance instance = ProcessInstance.start(instanceId(rnd), partnershipId(rnd), definition, day,
        actor(rnd), ProcessFixtures.CLOCK).get().state();
    List<ProcessStep> steps = definition.completableSteps();
    for (int i = 0; i < commands; i++) {
      day = day.plusDays(rnd.nextInt(3));
      int what = rnd.nextInt(10);
      if (what == 0 && !definition.standingTasks().isEmpty()) {
        StandingTask task = definition.standingTasks().get(rnd.nextInt(definition.standingTasks().size()));
        instance = instance.recordStandingTaskActivity(definition,
            actor(rnd), task.code(), day, evidence(rnd), ProcessFixtures.CLOCK)
            .map(Change::state).getOrElse(instance);
      } else if (what == 1 && !definition.loops().isEmpty()) {
        ProcessLoop loop = definition.loops().get(0);
        instance = instance.startNextIteration(definition,
            actor(rnd), loop.code(), day, Optional.of(evidence(rnd)), ProcessFixtures.CLOCK)
            .map(Change::state).getOrElse(instance);
      } else {
        List<String> available = instance.position(definition).availableStepCodes();
        String code = available.isEmpty() || rnd.nextInt(5) == 0
            ? steps.get(rnd.nextInt(steps.size())).code()
            : available.get(rnd.nextInt(available.size()));
        instance = complete(rnd, instance, definition, code, day, ProcessFixtures.CLOCK)
            .map(Change::state).getOrElse(instance);
      }
    }
    return instance;
  }

  /** Completes the step on the day, with a decision (mostly to continue) where one is due. */
  public static Either<Refusal, Change<ProcessInstance>> complete(Random rnd, ProcessInstance instance,
      ProcessDefinition definition, String code, LocalDate day, Clock clock) {
    ActingPerson actor = actor(rnd);
    EvidenceReference evidence = evidence(rnd);
    boolean decision = definition.step(code).map(ProcessStep::decisionPoint).orElse(false);
    Optional<ContinuationDecision> taken = decision
        ? Optional.of(rnd.nextInt(4) == 0 ? ContinuationDecision.CLOSE : ContinuationDecision.CONTINUE)
        : Optional.empty();
    return instance.completeStep(definition, actor, code, day, evidence, taken, clock);
  }
}
