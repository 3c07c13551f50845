package pl.lsw.core.information;

import pl.lsw.core.kernel.TextChecks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

/**
 * One sending of a piece of information to the partnership's members: the item, the one instant
 * at which it was sent to every recipient, who sent it (the actor's reference, e.g. {@code
 * person:…/TASK_TEAM_MANAGER}), and each recipient with its delivery outcome. A dispatch is
 * recorded once and never changed. Checked by {@code INF-SIMULTANEOUS} ({@link InformationRules}).
 *
 * <p>Polish: <i>wysyłka informacji</i>.
 *
 * <p>Rules ({@code build()} throws {@link pl.lsw.core.kernel.InvalidInputException} listing every problem): the
 * sender's reference is not blank; no organisation is a recipient twice.
 */
@Value.Immutable
abstract class AbstractDispatch {

  /** The id. */
  public abstract DispatchId id();

  /** The partnership whose members were informed. */
  public abstract PartnershipId partnership();

  /** What was sent. */
  public abstract InformationItem item();

  /** The one instant of sending, the same for every recipient. */
  public abstract Instant sentAt();

  /** Who sent it: the actor's {@link pl.lsw.core.kernel.Actor#reference() reference}. */
  public abstract String sentBy();

  /** Every recipient with its outcome, in the order of the partnership's memberships. */
  public abstract List<DispatchRecipient> recipients();

  /** The recipient organisations, in order. */
  public List<OrganisationId> recipientOrganisations() {
    return recipients().stream().map(DispatchRecipient::organisation).toList();
  }

  /** The recipient record of an organisation, if it was a recipient. */
  public Optional<DispatchRecipient> recipient(OrganisationId organisation) {
    return recipients().stream().filter(r -> r.organisation().equals(organisation)).findFirst();
  }

  /** The recipients whose delivery failed, in order. */
  public List<DispatchRecipient> failures() {
    return recipients().stream().filter(r -> r.outcome().failed()).toList();
  }

  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    if (TextChecks.isBlank(sentBy())) {
      problems.add(InformationProblems.PROBLEMS.problem("sentBy", "DISPATCH_SENT_BY_EMPTY"));
    }
    Set<OrganisationId> seen = new HashSet<>();
    for (int i = 0; i < recipients().size(); i++) {
      OrganisationId org = recipients().get(i).organisation();
      if (!seen.add(org)) {
        problems.add(InformationProblems.PROBLEMS.problem("recipients[" + i + "]",
            "DISPATCH_RECIPIENT_REPEATED", "organisation", org.toString()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
