package pl.lsw.core.family.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.OrganisationId;

/**
 * One item of an individual plan: a service or an initiative from a {@link PlanSource}, the
 * organisation that provides it, the days it runs (both inclusive) and a note. Rules, all
 * reported at once by {@code build()} as {@link pl.lsw.core.kernel.InvalidInputException}: the first day not after
 * the last ({@code PLAN_ITEM_DATES}); the note, when given, at most {@value #MAX_NOTE}
 * characters and not blank.
 *
 * <p>Polish: <i>pozycja planu indywidualnego</i>.
 */
@Value.Immutable
abstract class AbstractPlanItem {

  /** The longest note accepted. */
  public static final int MAX_NOTE = 2000;

  static final Label NOTE = Label.of("Uwaga do pozycji planu", "The note of the plan item");

  /** Where the item comes from. */
  public abstract PlanSource source();

  /** The organisation that provides it. */
  public abstract OrganisationId provider();

  /** The first day (inclusive). */
  public abstract LocalDate startsOn();

  /** The last day (inclusive). */
  public abstract LocalDate endsOn();

  /** A note, if any (never a diagnosis or other health data of the family). */
  public abstract Optional<String> note();

  /** Checks every rule at once. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    if (startsOn().isAfter(endsOn())) {
      problems.add(PlanProblems.PROBLEMS.problem("endsOn", "PLAN_ITEM_DATES", "from", startsOn(),
          "to", endsOn()));
    }
    TextChecks.optionalText(problems, "note", "PLAN_ITEM_NOTE", NOTE, note().orElse(null), MAX_NOTE);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
