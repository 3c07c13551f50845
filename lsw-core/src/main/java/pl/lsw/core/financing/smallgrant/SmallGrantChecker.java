package pl.lsw.core.financing.smallgrant;

import java.util.Optional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.ReferenceData;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.StatutoryParameters;

/**
 * Checks small grants against {@link SmallGrantRules#all()}: one grant against a {@link
 * GrantHistory}, or a whole list of grants (e.g. a body's 3 000 grants of a year) at once.
 *
 * <p><b>Batch.</b> {@link #checkAll} sorts the grants once by {@link SmallGrant#ACCUMULATION_ORDER}
 * and walks them in one pass, keeping a running total per organisation, local government and
 * year, per local government and year (the budget share) and per body and year (a district's own
 * allotment); each grant is checked against the totals of the grants before it (see {@link
 * GrantHistory} for how grants accumulate). The cost is one sort plus one rule evaluation per grant,
 * never a scan of the other grants per grant, and the verdicts do not depend on the order of the
 * list: a batch gives each grant the same report as a single check against {@link
 * GrantHistory#of} the same list.
 *
 * <p><b>Dates the parameters do not cover.</b> A grant whose offer came in on a day on which the
 * parameters have no value (before their earliest value, e.g. in 2009 or in year -1) cannot be
 * judged: its report holds only the MUST finding {@code FIN-SMALL-GRANT-PARAMETERS} ({@link
 * SmallGrantRules#PARAMETERS}), it is left out of every total, and every other grant is still
 * checked. A batch never stops at such a grant.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>Polish: <i>sprawdzanie zgodności małych grantów</i>.
 */
public final class SmallGrantChecker {

  private final ParameterSet parameters;
  private final ReferenceData referenceData;

  /**
   * A checker in this rules' environment: its parameters, its working-day calendar and its
   * reference data.
   *
   * @param environment the rules' environment
   */
  public SmallGrantChecker(RuleEnvironment environment) {
    Objects.requireNonNull(environment, "environment");
    this.parameters = environment.parameters();
    this.referenceData = environment.referenceData();
  }

  /**
   * A checker with the statutory parameters and the Polish working-day calendar, chosen
   * explicitly by the caller (for tests and tools outside {@code Lsw}).
   *
   * @return the checker
   */
  public static SmallGrantChecker statutory() {
    return new SmallGrantChecker(RuleEnvironment.of(ParameterSet.statutory(), WorkingDayCalendar.polish()));
  }

  /** The parameters the rules read. */
  public ParameterSet parameters() {
    return parameters;
  }

  /** The reference data given to the rules. */
  public ReferenceData referenceData() {
    return referenceData;
  }

  /**
   * Checks one grant against every small-grant rule.
   *
   * @param grant the grant
   * @param history the other grants and the planned budgets
   * @param asOf the date of the check (decides only whether a posting deadline has passed)
   */
  public RuleReport check(SmallGrant grant, GrantHistory history, LocalDate asOf) {
    return check(grant, history, asOf, subject(grant));
  }

  private RuleReport check(SmallGrant grant, GrantHistory history, LocalDate asOf, String subject) {
    SmallGrantCase c = new SmallGrantCase(grant, history);
    Optional<RuleReport> uncovered = uncovered(c, asOf, subject);
    if (uncovered.isPresent()) {
      return uncovered.get(); // a date the parameters do not cover: that finding, not a failure per rule
    }
    return RuleEngine.evaluate(c, subject, SmallGrantRules.all(), asOf, parameters, referenceData);
  }

  /**
   * The report of {@link SmallGrantRules#PARAMETERS} alone when the parameters have no value on
   * the grant's offer receipt date; empty when they cover it.
   */
  private Optional<RuleReport> uncovered(SmallGrantCase c, LocalDate asOf, String subject) {
    RuleReport coverage = RuleEngine.evaluate(c, subject, List.of(SmallGrantRules.PARAMETERS), asOf,
        parameters, referenceData);
    return coverage.findings().isEmpty() ? Optional.empty() : Optional.of(coverage);
  }

  private boolean covered(SmallGrant g) {
    return uncovered(new SmallGrantCase(g, GrantHistory.fixed(Money.ZERO, Money.ZERO, Money.ZERO, List.of())),
        g.offerReceived(), subject(g)).isEmpty();
  }

  /** How a report names a grant: its title and id. */
  static String subject(SmallGrant grant) {
    return grant.taskTitle() + " [" + grant.id() + "]";
  }

  /**
   * Checks a list of grants at once, each against the grants of the list before it (see the class
   * documentation), with the given planned budgets (a later budget of the same body and year wins).
   *
   * @throws InvalidInputException when two grants of the list have the same id
   */
  public SmallGrantBatchReport checkAll(Iterable<SmallGrant> grants, Iterable<PlannedGrantBudget> budgets,
      LocalDate asOf) {
    return checkAll(grants, budgets, asOf, Map.of());
  }

  private SmallGrantBatchReport checkAll(Iterable<SmallGrant> grants, Iterable<PlannedGrantBudget> budgets,
      LocalDate asOf, Map<GrantId, String> subjects) {
    List<SmallGrant> sorted = new ArrayList<>();
    Map<GrantId, Integer> position = new LinkedHashMap<>();
    List<Problem> duplicates = new ArrayList<>();
    for (SmallGrant g : grants) {
      if (position.putIfAbsent(g.id(), position.size()) != null) {
        duplicates.add(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_DUPLICATE_ID", "title", g.taskTitle(),
            "body", g.body().name()));
      } else {
        sorted.add(g);
      }
    }
    if (!duplicates.isEmpty()) {
      throw new InvalidInputException(duplicates);
    }
    Map<List<Object>, PlannedGrantBudget> planned = new HashMap<>();
    budgets.forEach(b -> planned.put(List.of(b.body().area(), b.year()), b));
    sorted.sort(SmallGrant.ACCUMULATION_ORDER);

    Map<GrantId, RuleReport> byId = new HashMap<>();
    Map<List<Object>, Accumulator> organisations = new HashMap<>();
    Map<List<Object>, Accumulator> bodies = new HashMap<>();
    Map<List<Object>, Accumulator> areas = new HashMap<>();
    for (SmallGrant g : sorted) {
      String subject = subjects.getOrDefault(g.id(), subject(g));
      Optional<RuleReport> uncovered = uncovered(
          new SmallGrantCase(g, GrantHistory.fixed(Money.ZERO, Money.ZERO, Money.ZERO, List.of())), asOf, subject);
      if (uncovered.isPresent()) {
        // the parameters have no value on its date: reported alone, left out of every total
        byId.put(g.id(), uncovered.get());
        continue;
      }
      Accumulator org = organisations.computeIfAbsent(GrantHistory.organisationKey(g), k -> new Accumulator(g));
      Accumulator body = bodies.computeIfAbsent(GrantHistory.localGovernmentKey(g), k -> new Accumulator(g));
      Accumulator area = areas.computeIfAbsent(List.of(g.body().area(), g.grantYear()), k -> new Accumulator(g));
      List<PlannedGrantBudget> known = new ArrayList<>();
      Optional.ofNullable(planned.get(List.of(g.body().localGovernment(), g.grantYear()))).ifPresent(known::add);
      Optional.ofNullable(planned.get(List.of(g.body().area(), g.grantYear()))).ifPresent(known::add);
      GrantHistory history = GrantHistory.fixed(Money.ofGrosze(org.grosze), Money.ofGrosze(body.grosze),
          Money.ofGrosze(area.grosze), known);
      byId.put(g.id(), check(g, history, asOf, subjects.getOrDefault(g.id(), subject(g))));
      if (g.status().countsTowardsLimits()) {
        org.add(g);
        body.add(g);
        area.add(g);
      }
    }

    Map<GrantId, RuleReport> reports = new LinkedHashMap<>();
    position.keySet().forEach(id -> reports.put(id, byId.get(id)));
    return new SmallGrantBatchReport(reports, organisationTotals(organisations), bodyTotals(areas, planned));
  }


  /**
   * Checks a register of small grants ({@link SmallGrantEntry}, e.g. every grant one body gave
   * in a year) at once, with the planned budgets and the grants already stored (e.g. {@link
   * SmallGrantRepository}'s grants of the same local governments and years, not themselves in the
   * register): each entry is checked against the entries and stored grants before it, exactly as
   * {@link #checkAll} does, and the report finds each entry's {@link RuleReport} by its register
   * number. Entries with the same NIP are one organisation; an entry whose NIP is the {@linkplain
   * SmallGrant#applicantNip() NIP of a stored grant} counts with that grant's applicant, others
   * get {@link SmallGrantEntry#organisationIdOf}. Entries of the same grant date accumulate in the
   * order of an id derived from the register number (the same in every run, see {@link
   * #registerGrantId}). The totals cover the entries and the stored grants.
   *
   * @param entries the register's entries, register numbers unique
   * @param budgets the planned NGO-grant budgets (a later budget of the same body and year wins)
   * @param stored grants already stored that count towards the limits; may be empty
   * @param asOf the date of the check (decides only whether a posting deadline has passed)
   * @return the report, keyed by register number
   * @throws InvalidInputException when two entries have the same register number ({@code
   *     SMALL_GRANT_DUPLICATE_REGISTER_NUMBER})
   */
  public SmallGrantRegisterReport checkRegister(Iterable<SmallGrantEntry> entries,
      Iterable<PlannedGrantBudget> budgets, Iterable<SmallGrant> stored, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<SmallGrant> storedGrants = new ArrayList<>();
    stored.forEach(storedGrants::add);
    Map<String, pl.lsw.core.organisation.OrganisationId> byNip = new HashMap<>();
    storedGrants.forEach(g -> g.applicantNip().ifPresent(n -> byNip.putIfAbsent(n.value(), g.applicant())));

    List<SmallGrantEntry> list = new ArrayList<>();
    Map<String, SmallGrantEntry> byNumber = new LinkedHashMap<>();
    List<Problem> duplicates = new ArrayList<>();
    for (SmallGrantEntry e : entries) {
      if (byNumber.putIfAbsent(e.registerNumber(), e) != null) {
        duplicates.add(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_DUPLICATE_REGISTER_NUMBER",
            "number", e.registerNumber()));
      } else {
        list.add(e);
      }
    }
    if (!duplicates.isEmpty()) {
      throw new InvalidInputException(duplicates);
    }
    List<SmallGrant> grants = new ArrayList<>(storedGrants);
    Map<GrantId, String> subjects = new HashMap<>();
    Map<pl.lsw.core.organisation.OrganisationId, SmallGrantEntry> firstOf = new HashMap<>();
    Map<GrantId, String> numberOf = new HashMap<>();
    for (SmallGrantEntry e : list) {
      GrantId id = registerGrantId(e.registerNumber());
      pl.lsw.core.organisation.OrganisationId applicant =
          byNip.getOrDefault(e.applicantNip().value(), SmallGrantEntry.organisationIdOf(e.applicantNip()));
      SmallGrant g = e.asGrant(id, applicant);
      grants.add(g);
      subjects.put(g.id(), e.registerNumber());
      numberOf.put(g.id(), e.registerNumber());
      firstOf.putIfAbsent(applicant, e);
    }
    List<PlannedGrantBudget> plans = new ArrayList<>();
    budgets.forEach(plans::add);
    SmallGrantBatchReport batch = checkAll(grants, plans, asOf, subjects);

    Map<String, RuleReport> reports = new LinkedHashMap<>();
    batch.reports().forEach((id, r) -> {
      String number = numberOf.get(id);
      if (number != null) {
        reports.put(number, r);
      }
    });
    Map<pl.lsw.core.organisation.OrganisationId, SmallGrant> storedOf = new HashMap<>();
    storedGrants.forEach(g -> storedOf.putIfAbsent(g.applicant(), g));
    List<NamedOrganisationYearTotal> organisations = new ArrayList<>();
    for (OrganisationYearTotal t : batch.organisationTotals()) {
      SmallGrantEntry e = firstOf.get(t.organisation());
      if (e != null) {
        organisations.add(new NamedOrganisationYearTotal(e.applicantName(), Optional.of(e.applicantNip()), t));
      } else {
        Optional<pl.lsw.core.kernel.Nip> nip = Optional.ofNullable(storedOf.get(t.organisation()))
            .flatMap(SmallGrant::applicantNip);
        organisations.add(new NamedOrganisationYearTotal(
            nip.map(pl.lsw.core.kernel.Nip::formatted).orElse(t.organisation().toString()), nip, t));
      }
    }
    organisations.sort(Comparator.comparingInt((NamedOrganisationYearTotal t) -> t.totals().year())
        .thenComparing(NamedOrganisationYearTotal::name));
    return new SmallGrantRegisterReport(list, reports, organisations, localGovernmentTotals(grants, plans),
        batch.bodyTotals());
  }

  /**
   * The id under which {@link #checkRegister} checks an entry: derived from its register number
   * (a name-based UUID of {@code "small-grant:" + number}), so the same in every run; grants of
   * one grant date accumulate in the order of their ids.
   *
   * @param registerNumber the register number
   * @return the id
   */
  public static GrantId registerGrantId(String registerNumber) {
    return GrantId.of(java.util.UUID.nameUUIDFromBytes(
        ("small-grant:" + registerNumber).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private List<LocalGovernmentYearTotal> localGovernmentTotals(List<SmallGrant> grants,
      List<PlannedGrantBudget> budgets) {
    Map<List<Object>, PlannedGrantBudget> planned = new HashMap<>();
    budgets.forEach(b -> planned.put(List.of(b.body().area(), b.year()), b));
    Map<List<Object>, Accumulator> units = new LinkedHashMap<>();
    Map<TerytCode, String> names = new HashMap<>();
    List<SmallGrant> sorted = new ArrayList<>(grants);
    sorted.sort(SmallGrant.ACCUMULATION_ORDER);
    for (SmallGrant g : sorted) {
      if (g.body().area().equals(g.body().localGovernment())) {
        names.putIfAbsent(g.body().area(), g.body().name());
      }
      if (!covered(g)) {
        continue;
      }
      Accumulator a = units.computeIfAbsent(GrantHistory.localGovernmentKey(g), k -> new Accumulator(g));
      if (g.status().countsTowardsLimits()) {
        a.add(g);
      }
    }
    List<LocalGovernmentYearTotal> out = new ArrayList<>();
    for (Accumulator a : units.values()) {
      TerytCode unit = a.first.body().localGovernment();
      int year = a.first.grantYear();
      Money total = Money.ofGrosze(a.grosze);
      Percent max = parameters.valueAsOf(StatutoryParameters.SMALL_GRANT_BUDGET_SHARE_MAX, a.latestReceipt);
      Optional<Money> plannedAmount = Optional.ofNullable(planned.get(List.of(unit, year))).map(PlannedGrantBudget::amount);
      Optional<Percent> share = plannedAmount.filter(p -> !p.isZero()).map(total::shareOf);
      Optional<Boolean> within = plannedAmount.map(p -> total.isAtMostShareOf(max, p));
      out.add(new LocalGovernmentYearTotal(unit, Optional.ofNullable(names.get(unit)), year, total, a.count,
          plannedAmount, share, max, within));
    }
    out.sort(Comparator.comparingInt(LocalGovernmentYearTotal::year).thenComparing(t -> t.localGovernment().value()));
    return out;
  }

  private List<OrganisationYearTotal> organisationTotals(Map<List<Object>, Accumulator> organisations) {
    List<OrganisationYearTotal> out = new ArrayList<>();
    for (Accumulator a : organisations.values()) {
      Money total = Money.ofGrosze(a.grosze);
      Money cap = parameters.valueAsOf(StatutoryParameters.SMALL_GRANT_YEARLY_CAP_MAX, a.latestReceipt);
      out.add(new OrganisationYearTotal(a.first.applicant(), a.first.body().localGovernment(), a.first.grantYear(), total, a.count, cap,
          cap.subtract(total).max(Money.ZERO)));
    }
    out.sort(Comparator.comparingInt(OrganisationYearTotal::year).thenComparing(t -> t.organisation().toString()));
    return out;
  }

  private List<BodyYearTotal> bodyTotals(Map<List<Object>, Accumulator> bodies,
      Map<List<Object>, PlannedGrantBudget> planned) {
    List<BodyYearTotal> out = new ArrayList<>();
    for (Accumulator a : bodies.values()) {
      TerytCode area = a.first.body().area();
      int year = a.first.grantYear();
      Money total = Money.ofGrosze(a.grosze);
      Percent max = parameters.valueAsOf(StatutoryParameters.SMALL_GRANT_BUDGET_SHARE_MAX, a.latestReceipt);
      Optional<Money> plannedAmount = Optional.ofNullable(planned.get(List.of(area, year))).map(PlannedGrantBudget::amount);
      Optional<Percent> share = plannedAmount.filter(p -> !p.isZero()).map(total::shareOf);
      boolean within = plannedAmount.map(p -> total.isAtMostShareOf(max, p)).orElse(false);
      out.add(new BodyYearTotal(area, a.first.body().name(), year, total, a.count, plannedAmount, share, max, within));
    }
    out.sort(Comparator.comparingInt(BodyYearTotal::year).thenComparing(t -> t.bodyArea().value()));
    return out;
  }

  /** A running total of one organisation or body in one year. */
  private static final class Accumulator {
    final SmallGrant first;
    long grosze;
    int count;
    LocalDate latestReceipt;

    Accumulator(SmallGrant first) {
      this.first = first;
      this.latestReceipt = first.offerReceived();
    }

    void add(SmallGrant g) {
      grosze = Math.addExact(grosze, g.amount().grosze());
      count++;
      if (g.offerReceived().isAfter(latestReceipt)) {
        latestReceipt = g.offerReceived();
      }
    }
  }
}
