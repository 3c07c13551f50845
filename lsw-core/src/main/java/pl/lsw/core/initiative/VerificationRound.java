package pl.lsw.core.initiative;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import pl.lsw.core.partnership.governance.DecisionId;

/**
 * A verification round of the action-bank loop (seed 000 Rysunek 5, step 4): the day the Task
 * Team verified entries of the Bank and actions of the Action Base, what it verified, its
 * conclusions, and the partnership's decision that adopted them, if recorded. Its {@link
 * #conclusionsText()} is the reference the next iteration of the loop process starts from.
 *
 * <p>Immutable. Polish: <i>runda weryfikacji banku działań</i>.
 *
 * @param heldOn the day of the round
 * @param actor who recorded it (an actor reference)
 * @param entries the Bank entries verified
 * @param actions the actions verified
 * @param conclusions the conclusions, in order; at least one
 * @param decision the recorded decision that adopted the conclusions, if any
 */
public record VerificationRound(LocalDate heldOn, String actor, List<MapEntryId> entries,
    List<ActionId> actions, List<String> conclusions, Optional<DecisionId> decision) {

  /** The longest conclusion accepted. */
  public static final int MAX_CONCLUSION = 2000;

  /** Refuses nulls; copies the lists. */
  public VerificationRound {
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(actor, "actor");
    entries = List.copyOf(entries);
    actions = List.copyOf(actions);
    conclusions = List.copyOf(conclusions);
    Objects.requireNonNull(decision, "decision");
  }

  /**
   * The round's conclusions as one text: the day, the numbers of entries and actions verified
   * in brackets, and the conclusions separated by semicolons, e.g. {@code "2026-11-20 [5/2]:
   * Klub Rodzica do kontynuacji; …"}. It serves as the evidence of the loop's step 4 and of the
   * start of its next iteration.
   */
  public String conclusionsText() {
    return heldOn.format(DateTimeFormatter.ISO_LOCAL_DATE) + " [" + entries.size() + "/"
        + actions.size() + "]: " + conclusions.stream().collect(Collectors.joining("; "));
  }
}
