package pl.lsw.core.financing.competition;

import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.kernel.MessageBundle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.offer.Offer;
import pl.lsw.core.financing.offer.OfferId;
import pl.lsw.core.financing.offer.OfferKind;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.SourceReference;
import pl.lsw.core.rules.StatutoryParameters;

/**
 * The rules of an open competition of offers, each a {@link Rule} of a {@link Competition}, all
 * MUST. Findings about one offer have the path {@code offers[<offer id>]...}, about one assessment
 * {@code assessments[<offer id>]...}.
 *
 * <p><b>Parameter date.</b> Every rule here that reads a parameter reads it as valid on {@link
 * Competition#parameterDate()}: the day of the last publication of the announcement (the statute
 * counts the offer period from it, UDPP art. 13 ust. 1, and the announced conditions bind from
 * then), or the offer deadline while the announcement is unpublished. The as-of date of an
 * evaluation does not change the verdict.
 *
 * <ul>
 *   <li>{@code FIN-MODE} (art. 11 ust. 1): in support mode an offer is co-financed — the grant is
 *       below the total cost and an own or other contribution exists; in entrusting mode the grant
 *       finances the whole cost.
 *   <li>{@code FIN-SUPPORT-SHARE} (seed 000; {@code FIN-SUPPORT-SHARE.max}): in support mode the
 *       municipal share — the awarded grant, or the requested grant before the decision — is at
 *       most the competition's maximum share (the parameter when the competition sets none) of the
 *       total cost, decided exactly (80,00% passes, a grosz more fails); and the grant plus the own
 *       contribution cover the total cost.
 *   <li>{@code FIN-COMPETITION-DEADLINE} (art. 13 ust. 1; {@code FIN-COMPETITION-DEADLINE.minDays}):
 *       the offer deadline is at least 21 days after the last publication (published on 1 March, a
 *       deadline of 22 March passes, 21 March fails). A minimum period, so not moved by the
 *       working-day calendar.
 *   <li>{@code FIN-COMPETITION-ANNOUNCEMENT} (art. 13 ust. 2–3): the 7 items stated and the 3
 *       places published in; each missing one is a finding.
 *   <li>{@code FIN-COMMITTEE} (art. 15 ust. 2a–2d): after the offer period the competition has a
 *       committee; it has a representative of the executive body; each member nominated by an NGO
 *       names the NGO, which does not take part in the competition; no member declared a conflict
 *       of interest with an applicant.
 *   <li>{@code FIN-CRITERIA} (art. 15 ust. 1–2): each assessment scores every criterion that
 *       applies in the mode, and own funds not in entrusting mode; once decided, every offer was
 *       assessed, even a single one.
 *   <li>{@code FIN-ANNULMENT} (art. 18a): an annulment has its ground (no offer; or every offer
 *       assessed and none met the requirements; no offer can be annulled only after the
 *       deadline); a decided competition did not require annulment.
 *   <li>{@code FIN-JOINT-OFFER} (art. 14 ust. 2): a joint offer names at least two organisations;
 *       a single offer names one.
 *   <li>{@code FIN-NONDELEGABLE} (art. 11 ust. 2b): announcing, appointing the committee, choosing
 *       the offers and annulling are done by the body, never by the organisation running the
 *       competition.
 * </ul>
 *
 * <p>Polish: <i>reguły otwartego konkursu ofert</i>.
 */
public final class CompetitionRules {

  /** The base name of the bundle of these rules' titles and messages: {@value}{@code .properties}
   * (Polish) and {@code _en} (English). */
  public static final String BUNDLE = "pl/lsw/core/financing/competition/messages";

  /** The bundle of the titles and messages of the rules of open competitions. */
  public static final MessageBundle MESSAGES = MessageBundle.of(CompetitionRules.class, BUNDLE);

  private static final String UDPP = "UDPP";

  /** {@code FIN-MODE}. */
  public static final Rule<Competition> MODE = Rule.of(RuleDefinition.of("FIN-MODE", Severity.MUST,
      SourceReference.legalAct(UDPP, "art. 11 ust. 1"), MESSAGES, List.of(),
      "supportWithoutContribution", "entrustingNotFull"), (c, ctx) -> {
        List<Finding> out = new ArrayList<>();
        for (Offer o : c.offers()) {
          String path = offerPath(o.id()) + ".requestedGrant";
          if (c.mode() == FundingMode.SUPPORT) {
            if (!o.requestedGrant().isLessThan(o.totalCost()) || !o.ownContribution().isPositive()) {
              out.add(ctx.finding(path, "supportWithoutContribution", "offer", o.task(),
                  "grant", o.requestedGrant(), "total", o.totalCost(), "own", o.ownContribution()));
            }
          } else if (!o.requestedGrant().equals(o.totalCost())) {
            out.add(ctx.finding(path, "entrustingNotFull", "offer", o.task(),
                "grant", o.requestedGrant(), "total", o.totalCost()));
          }
        }
        return out;
      });

  /** {@code FIN-SUPPORT-SHARE}. */
  public static final Rule<Competition> SUPPORT_SHARE = Rule.of(RuleDefinition.of("FIN-SUPPORT-SHARE", Severity.MUST,
      SourceReference.seed("000", "§Płaszczyzna 3"), MESSAGES, List.of(StatutoryParameters.SUPPORT_SHARE_MAX),
      "tooHigh", "uncovered"), (c, ctx) -> {
        if (c.mode() != FundingMode.SUPPORT) {
          return ctx.none();
        }
        Percent max = c.maxMunicipalShare().orElseGet(() ->
            ctx.parameterAsOf(StatutoryParameters.SUPPORT_SHARE_MAX, c.parameterDate()));
        List<Finding> out = new ArrayList<>();
        for (Offer o : c.offers()) {
          Money municipal = c.award(o.id()).map(Award::grant).orElse(o.requestedGrant());
          if (!o.totalCost().isPositive() || !municipal.isAtMostShareOf(max, o.totalCost())) {
            out.add(ctx.finding(offerPath(o.id()) + ".requestedGrant", "tooHigh",
                "offer", o.task(), "grant", municipal, "total", o.totalCost(), "max", max,
                "share", o.totalCost().isPositive() ? municipal.shareOf(o.totalCost()) : Percent.HUNDRED));
          }
          if (municipal.add(o.ownContribution()).isLessThan(o.totalCost())) {
            out.add(ctx.finding(offerPath(o.id()) + ".budget", "uncovered",
                "offer", o.task(), "grant", municipal, "own", o.ownContribution(), "total", o.totalCost(),
                "missing", o.totalCost().subtract(municipal).subtract(o.ownContribution())));
          }
        }
        return out;
      });

  /** {@code FIN-COMPETITION-DEADLINE}. */
  public static final Rule<Competition> DEADLINE = Rule.of(RuleDefinition.of("FIN-COMPETITION-DEADLINE", Severity.MUST,
      SourceReference.legalAct(UDPP, "art. 13 ust. 1"), MESSAGES, List.of(StatutoryParameters.COMPETITION_DEADLINE_MIN_DAYS),
      "tooEarly"), (c, ctx) -> {
        Optional<LocalDate> last = c.announcement().lastPublication();
        if (last.isEmpty()) {
          return ctx.none();
        }
        int days = ctx.parameterAsOf(StatutoryParameters.COMPETITION_DEADLINE_MIN_DAYS, c.parameterDate());
        LocalDate earliest = last.get().plusDays(days);
        LocalDate deadline = c.announcement().offerDeadline();
        return deadline.isBefore(earliest)
            ? List.of(ctx.finding("announcement.offerDeadline", "tooEarly",
                "deadline", deadline, "published", last.get(), "days", days, "earliest", earliest))
            : ctx.none();
      });

  /** {@code FIN-COMPETITION-ANNOUNCEMENT}. */
  public static final Rule<Competition> ANNOUNCEMENT = Rule.of(RuleDefinition.of("FIN-COMPETITION-ANNOUNCEMENT", Severity.MUST,
      SourceReference.legalAct(UDPP, "art. 13 ust. 2–3"), MESSAGES, List.of(),
      "missingItem", "missingPlace"), (c, ctx) -> {
        List<Finding> out = new ArrayList<>();
        for (AnnouncementItem item : AnnouncementItem.values()) {
          if (!c.announcement().contents().contains(item)) {
            out.add(ctx.finding("announcement.contents." + item, "missingItem",
                "item", item, "number", item.ordinal() + 1));
          }
        }
        for (PublicationPlace place : PublicationPlace.values()) {
          if (!c.announcement().publications().containsKey(place)) {
            out.add(ctx.finding("announcement.publications." + place,
                "missingPlace", "place", place));
          }
        }
        return out;
      });

  /** {@code FIN-COMMITTEE}. */
  public static final Rule<Competition> COMMITTEE = Rule.of(RuleDefinition.of("FIN-COMMITTEE", Severity.MUST,
      SourceReference.legalAct(UDPP, "art. 15 ust. 2a–2d"), MESSAGES, List.of(),
      "none", "noExecutiveMember", "nominatorMissing",
      "nominatedByApplicant", "conflictOfInterest"), (c, ctx) -> {
        List<Finding> out = new ArrayList<>();
        boolean afterOffers = c.state() == CompetitionState.ASSESSMENT || c.state() == CompetitionState.DECIDED;
        if (c.committee().isEmpty()) {
          if (afterOffers && !c.offers().isEmpty()) {
            out.add(ctx.finding("committee", "none"));
          }
          return out;
        }
        if (c.committee().stream().noneMatch(m -> m.nominatedBy() == Nominator.EXECUTIVE_BODY)) {
          out.add(ctx.finding("committee", "noExecutiveMember"));
        }
        Set<OrganisationId> applicants = c.applicants();
        for (int i = 0; i < c.committee().size(); i++) {
          CommitteeMember m = c.committee().get(i);
          String path = "committee[" + i + "]";
          if (m.nominatedBy() == Nominator.ORGANISATION) {
            if (m.nominatingOrganisation().isEmpty()) {
              out.add(ctx.finding(path + ".nominatingOrganisation", "nominatorMissing",
                  "member", m.name()));
            } else if (applicants.contains(m.nominatingOrganisation().get())) {
              out.add(ctx.finding(path + ".nominatingOrganisation", "nominatedByApplicant",
                  "member", m.name(), "organisation", m.nominatingOrganisation().get()));
            }
          }
          for (OrganisationId conflict : m.conflictsOfInterest()) {
            if (applicants.contains(conflict)) {
              out.add(ctx.finding(path + ".conflictsOfInterest", "conflictOfInterest",
                  "member", m.name(), "organisation", conflict));
            }
          }
        }
        return out;
      });

  /** {@code FIN-CRITERIA}. */
  public static final Rule<Competition> CRITERIA = Rule.of(RuleDefinition.of("FIN-CRITERIA", Severity.MUST,
      SourceReference.legalAct(UDPP, "art. 15 ust. 1–2"), MESSAGES, List.of(),
      "missing", "ownFundsInEntrusting", "notAssessed"), (c, ctx) -> {
        List<Finding> out = new ArrayList<>();
        for (Assessment a : c.assessments()) {
          String path = "assessments[" + a.offer() + "]";
          for (Criterion k : Criterion.values()) {
            if (k.appliesIn(c.mode()) && !a.scores().containsKey(k)) {
              out.add(ctx.finding(path + ".scores." + k, "missing", "offer", offerTask(c, a.offer()), "criterion", k));
            }
          }
          if (c.mode() == FundingMode.ENTRUSTING && a.scores().containsKey(Criterion.OWN_FUNDS)) {
            out.add(ctx.finding(path + ".scores." + Criterion.OWN_FUNDS, "ownFundsInEntrusting",
                "offer", offerTask(c, a.offer())));
          }
        }
        if (c.state() == CompetitionState.DECIDED) {
          for (Offer o : c.offers()) {
            if (c.assessment(o.id()).isEmpty()) {
              out.add(ctx.finding(offerPath(o.id()), "notAssessed", "offer", o.task(),
                  "offers", c.offers().size()));
            }
          }
        }
        return out;
      });

  /** {@code FIN-ANNULMENT}. */
  public static final Rule<Competition> ANNULMENT = Rule.of(RuleDefinition.of("FIN-ANNULMENT", Severity.MUST,
      SourceReference.legalAct(UDPP, "art. 18a"), MESSAGES, List.of(),
      "offersExist", "beforeDeadline", "offerMeetsRequirements",
      "offerNotAssessed", "required"), (c, ctx) -> {
        List<Finding> out = new ArrayList<>();
        if (c.annulment().isPresent()) {
          Annulment a = c.annulment().get();
          if (a.reason() == AnnulmentReason.NO_OFFERS) {
            if (!c.offers().isEmpty()) {
              out.add(ctx.finding("annulment.reason", "offersExist", "offers", c.offers().size()));
            }
            if (!a.annulledOn().isAfter(c.announcement().offerDeadline())) {
              out.add(ctx.finding("annulment.annulledOn", "beforeDeadline",
                  "annulled", a.annulledOn(), "deadline", c.announcement().offerDeadline()));
            }
          } else {
            for (Offer o : c.offers()) {
              Optional<Assessment> as = c.assessment(o.id());
              if (as.isEmpty()) {
                out.add(ctx.finding(offerPath(o.id()), "offerNotAssessed", "offer", o.task()));
              } else if (as.get().meetsRequirements()) {
                out.add(ctx.finding(offerPath(o.id()), "offerMeetsRequirements", "offer", o.task()));
              }
            }
          }
        }
        if (c.state() == CompetitionState.DECIDED
            && c.assessments().stream().noneMatch(Assessment::meetsRequirements)) {
          out.add(ctx.finding("results", "required", "offers", c.offers().size()));
        }
        return out;
      });

  /** {@code FIN-JOINT-OFFER}. */
  public static final Rule<Competition> JOINT_OFFER = Rule.of(RuleDefinition.of("FIN-JOINT-OFFER", Severity.MUST,
      SourceReference.legalAct(UDPP, "art. 14 ust. 2"), MESSAGES, List.of(),
      "tooFew", "singleWithSeveral"), (c, ctx) -> {
        List<Finding> out = new ArrayList<>();
        for (Offer o : c.offers()) {
          int n = new LinkedHashSet<>(o.applicants()).size();
          if (o.kind() == OfferKind.JOINT && n < 2) {
            out.add(ctx.finding(offerPath(o.id()) + ".applicants", "tooFew", "offer", o.task(),
                "count", n));
          } else if (o.kind() == OfferKind.SINGLE && n > 1) {
            out.add(ctx.finding(offerPath(o.id()) + ".applicants", "singleWithSeveral",
                "offer", o.task(), "count", n));
          }
        }
        return out;
      });

  /** {@code FIN-NONDELEGABLE}. */
  public static final Rule<Competition> NONDELEGABLE = Rule.of(RuleDefinition.of("FIN-NONDELEGABLE", Severity.MUST,
      SourceReference.legalAct(UDPP, "art. 11 ust. 2a–2b"), MESSAGES, List.of(), "delegated"),
      (c, ctx) -> {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<NondelegableAct, ActingParty> e : c.acts().entrySet()) {
          if (e.getValue() != ActingParty.BODY) {
            out.add(ctx.finding("acts." + e.getKey(), "delegated", "act", e.getKey(),
                "body", c.body().name()));
          }
        }
        return out;
      });

  private CompetitionRules() {}

  /** The rules in the order listed above. */
  public static List<Rule<Competition>> rules() {
    return List.of(MODE, SUPPORT_SHARE, DEADLINE, ANNOUNCEMENT, COMMITTEE, CRITERIA, ANNULMENT, JOINT_OFFER,
        NONDELEGABLE);
  }

  /** The rule set {@code "financing-competition"}. */
  public static RuleSet ruleSet() {
    return RuleSet.of("financing-competition", rules());
  }

  /**
   * Checks a competition against every rule, as of {@code asOf}, in the rules' environment
   * (parameters, working-day calendar, reference data).
   *
   * @param competition the competition
   * @param asOf the day of the check
   * @param environment the rules' environment
   * @return the report
   */
  public static RuleReport check(Competition competition, LocalDate asOf, RuleEnvironment environment) {
    return RuleEngine.evaluate(competition, "competition " + competition.id(), rules(), asOf,
        environment.parameters(), environment.referenceData());
  }

  /** The task of an offer of the competition, by which people know the offer. */
  private static String offerTask(Competition c, OfferId offer) {
    return c.offer(offer).map(Offer::task).orElse("");
  }

  /** The path prefix of findings about one offer: {@code offers[<id>]}. */
  public static String offerPath(OfferId offer) {
    return "offers[" + offer + "]";
  }

  /**
   * The blocking findings of {@code rules} about {@code competition}, as of its {@link
   * Competition#parameterDate()}; a rule that cannot be checked (e.g. a parameter missing) is
   * rethrown as an {@link IllegalStateException}.
   */
  static List<Finding> violations(Competition competition, List<Rule<Competition>> rules,
      RuleEnvironment environment) {
    RuleReport report = RuleEngine.evaluate(competition, "competition " + competition.id(), rules,
        competition.parameterDate(), environment.parameters(), environment.referenceData());
    if (!report.failures().isEmpty()) {
      throw new IllegalStateException("rules could not be checked: " + report.failures());
    }
    return report.violations();
  }

}
