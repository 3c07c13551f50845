package pl.lsw.core.process;

import java.time.Clock;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.partnership.governance.ActingPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.process.ProcessFixtures.CLOCK;
import static pl.lsw.core.process.ProcessFixtures.TODAY;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.testing.Property;

class ProcessInstancePropertyTest {

  private static ProcessInstance start(java.util.Random rnd, ProcessDefinition definition, LocalDate on) {
    return ProcessInstance.start(ProcessGen.instanceId(rnd), ProcessGen.partnershipId(rnd), definition, on,
        ProcessGen.actor(rnd), CLOCK).get().state();
  }

  @Test
  void a_completion_is_accepted_iff_its_prerequisites_are_done_in_the_current_iteration() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger iterations = new AtomicInteger();
    Property.forAll("completion accepted iff prerequisites done", 300, rnd -> {
      ProcessDefinition definition = ProcessGen.definition(rnd);
      List<ProcessStep> steps = definition.completableSteps();
      LocalDate day = TODAY.minusDays(200);
      ProcessInstance instance = start(rnd, definition, day);
      int completions = 0;
      for (int i = 0; i < 80; i++) {
        day = day.plusDays(rnd.nextInt(2));
        ProcessInstance before = ProcessInstance.copyOf(instance);
        Set<String> done = instance.doneStepCodes();
        if (!definition.loops().isEmpty() && rnd.nextInt(8) == 0) {
          ProcessLoop loop = definition.loops().get(0);
          int current = instance.currentIteration().number();
          Optional<StepCompletion> trigger = instance.history().stream()
              .filter(c -> c.iteration() == current && c.stepCode().equals(loop.triggerStep()))
              .findFirst();
          boolean expected = trigger.isPresent()
              && (loop.condition() == LoopCondition.AFTER_STEP
                  || trigger.get().decision().equals(Optional.of(ContinuationDecision.CONTINUE)));
          Either<Refusal, Change<ProcessInstance>> result = instance.startNextIteration(definition,
              ProcessGen.actor(rnd), loop.code(), day, Optional.of(ProcessGen.evidence(rnd)), CLOCK);
          assertEquals(expected, result.isRight(), () -> "loop after " + done + ": " + result);
          if (result.isRight()) {
            ProcessInstance next = result.get().state();
            Set<String> redone = Set.copyOf(definition.stepsRedoneBy(loop).stream().map(ProcessStep::code).toList());
            assertEquals(current + 1, next.currentIteration().number());
            for (ProcessStep s : steps) {
              assertEquals(done.contains(s.code()) && !redone.contains(s.code()),
                  next.doneStepCodes().contains(s.code()), s.code());
            }
            instance = next;
            iterations.incrementAndGet();
          } else {
            assertEquals(before, instance);
          }
          continue;
        }
        String code = rnd.nextInt(20) == 0 ? "no-such-step" : steps.get(rnd.nextInt(steps.size())).code();
        boolean known = definition.step(code).isPresent();
        List<String> missing = definition.allPrerequisitesOf(code).stream()
            .map(ProcessStep::code).filter(c -> !done.contains(c)).toList();
        boolean expected = known && !done.contains(code)
            && definition.prerequisitesOf(code).stream().allMatch(p -> done.contains(p.code()));
        Either<Refusal, Change<ProcessInstance>> result =
            ProcessGen.complete(rnd, instance, definition, code, day, CLOCK);
        assertEquals(expected, result.isRight(), () -> code + " after " + done + ": " + result);
        assertEquals(expected, known && !done.contains(code) && missing.isEmpty());
        if (result.isRight()) {
          instance = result.get().state();
          completions++;
          accepted.incrementAndGet();
          assertTrue(instance.doneStepCodes().contains(code));
        } else {
          refused.incrementAndGet();
          assertEquals(before, instance, "a refusal changes nothing");
          if (known && !done.contains(code)) {
            assertEquals(missing.stream().map(c -> "prerequisites[" + c + "]").toList(),
                result.getLeft().reasons("PROCESS_STEP_PREREQUISITE_MISSING").stream().map(Problem::path).toList());
          }
        }
        assertEquals(completions, instance.history().size());
      }
      ProcessInstance last = instance;
      assertEquals(last.history().size(),
          last.iterations().stream().mapToInt(it -> last.iterationView(it.number()).get().completions().size()).sum());
    });
    assertTrue(accepted.get() > 0 && refused.get() > 0 && iterations.get() > 0,
        "both outcomes and new iterations are reached: " + accepted + " / " + refused + " / " + iterations);
  }

  @Test
  void a_completion_day_is_accepted_iff_it_is_between_its_prerequisites_days_and_today() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refusedForDay = new AtomicInteger();
    Property.forAll("completion day within bounds", 300, rnd -> {
      ProcessDefinition definition = ProcessGen.definition(rnd);
      LocalDate start = TODAY.minusDays(20);
      ProcessInstance instance = start(rnd, definition, start);
      for (int i = 0; i < 40; i++) {
        List<String> available = instance.position(definition).availableStepCodes();
        if (available.isEmpty()) {
          break;
        }
        String code = available.get(rnd.nextInt(available.size()));
        LocalDate day = start.plusDays(rnd.nextInt(28) - 3);
        ProcessInstance current = instance;
        LocalDate earliest = definition.prerequisitesOf(code).stream()
            .map(p -> current.lastCompletionOf(p.code()).get().completedOn())
            .reduce(start, (a, b) -> a.isAfter(b) ? a : b);
        boolean expected = !day.isAfter(TODAY) && !day.isBefore(earliest);
        Either<Refusal, Change<ProcessInstance>> result =
            ProcessGen.complete(rnd, instance, definition, code, day, CLOCK);
        assertEquals(expected, result.isRight(), () -> code + " on " + day + ": " + result);
        if (result.isRight()) {
          instance = result.get().state();
          accepted.incrementAndGet();
        } else {
          refusedForDay.incrementAndGet();
          assertTrue(result.getLeft().codes().stream().allMatch(c -> c.startsWith("PROCESS_DATE_")
              || c.equals("PROCESS_STEP_DATE_BEFORE_PREREQUISITE")), result.getLeft().message());
        }
      }
    });
    assertTrue(accepted.get() > 0 && refusedForDay.get() > 0, accepted + " / " + refusedForDay);
  }
}
