package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.financing.FinancingChecks;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;

/**
 * A member of the competition committee (UDPP art. 15 ust. 2a–2f): who nominated them (the
 * executive body, or an NGO and which one), and the applicants they declared a relation with that
 * raises doubts about their impartiality (art. 15 ust. 2d with art. 24 KPA).
 *
 * <p>Polish: <i>członek komisji konkursowej</i>.
 */
@Value.Immutable
abstract class AbstractCommitteeMember {

  /** The member's name. */
  public abstract String name();

  /** Who nominated the member. */
  public abstract Nominator nominatedBy();

  /** The nominating organisation, for a member nominated by an NGO. */
  public abstract Optional<OrganisationId> nominatingOrganisation();

  /** Organisations the member declared a conflict of interest with. */
  public abstract Set<OrganisationId> conflictsOfInterest();

  /** Refuses a blank name. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    FinancingChecks.requireText(problems, "name", "NAME", Label.of("Imię i nazwisko członka komisji", "The member's name"), name());
    FinancingChecks.throwIfAny(problems);
  }
}
