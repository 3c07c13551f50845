package pl.lsw.core.financing.competition;

import pl.lsw.core.financing.PublicationPlace;
import java.util.EnumSet;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.FundingProcedure;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.FinancingChecks;
import pl.lsw.core.financing.offer.Offer;
import pl.lsw.core.financing.offer.OfferId;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.Finding;

/**
 * An open competition of offers (UDPP art. 11–18a): the aggregate.
 *
 * <p>It holds the body whose grants these are and which decides (the President, seed 000), the
 * act that announced it (the President's order or a district board's resolution), the mode, the
 * maximum municipal share in support mode (absent: the parameter {@code FIN-SUPPORT-SHARE.max},
 * 80%), the announcement with its publications, the committee, the offers, their assessments, and
 * the results or the annulment; for cooperative problem solving also the problem.
 *
 * <p><b>Commands.</b> Each command returns either a {@link pl.lsw.core.kernel.Refusal} listing every reason at once,
 * or the {@link pl.lsw.core.kernel.Change} competition with its events; the competition itself never stores or
 * publishes anything (see {@link CompetitionService}). Which command each {@link
 * CompetitionState} allows is described there; commands also check the rules of {@link
 * CompetitionRules} that apply to the act (e.g. {@code announce} checks the announcement, the
 * deadline and that the body itself announced).
 *
 * <p><b>Versions.</b> A competition never stored has version 0; each save stores version n + 1
 * (see {@link pl.lsw.core.financing.competition.CompetitionRepository}).
 *
 * <p>Polish: <i>otwarty konkurs ofert</i>.
 */
@Value.Immutable
abstract class AbstractCompetition {

  /** The id. */
  public abstract CompetitionId id();

  /** The stored version: 0 for a competition never stored. */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The lifecycle state. */
  @Value.Default
  public CompetitionState state() {
    return CompetitionState.DRAFT;
  }

  /** The task type or title of the competition. */
  public abstract String title();

  /** The budget year whose funds the competition distributes. */
  public abstract int budgetYear();

  /** The body whose grants these are and which chooses the offers (always the President in seed 000). */
  public abstract GrantingBody body();

  /** The body that chooses the offers and decides: the same as {@link #body()} (seed 000: always the President). */
  public GrantingBody decidingBody() {
    return body();
  }

  /** The act that announces it. */
  public abstract AnnouncingAct announcingAct();

  /** Who announces it, e.g. "Prezydent m.st. Warszawy" or "Zarząd Dzielnicy Praga-Północ". */
  public abstract String announcedBy();

  /** Support (co-financing) or entrusting (full financing). */
  public abstract FundingMode mode();

  /** The competition's own maximum municipal share in support mode; absent: the statutory parameter. */
  public abstract Optional<Percent> maxMunicipalShare();

  /** The announcement. */
  public abstract Announcement announcement();

  /** The organisation running the competition for the body (UDPP art. 11 ust. 2a), if outsourced. */
  public abstract Optional<OrganisationId> operator();

  /** Who performed each non-delegable act performed so far. */
  public abstract Map<NondelegableAct, ActingParty> acts();

  /** The committee members; empty until appointed. */
  public abstract List<CommitteeMember> committee();

  /** The offers received, in order of receipt. */
  public abstract List<Offer> offers();

  /** The assessments made, in the order made. */
  public abstract List<Assessment> assessments();

  /** The day the offer period was closed. */
  public abstract Optional<LocalDate> closedOn();

  /** The results, once decided. */
  public abstract Optional<Results> results();

  /** The annulment, once annulled. */
  public abstract Optional<Annulment> annulment();

  /** For cooperative problem solving: the problem to solve. */
  public abstract Optional<CooperativeProblem> cooperativeProblem();

  /** The procedure: cooperative problem solving, or an open competition in its mode. */
  public FundingProcedure procedure() {
    if (cooperativeProblem().isPresent()) {
      return FundingProcedure.COOPERATIVE_PROBLEM_SOLVING;
    }
    return mode() == FundingMode.SUPPORT
        ? FundingProcedure.OPEN_COMPETITION_SUPPORT : FundingProcedure.OPEN_COMPETITION_ENTRUSTING;
  }

  /**
   * The date whose parameter values the competition's rules use: the day of the last publication
   * of the announcement (from which the statute counts the offer period, art. 13 ust. 1, and on
   * which the announced conditions bind), or the offer deadline while it is unpublished.
   */
  public LocalDate parameterDate() {
    return announcement().lastPublication().orElse(announcement().offerDeadline());
  }

  /** The offer with this id. */
  public Optional<Offer> offer(OfferId offer) {
    return offers().stream().filter(o -> o.id().equals(offer)).findFirst();
  }

  /** The assessment of this offer. */
  public Optional<Assessment> assessment(OfferId offer) {
    return assessments().stream().filter(a -> a.offer().equals(offer)).findFirst();
  }

  /** The award of this offer, once decided. */
  public Optional<Award> award(OfferId offer) {
    return results().flatMap(r -> r.awards().stream().filter(a -> a.offer().equals(offer)).findFirst());
  }

  /** Every organisation that applied, alone or jointly. */
  public Set<OrganisationId> applicants() {
    Set<OrganisationId> all = new LinkedHashSet<>();
    offers().forEach(o -> all.addAll(o.applicants()));
    return all;
  }

  /** Checks the title, the year, unique offers and that results and annulment match the state. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    FinancingChecks.requireText(problems, "title", "TITLE", Label.of("Tytuł konkursu", "The competition's title"), title());
    FinancingChecks.requireText(problems, "announcedBy", "ANNOUNCED_BY", Label.of("Organ ogłaszający konkurs", "The announcing organ"), announcedBy());
    if (budgetYear() < 2000 || budgetYear() > 2200) {
      problems.add(CompetitionProblems.PROBLEMS.problem("budgetYear", "BUDGET_YEAR_RANGE",
          "year", budgetYear()));
    }
    if (version() < 0) {
      problems.add(CompetitionProblems.PROBLEMS.problem("version", "VERSION_NEGATIVE", "version", version()));
    }
    List<OfferId> ids = new ArrayList<>();
    offers().forEach(o -> ids.add(o.id()));
    FinancingChecks.requireDistinct(problems, "offers", "OFFERS", Label.of("Oferty", "Offers"), ids);
    if (results().isPresent() != (state() == CompetitionState.DECIDED)) {
      problems.add(CompetitionProblems.PROBLEMS.problem("results", "RESULTS_STATE",
          "decided", CompetitionState.DECIDED, "state", state()));
    }
    if (annulment().isPresent() != (state() == CompetitionState.ANNULLED)) {
      problems.add(CompetitionProblems.PROBLEMS.problem("annulment", "ANNULMENT_STATE",
          "annulled", CompetitionState.ANNULLED, "state", state()));
    }
    FinancingChecks.throwIfAny(problems);
  }

  private Competition self() {
    return (Competition) this;
  }

  private static Problem stateProblem(CompetitionState actual, Label command, Set<CompetitionState> allowed) {
    return CompetitionProblems.PROBLEMS.problem("state", "COMPETITION_STATE", "state", actual,
        "command", command, "allowed", EnumSet.copyOf(allowed));
  }

  private static Either<Refusal, Change<Competition>> outcome(List<Problem> problems, List<Finding> violations,
      Competition next, CompetitionEvent event) {
    if (!problems.isEmpty() || !violations.isEmpty()) {
      List<Problem> reasons = new ArrayList<>(problems);
      violations.forEach(v -> reasons.add(v.toProblem()));
      return Either.left(Refusal.of(reasons));
    }
    return Either.right(Change.of(next, event));
  }

  private Map<NondelegableAct, ActingParty> actsWith(NondelegableAct act, ActingParty by) {
    Map<NondelegableAct, ActingParty> m = new EnumMap<>(NondelegableAct.class);
    m.putAll(acts());
    m.put(act, by);
    return m;
  }

  /**
   * Announces the competition: records where and when it was published. Allowed in {@link
   * CompetitionState#DRAFT}; checks {@code FIN-COMPETITION-ANNOUNCEMENT}, {@code
   * FIN-COMPETITION-DEADLINE} and {@code FIN-NONDELEGABLE} in the rules' environment.
   *
   * @param publications the day of publication in each place
   * @param by who announces
   * @param environment the rules' environment (parameters, working-day calendar)
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Competition>> announce(Map<PublicationPlace, LocalDate> publications,
      ActingParty by, RuleEnvironment environment, Instant at) {
    List<Problem> problems = new ArrayList<>();
    if (state() != CompetitionState.DRAFT) {
      problems.add(stateProblem(state(), Label.of("ogłoszenie konkursu", "announcing it"), Set.of(CompetitionState.DRAFT)));
    }
    Competition next = self()
        .withAnnouncement(announcement().withPublications(publications))
        .withActs(actsWith(NondelegableAct.ANNOUNCE, by))
        .withState(CompetitionState.ANNOUNCED);
    List<Finding> violations = CompetitionRules.violations(next, List.of(CompetitionRules.ANNOUNCEMENT,
        CompetitionRules.DEADLINE, CompetitionRules.NONDELEGABLE), environment);
    return outcome(problems, violations, next, new CompetitionEvent.Announced(id(), at,
        next.announcement().lastPublication().orElse(null), announcement().offerDeadline()));
  }

  /**
   * Receives an offer. Allowed in {@link CompetitionState#ANNOUNCED}; refused when the offer came
   * after the deadline ({@code OFFER_LATE}), before the announcement was published ({@code
   * OFFER_BEFORE_ANNOUNCEMENT}) or was already received ({@code OFFER_DUPLICATE}).
   *
   * @param offer the offer, with its day of receipt
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Competition>> receiveOffer(Offer offer, Instant at) {
    List<Problem> problems = new ArrayList<>();
    if (state() != CompetitionState.ANNOUNCED) {
      problems.add(stateProblem(state(), Label.of("przyjęcie oferty", "receiving offers"), Set.of(CompetitionState.ANNOUNCED)));
    }
    if (offer.receivedOn().isAfter(announcement().offerDeadline())) {
      problems.add(CompetitionProblems.PROBLEMS.problem("offer.receivedOn", "OFFER_LATE",
          "offer", offer.task(), "received", offer.receivedOn(), "deadline", announcement().offerDeadline()));
    }
    announcement().lastPublication().filter(p -> offer.receivedOn().isBefore(p)).ifPresent(p ->
        problems.add(CompetitionProblems.PROBLEMS.problem("offer.receivedOn",
            "OFFER_BEFORE_ANNOUNCEMENT", "offer", offer.task(), "received", offer.receivedOn(), "published", p)));
    if (offer(offer.id()).isPresent()) {
      problems.add(CompetitionProblems.PROBLEMS.problem("offer.id", "OFFER_DUPLICATE", "offer", offer.task()));
    }
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    Competition next = self().withOffers(append(offers(), offer));
    return outcome(problems, List.of(), next, new CompetitionEvent.OfferReceived(id(), at, offer.id()));
  }

  /**
   * Appoints (or replaces) the committee. Allowed in {@link CompetitionState#ANNOUNCED}, and in
   * {@link CompetitionState#ASSESSMENT} before the first assessment; refused when no member is
   * given ({@code COMMITTEE_EMPTY}) and on violations of {@code FIN-COMMITTEE} and {@code
   * FIN-NONDELEGABLE}.
   *
   * @param members the members
   * @param by who appoints
   * @param environment the rules' environment
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Competition>> appointCommittee(List<CommitteeMember> members, ActingParty by,
      RuleEnvironment environment, Instant at) {
    List<Problem> problems = new ArrayList<>();
    boolean allowed = state() == CompetitionState.ANNOUNCED
        || state() == CompetitionState.ASSESSMENT && assessments().isEmpty();
    if (!allowed) {
      problems.add(stateProblem(state(), Label.of("powołanie komisji (także nie po pierwszej ocenie)", "appointing the committee (nor after the first assessment)"),
          Set.of(CompetitionState.ANNOUNCED, CompetitionState.ASSESSMENT)));
    }
    if (members.isEmpty()) {
      problems.add(CompetitionProblems.PROBLEMS.problem("committee", "COMMITTEE_EMPTY"));
    }
    Competition next = self().withCommittee(members).withActs(actsWith(NondelegableAct.APPOINT_COMMITTEE, by));
    List<Finding> violations = CompetitionRules.violations(next,
        List.of(CompetitionRules.COMMITTEE, CompetitionRules.NONDELEGABLE), environment);
    return outcome(problems, violations, next,
        new CompetitionEvent.CommitteeAppointed(id(), at, members.size()));
  }

  /**
   * Closes the offer period. Allowed in {@link CompetitionState#ANNOUNCED} after the deadline
   * ({@code OFFERS_STILL_OPEN} before); the competition moves to {@link CompetitionState#ASSESSMENT}.
   *
   * @param on the day of closing
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Competition>> closeOffers(LocalDate on, Instant at) {
    List<Problem> problems = new ArrayList<>();
    if (state() != CompetitionState.ANNOUNCED) {
      problems.add(stateProblem(state(), Label.of("zamknięcie naboru ofert", "closing the call for offers"), Set.of(CompetitionState.ANNOUNCED)));
    }
    if (!on.isAfter(announcement().offerDeadline())) {
      problems.add(CompetitionProblems.PROBLEMS.problem("closedOn", "OFFERS_STILL_OPEN",
          "deadline", announcement().offerDeadline(), "on", on));
    }
    Competition next = self().withClosedOn(on).withState(CompetitionState.ASSESSMENT);
    return outcome(problems, List.of(), next,
        new CompetitionEvent.OffersClosed(id(), at, on, offers().size()));
  }

  /**
   * Records the committee's assessment of one offer. Allowed in {@link
   * CompetitionState#ASSESSMENT}; refused when the offer is unknown ({@code OFFER_UNKNOWN}) or
   * already assessed ({@code ASSESSMENT_DUPLICATE}), when no committee was appointed ({@code
   * COMMITTEE_NOT_APPOINTED}), and on violations of {@code FIN-COMMITTEE} and {@code FIN-CRITERIA}.
   *
   * @param assessment the assessment
   * @param environment the rules' environment
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Competition>> assess(Assessment assessment, RuleEnvironment environment,
      Instant at) {
    List<Problem> problems = new ArrayList<>();
    if (state() != CompetitionState.ASSESSMENT) {
      problems.add(stateProblem(state(), Label.of("ocena ofert", "assessing offers"), Set.of(CompetitionState.ASSESSMENT)));
    }
    if (offer(assessment.offer()).isEmpty()) {
      problems.add(CompetitionProblems.PROBLEMS.problem("assessment.offer", "OFFER_UNKNOWN"));
    }
    if (assessment(assessment.offer()).isPresent()) {
      problems.add(CompetitionProblems.PROBLEMS.problem("assessment.offer", "ASSESSMENT_DUPLICATE",
          "offer", offerName(assessment.offer())));
    }
    if (committee().isEmpty()) {
      problems.add(CompetitionProblems.PROBLEMS.problem("committee", "COMMITTEE_NOT_APPOINTED"));
    }
    Competition next = self().withAssessments(append(assessments(), assessment));
    List<Finding> violations = CompetitionRules.violations(next,
        List.of(CompetitionRules.COMMITTEE, CompetitionRules.CRITERIA), environment);
    return outcome(problems, violations, next, new CompetitionEvent.OfferAssessed(id(), at, assessment.offer(),
        assessment.meetsRequirements()));
  }

  /**
   * Chooses offers and awards grants. Allowed in {@link CompetitionState#ASSESSMENT}; refused when
   * no award is given ({@code AWARDS_EMPTY}), an award names an unknown offer ({@code
   * OFFER_UNKNOWN}), one not assessed as meeting the requirements ({@code OFFER_NOT_ELIGIBLE}) or
   * twice ({@code AWARD_DUPLICATE}), is not positive ({@code AWARD_NOT_POSITIVE}) or above the
   * grant requested ({@code AWARD_ABOVE_REQUEST}), when the awards exceed the allocated funds
   * ({@code AWARDS_ABOVE_FUNDS}); and on violations of {@code FIN-CRITERIA}, {@code FIN-ANNULMENT}
   * and {@code FIN-NONDELEGABLE}, and of {@code FIN-MODE}, {@code FIN-SUPPORT-SHARE} and {@code
   * FIN-JOINT-OFFER} by a chosen offer.
   *
   * @param awards the offers chosen and their grants
   * @param on the day of the decision
   * @param by who decides
   * @param environment the rules' environment (parameters, working-day calendar)
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Competition>> decide(List<Award> awards, LocalDate on, ActingParty by,
      RuleEnvironment environment, Instant at) {
    List<Problem> problems = new ArrayList<>();
    if (state() != CompetitionState.ASSESSMENT) {
      problems.add(stateProblem(state(), Label.of("rozstrzygnięcie konkursu", "deciding it"), Set.of(CompetitionState.ASSESSMENT)));
    }
    if (awards.isEmpty()) {
      problems.add(CompetitionProblems.PROBLEMS.problem("awards", "AWARDS_EMPTY"));
    }
    Set<OfferId> seen = new HashSet<>();
    Money total = Money.ZERO;
    for (Award a : awards) {
      String path = "awards[" + a.offer() + "]";
      total = total.add(a.grant());
      if (!seen.add(a.offer())) {
        problems.add(CompetitionProblems.PROBLEMS.problem(path, "AWARD_DUPLICATE", "offer", offerName(a.offer())));
      }
      if (!a.grant().isPositive()) {
        problems.add(CompetitionProblems.PROBLEMS.problem(path, "AWARD_NOT_POSITIVE", "grant", a.grant()));
      }
      Optional<Offer> offer = offer(a.offer());
      if (offer.isEmpty()) {
        problems.add(CompetitionProblems.PROBLEMS.problem(path, "OFFER_UNKNOWN"));
        continue;
      }
      if (!assessment(a.offer()).map(Assessment::meetsRequirements).orElse(false)) {
        problems.add(CompetitionProblems.PROBLEMS.problem(path, "OFFER_NOT_ELIGIBLE",
            "offer", offer.get().task()));
      }
      if (a.grant().isGreaterThan(offer.get().requestedGrant())) {
        problems.add(CompetitionProblems.PROBLEMS.problem(path, "AWARD_ABOVE_REQUEST",
            "grant", a.grant(), "offer", offer.get().task(), "requested", offer.get().requestedGrant()));
      }
    }
    if (total.isGreaterThan(announcement().allocatedFunds())) {
      problems.add(CompetitionProblems.PROBLEMS.problem("awards", "AWARDS_ABOVE_FUNDS",
          "total", total, "allocated", announcement().allocatedFunds()));
    }
    if (state() != CompetitionState.ASSESSMENT) {
      return Either.left(Refusal.of(problems));
    }
    Competition next = Competition.builder().from(self())
        .results(Results.builder().decidedOn(on).awards(awards).build())
        .acts(actsWith(NondelegableAct.CHOOSE_OFFERS, by))
        .state(CompetitionState.DECIDED)
        .build();
    List<Finding> violations = new ArrayList<>(CompetitionRules.violations(next, List.of(
        CompetitionRules.CRITERIA, CompetitionRules.ANNULMENT, CompetitionRules.NONDELEGABLE), environment));
    for (Finding f : CompetitionRules.violations(next, List.of(CompetitionRules.MODE,
        CompetitionRules.SUPPORT_SHARE, CompetitionRules.JOINT_OFFER), environment)) {
      if (seen.stream().anyMatch(o -> f.path().startsWith(CompetitionRules.offerPath(o)))) {
        violations.add(f);
      }
    }
    return outcome(problems, violations, next, new CompetitionEvent.Decided(id(), at,
        awards.stream().map(Award::offer).distinct().toList(), total));
  }

  /**
   * Annuls the competition. Allowed in {@link CompetitionState#ANNOUNCED} and {@link
   * CompetitionState#ASSESSMENT}; refused on violations of {@code FIN-ANNULMENT} (the ground does
   * not hold) and {@code FIN-NONDELEGABLE}.
   *
   * @param reason the statutory ground
   * @param on the day of the annulment
   * @param by who annuls
   * @param environment the rules' environment
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Competition>> annul(AnnulmentReason reason, LocalDate on, ActingParty by,
      RuleEnvironment environment, Instant at) {
    List<Problem> problems = new ArrayList<>();
    if (state() != CompetitionState.ANNOUNCED && state() != CompetitionState.ASSESSMENT) {
      problems.add(stateProblem(state(), Label.of("unieważnienie konkursu", "annulling it"), Set.of(CompetitionState.ANNOUNCED,
          CompetitionState.ASSESSMENT)));
    }
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    Competition next = Competition.builder().from(self())
        .annulment(new Annulment(on, reason))
        .acts(actsWith(NondelegableAct.ANNUL, by))
        .state(CompetitionState.ANNULLED)
        .build();
    List<Finding> violations = CompetitionRules.violations(next,
        List.of(CompetitionRules.ANNULMENT, CompetitionRules.NONDELEGABLE), environment);
    return outcome(problems, violations, next, new CompetitionEvent.Annulled(id(), at, reason));
  }

  /** The task of the offer with this id, by which people know it; empty when it is unknown. */
  private String offerName(OfferId offer) {
    return offer(offer).map(Offer::task).orElse("");
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }
}
