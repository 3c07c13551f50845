package pl.lsw.core.partnership.governance.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.OrganisationRepository;
import pl.lsw.core.partnership.Membership;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;

/**
 * Builds the {@link GovernanceComplianceReport} of a partnership over a period: loads the
 * partnership and its members' organisations through the repositories and runs every {@link
 * GovernanceRules governance rule} as of today's date (from the injected clock). The pure {@link
 * #evaluate} does the same for a partnership and organisations already loaded.
 *
 * <p>Parameters: the {@link GovernanceParameters#defaults()} with the caller's values laid over
 * them ({@link ParameterSet#overlay}); a caller's set without governance values (e.g. the
 * statutory set) leaves the defaults in force.
 *
 * <p>Thread-safe when the repositories are.
 *
 * <p>Polish: <i>ocena zgodności zarządzania partnerstwem</i>.
 */
public final class GovernanceCompliance {

  private final PartnershipRepository partnerships;
  private final OrganisationRepository organisations;
  private final Clock clock;
  private final ParameterSet parameters;

  /**
   * A service with the default parameters.
   *
   * @param partnerships where partnerships are loaded from
   * @param organisations where the members' organisations are loaded from
   * @param clock today's date comes from it
   */
  public GovernanceCompliance(PartnershipRepository partnerships,
      OrganisationRepository organisations, Clock clock) {
    this(partnerships, organisations, clock, ParameterSet.empty());
  }

  /**
   * A service whose parameters are the defaults overlaid with {@code parameters}.
   *
   * @param partnerships where partnerships are loaded from
   * @param organisations where the members' organisations are loaded from
   * @param clock today's date comes from it
   * @param parameters values laid over {@link GovernanceParameters#defaults()}
   */
  public GovernanceCompliance(PartnershipRepository partnerships,
      OrganisationRepository organisations, Clock clock, ParameterSet parameters) {
    this.partnerships = Objects.requireNonNull(partnerships, "partnerships");
    this.organisations = Objects.requireNonNull(organisations, "organisations");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.parameters = GovernanceParameters.defaults()
        .overlay(Objects.requireNonNull(parameters, "parameters"));
  }

  /**
   * The report of the partnership {@code id} over {@code period}, as of today; none when no such
   * partnership is stored. Organisations of every membership (ended ones included) are looked up;
   * one not found counts for no sector and no field.
   */
  public Optional<GovernanceComplianceReport> report(PartnershipId id, DateRange period) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(period, "period");
    return partnerships.findById(id).map(p -> {
      Set<OrganisationId> ids = new LinkedHashSet<>();
      p.memberships().stream().map(Membership::organisation).forEach(ids::add);
      List<Organisation> found = new ArrayList<>();
      ids.forEach(o -> organisations.findById(o).ifPresent(found::add));
      return evaluate(p, found, period, LocalDate.now(clock), parameters);
    });
  }

  /**
   * The report of a loaded partnership: runs every governance rule on the subject made of the
   * partnership, the organisations and the period, as of {@code asOf}, with {@code parameters}
   * (which must hold every governance parameter valid on {@code asOf}, e.g. {@link
   * GovernanceParameters#defaults()} or an overlay of it). The rule report's subject reference
   * names the partnership by its name and the period by its days (no id, no words of one
   * language), as the framework's own rendering shows it to people. A pure function.
   *
   * @param partnership the partnership
   * @param organisations its members' organisations (others are ignored)
   * @param period the period reviewed
   * @param asOf the day of the review: parameters valid that day, later days not judged
   * @param parameters the parameter values
   */
  public static GovernanceComplianceReport evaluate(Partnership partnership,
      Collection<Organisation> organisations, DateRange period, LocalDate asOf,
      ParameterSet parameters) {
    GovernanceSubject subject = GovernanceSubject.of(partnership, organisations, period);
    RuleReport report = RuleEngine.evaluate(subject,
        "„" + partnership.name() + "”, " + period.start() + " – " + period.end(),
        GovernanceRules.all(), asOf, parameters);
    return new GovernanceComplianceReport(partnership.id(), partnership.name(), period, report);
  }

  /** {@link #evaluate(Partnership, Collection, DateRange, LocalDate, ParameterSet)} with the defaults. */
  public static GovernanceComplianceReport evaluate(Partnership partnership,
      Collection<Organisation> organisations, DateRange period, LocalDate asOf) {
    return evaluate(partnership, organisations, period, asOf, GovernanceParameters.defaults());
  }
}
