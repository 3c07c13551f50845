package pl.lsw.core.financing.offer;

import pl.lsw.core.financing.FinancingChecks;
import pl.lsw.core.kernel.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;

/**
 * An offer to perform a public task: who offers (one organisation, or several in a joint offer —
 * UDPP art. 14 ust. 2), the task and its dates, the cost calculation, the grant asked for and the
 * expected results.
 *
 * <p>Rules checked when built, all at once ({@link pl.lsw.core.kernel.InvalidInputException}): at
 * least one applicant ({@code APPLICANTS_EMPTY}), none twice ({@code APPLICANTS_DUPLICATE}); the
 * task named ({@code TASK_EMPTY}); the requested grant not negative ({@code
 * REQUESTED_GRANT_NEGATIVE}) and not above the task's total cost ({@code
 * REQUESTED_GRANT_ABOVE_COST}). Whether a joint offer really names two or more organisations is
 * the statutory rule {@code FIN-JOINT-OFFER}, reported by the competition's rules rather than
 * refused here, so that a faulty offer as filed can still be recorded and reported.
 *
 * <p>Polish: <i>oferta (oferta wspólna) realizacji zadania publicznego</i>.
 */
@Value.Immutable
abstract class AbstractOffer {

  /** The id. */
  public abstract OfferId id();

  /** Single or joint, as the applicants declared it. */
  @Value.Default
  public OfferKind kind() {
    return applicants().size() > 1 ? OfferKind.JOINT : OfferKind.SINGLE;
  }

  /** The organisations making the offer, in the order given; the first is the leader. */
  public abstract List<OrganisationId> applicants();

  /** The task's title. */
  public abstract String task();

  /** When the task is performed, both ends included. */
  public abstract DateRange taskPeriod();

  /** The cost calculation. */
  public abstract Budget budget();

  /** The grant asked of the body. */
  public abstract Money requestedGrant();

  /** The results the applicants promise, in their words; may be empty. */
  public abstract List<String> expectedResults();

  /** The day the body received the offer. */
  public abstract LocalDate receivedOn();

  /** The task's total cost. */
  public Money totalCost() {
    return budget().total();
  }

  /** The own contribution: the items funded from any source other than the grant. */
  public Money ownContribution() {
    return budget().ownContribution();
  }

  /** Whether the offer is joint. */
  public boolean isJoint() {
    return kind() == OfferKind.JOINT;
  }

  /** Checks the offer; see the class documentation. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    if (applicants().isEmpty()) {
      problems.add(OfferProblems.PROBLEMS.problem("applicants", "APPLICANTS_EMPTY"));
    }
    FinancingChecks.requireDistinct(problems, "applicants", "APPLICANTS", Label.of("Organizacje", "Organisations"), applicants());
    FinancingChecks.requireText(problems, "task", "TASK", Label.of("Tytuł zadania", "The task's title"), task());
    FinancingChecks.refusePesel(problems, "expectedResults", "EXPECTED_RESULT",
        Label.of("Zakładany rezultat", "An expected result"), expectedResults());
    FinancingChecks.requireNonNegative(problems, "requestedGrant", "REQUESTED_GRANT", Label.of("Wnioskowana dotacja", "The requested grant"),
        requestedGrant());
    if (requestedGrant().isGreaterThan(totalCost())) {
      problems.add(OfferProblems.PROBLEMS.problem("requestedGrant", "REQUESTED_GRANT_ABOVE_COST",
          "grant", requestedGrant(), "total", totalCost()));
    }
    FinancingChecks.throwIfAny(problems);
  }
}
