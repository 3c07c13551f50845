package pl.lsw.core.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.partnership.governance.BodyId;

/**
 * An action of the LSW Action Base: an initiative of the Bank that the partnership runs, with the
 * Executive Consortium that runs it, its status and the dates that keep it current.
 *
 * <p>Rules checked on every action, all at once: the name trimmed, non-blank and at most {@value
 * #MAX_NAME} characters ({@code ACTION_NAME}); the status not dated before the start ({@code
 * ACTION_STATUS_BEFORE_START}); the last verification not before the start ({@code
 * ACTION_VERIFIED_BEFORE_START}).
 *
 * <p>Immutable. Polish: <i>działanie Bazy Działań LSW</i>.
 *
 * @param id the action's id
 * @param entry the Bank entry it carries out
 * @param name its name
 * @param consortium the Executive Consortium running it
 * @param status where it stands
 * @param startedOn the day it was put into the base
 * @param statusSince the day of its current status
 * @param lastVerifiedOn the day it was last verified, if ever
 * @param lastReport the consortium's last report on it, if any
 */
public record Action(ActionId id, MapEntryId entry, String name, BodyId consortium,
    ActionStatus status, LocalDate startedOn, LocalDate statusSince,
    Optional<LocalDate> lastVerifiedOn, Optional<ConsortiumReport> lastReport) {

  /** The longest name accepted. */
  public static final int MAX_NAME = 500;

  static final Label NAME = Label.of("Nazwa działania", "The action's name");

  /** Checks every rule at once; throws {@link InvalidInputException} listing the broken ones. */
  public Action {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(consortium, "consortium");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedOn, "startedOn");
    Objects.requireNonNull(statusSince, "statusSince");
    Objects.requireNonNull(lastVerifiedOn, "lastVerifiedOn");
    Objects.requireNonNull(lastReport, "lastReport");
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "name", "ACTION_NAME", NAME, name, MAX_NAME);
    if (statusSince.isBefore(startedOn)) {
      problems.add(InitiativeProblems.PROBLEMS.problem("statusSince", "ACTION_STATUS_BEFORE_START",
          "since", statusSince, "started", startedOn));
    }
    if (lastVerifiedOn.isPresent() && lastVerifiedOn.get().isBefore(startedOn)) {
      problems.add(InitiativeProblems.PROBLEMS.problem("lastVerifiedOn",
          "ACTION_VERIFIED_BEFORE_START", "verified", lastVerifiedOn.get(), "started", startedOn));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    name = TextChecks.strip(name);
  }

  /** Whether the consortium's last report gives another status than the base. */
  public boolean reportDiffers() {
    return lastReport.map(r -> r.status() != status).orElse(false);
  }

  /** This action with another status from a day. */
  Action withStatus(ActionStatus next, LocalDate since) {
    return new Action(id, entry, name, consortium, next, startedOn, since, lastVerifiedOn,
        lastReport);
  }

  /** This action verified on a day. */
  Action verifiedOn(LocalDate day) {
    return new Action(id, entry, name, consortium, status, startedOn, statusSince,
        Optional.of(day), lastReport);
  }

  /** This action with the consortium's report. */
  Action reported(ConsortiumReport report) {
    return new Action(id, entry, name, consortium, status, startedOn, statusSince, lastVerifiedOn,
        Optional.of(report));
  }

  /** The day from which verification is counted: the last verification, or the start. */
  public LocalDate verificationBasis() {
    return lastVerifiedOn.orElse(startedOn);
  }
}
