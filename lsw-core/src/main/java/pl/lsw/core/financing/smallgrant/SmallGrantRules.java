package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.financing.PublicationPlace;
import static pl.lsw.core.rules.StatutoryParameters.SMALL_GRANT_AMOUNT_MAX;
import static pl.lsw.core.rules.StatutoryParameters.SMALL_GRANT_BUDGET_SHARE_MAX;
import static pl.lsw.core.rules.StatutoryParameters.SMALL_GRANT_COMMENTS_DAYS;
import static pl.lsw.core.rules.StatutoryParameters.SMALL_GRANT_DURATION_MAX_DAYS;
import static pl.lsw.core.rules.StatutoryParameters.SMALL_GRANT_PUBLICATION_PLACES;
import static pl.lsw.core.rules.StatutoryParameters.SMALL_GRANT_PUBLICATION_POSTED_DAYS;
import static pl.lsw.core.rules.StatutoryParameters.SMALL_GRANT_PUBLICATION_WITHIN_WORKING_DAYS;
import static pl.lsw.core.rules.StatutoryParameters.SMALL_GRANT_YEARLY_CAP_MAX;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.MissingParameterException;
import pl.lsw.core.rules.ParameterKey;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleContext;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.SourceReference;

/**
 * The statutory rules of small grants (UDPP art. 19a), each a MUST rule (but the SHOULD rule {@code FIN-SMALL-GRANT-DISTRICT-ALLOTMENT}) over a {@link
 * SmallGrantCase}, with its pl/en messages in the bundle {@value #BUNDLE}.
 *
 * <p><b>Which date selects the parameters.</b> Every rule reads its parameters as valid on the
 * grant's offer receipt date ({@link SmallGrant#offerReceived()}), never on the as-of date of the
 * check: the offer opens the procedure, so the procedure runs under the numbers in force when the
 * offer came in (see the package documentation). A grant received on or after the validity date of
 * the 2025 draft is judged by 20 000 zł / 40 000 zł / 30%, one received before by 10 000 zł /
 * 20 000 zł / 20%. The as-of date of the check only decides whether a posting deadline has already
 * passed ({@code FIN-SMALL-GRANT-PUBLICATION}).
 *
 * <p>Working days come from the {@link WorkingDayCalendar} in the rule context's reference data,
 * or {@link WorkingDayCalendar#polish()} when none is given.
 *
 * <p>Polish: <i>reguły małych grantów</i>.
 */
public final class SmallGrantRules {

  /** The base name of the rules' message bundle. */
  public static final String BUNDLE = "pl/lsw/core/financing/smallgrant/messages";

  /** The bundle of the rules' titles and messages (Polish, English). */
  public static final MessageBundle MESSAGES = MessageBundle.of(SmallGrantRules.class, BUNDLE);

  /** The name of the rule set. */
  public static final String RULE_SET_NAME = "financing-small-grant";

  private static final SourceReference ART_19A_1 = SourceReference.legalAct("UDPP", "art. 19a ust. 1");

  /**
   * {@code FIN-SMALL-GRANT-AMOUNT}: the grant is at most {@code FIN-SMALL-GRANT-AMOUNT.max}
   * (10 000,00 zł). Message {@code tooHigh} with {@code amount}, {@code max}.
   */
  public static final Rule<SmallGrantCase> AMOUNT = Rule.of(
      RuleDefinition.of("FIN-SMALL-GRANT-AMOUNT", Severity.MUST, ART_19A_1, MESSAGES, List.of(SMALL_GRANT_AMOUNT_MAX), "tooHigh"),
      (c, ctx) -> {
        SmallGrant g = c.grant();
        Money max = ctx.parameterAsOf(SMALL_GRANT_AMOUNT_MAX, g.offerReceived());
        return g.amount().isGreaterThan(max)
            ? List.of(ctx.finding("amount", "tooHigh", "amount", g.amount(), "max", max))
            : ctx.none();
      });

  /**
   * {@code FIN-SMALL-GRANT-DURATION}: the task lasts at most {@code
   * FIN-SMALL-GRANT-DURATION.maxDays} days, first and last included (1 March–29 May is 90 days).
   * Message {@code tooLong} with {@code days}, {@code start}, {@code end}, {@code max}.
   */
  public static final Rule<SmallGrantCase> DURATION = Rule.of(
      RuleDefinition.of("FIN-SMALL-GRANT-DURATION", Severity.MUST, ART_19A_1, MESSAGES, List.of(SMALL_GRANT_DURATION_MAX_DAYS), "tooLong"),
      (c, ctx) -> {
        SmallGrant g = c.grant();
        int max = ctx.parameterAsOf(SMALL_GRANT_DURATION_MAX_DAYS, g.offerReceived());
        long days = g.taskPeriod().days();
        return days > max
            ? List.of(ctx.finding("taskPeriod", "tooLong", "days", days,
                "start", g.taskPeriod().start(), "end", g.taskPeriod().end(), "max", max))
            : ctx.none();
      });

  /**
   * {@code FIN-SMALL-GRANT-SCOPE}: the task is of local or regional character. Message {@code
   * notLocal} with {@code title}.
   */
  public static final Rule<SmallGrantCase> SCOPE = Rule.of(
      RuleDefinition.of("FIN-SMALL-GRANT-SCOPE", Severity.MUST, ART_19A_1, MESSAGES, List.of(), "notLocal"),
      (c, ctx) -> c.grant().localOrRegional() ? ctx.none()
          : List.of(ctx.finding("localOrRegional", "notLocal", "title", c.grant().taskTitle())));

  /**
   * {@code FIN-SMALL-GRANT-PUBLICATION}: the offer is posted in each required place (BIP, notice
   * board, website — the first {@code places} of {@link PublicationPlace}) no later than {@code
   * withinWorkingDays} working days after the receipt day ({@link
   * WorkingDayCalendar#plusWorkingDays}), and stays posted for at least {@code postedDays} days, both
   * ends included. A missing posting is reported once its deadline has passed on the as-of date, or
   * at once when the comment period was closed or the contract signed. Messages {@code missing},
   * {@code late}, {@code tooShort}.
   */
  public static final Rule<SmallGrantCase> PUBLICATION = Rule.of(
      RuleDefinition.of("FIN-SMALL-GRANT-PUBLICATION", Severity.MUST, SourceReference.legalAct("UDPP", "art. 19a ust. 3"),
          MESSAGES, List.of(SMALL_GRANT_PUBLICATION_WITHIN_WORKING_DAYS, SMALL_GRANT_PUBLICATION_POSTED_DAYS,
              SMALL_GRANT_PUBLICATION_PLACES), "missing", "late", "tooShort"),
      SmallGrantRules::checkPublication);

  /**
   * {@code FIN-SMALL-GRANT-COMMENTS}: comments may be made within {@code days} days of the posting
   * (the posting day not counted, Civil Code art. 111 § 2; counted from the last of the required
   * postings; a period ending on a day off ends on the next working day, art. 115); the comment
   * period is not closed, and the contract not signed, before that period is over; once the
   * contract is signed, every comment was considered on or before the contract date. Messages {@code closedEarly}, {@code tooEarly},
   * {@code notPosted}, {@code notConsidered}, {@code consideredLate}.
   */
  public static final Rule<SmallGrantCase> COMMENTS = Rule.of(
      RuleDefinition.of("FIN-SMALL-GRANT-COMMENTS", Severity.MUST, SourceReference.legalAct("UDPP", "art. 19a ust. 3–4"),
          MESSAGES, List.of(SMALL_GRANT_COMMENTS_DAYS), "closedEarly", "tooEarly", "notPosted", "notConsidered",
          "consideredLate"),
      SmallGrantRules::checkComments);

  /**
   * {@code FIN-SMALL-GRANT-YEARLY-CAP}: the small grants that one local government (the JST whose
   * executive organ gives them, {@link pl.lsw.core.financing.GrantingBody#localGovernment()}) gives
   * one organisation in one calendar year (grant year) total at most {@code max} (20 000,00 zł): the counted grants before this one (see
   * {@link GrantHistory}) plus this one. Message {@code exceeded} with {@code year}, {@code before},
   * {@code amount}, {@code total}, {@code max}.
   */
  public static final Rule<SmallGrantCase> YEARLY_CAP = Rule.of(
      RuleDefinition.of("FIN-SMALL-GRANT-YEARLY-CAP", Severity.MUST, SourceReference.legalAct("UDPP", "art. 19a ust. 2"),
          MESSAGES, List.of(SMALL_GRANT_YEARLY_CAP_MAX), "exceeded"),
      (c, ctx) -> {
        SmallGrant g = c.grant();
        Money max = ctx.parameterAsOf(SMALL_GRANT_YEARLY_CAP_MAX, g.offerReceived());
        Money before = c.history().organisationTotalBefore(g);
        Money total = before.add(g.amount());
        return total.isGreaterThan(max)
            ? List.of(ctx.finding("amount", "exceeded", "year", g.grantYear(),
                "before", before, "amount", g.amount(), "total", total, "max", max))
            : ctx.none();
      });

  /**
   * {@code FIN-SMALL-GRANT-BUDGET-SHARE}: the small grants of one local government (the JST whose
   * executive organ gives them, {@link pl.lsw.core.financing.GrantingBody#localGovernment()}: the
   * grants of a Warsaw district board count for the city, together with the city's own and those
   * of the other district boards) in one budget year total at most {@code max} (20%) of the NGO
   * grants that local government planned that year (the planned budget stored under the JST's own
   * code), compared exactly ({@link Money#isAtMostShareOf}); without a planned budget compliance
   * cannot be shown. Messages {@code
   * exceeded} with {@code year}, {@code total}, {@code planned}, {@code max}, {@code share}; {@code
   * noPlannedBudget} with {@code body}, {@code year}.
   */
  public static final Rule<SmallGrantCase> BUDGET_SHARE = Rule.of(
      RuleDefinition.of("FIN-SMALL-GRANT-BUDGET-SHARE", Severity.MUST, SourceReference.legalAct("UDPP", "art. 19a ust. 7"),
          MESSAGES, List.of(SMALL_GRANT_BUDGET_SHARE_MAX), "exceeded", "noPlannedBudget"),
      (c, ctx) -> {
        SmallGrant g = c.grant();
        Percent max = ctx.parameterAsOf(SMALL_GRANT_BUDGET_SHARE_MAX, g.offerReceived());
        java.util.Optional<PlannedGrantBudget> planned =
            c.history().plannedBudget(g.body().localGovernment(), g.grantYear());
        if (planned.isEmpty()) {
          return List.of(ctx.finding("body", "noPlannedBudget",
              "body", g.body().name(), "year", g.grantYear()));
        }
        Money total = c.history().bodyTotalBefore(g).add(g.amount());
        Money plannedAmount = planned.get().amount();
        if (total.isAtMostShareOf(max, plannedAmount)) {
          return ctx.none();
        }
        return List.of(ctx.finding("amount", "exceeded", "year", g.grantYear(),
            "total", total, "planned", plannedAmount, "max", max,
            "share", plannedAmount.isZero() ? (Object) "∞" : total.shareOf(plannedAmount)));
      });

  /**
   * {@code FIN-SMALL-GRANT-DISTRICT-ALLOTMENT} (SHOULD): when a body acts for a local government
   * other than the unit of its own area (a Warsaw district board acting for the city) and an
   * allotment of its own is stored (a planned budget under the district's own code), the small
   * grants of that body alone in the budget year total at most {@code
   * FIN-SMALL-GRANT-BUDGET-SHARE.max} of that allotment, compared exactly. No allotment stored, or
   * a body of the local government itself: no finding. The statutory limit stays {@code
   * FIN-SMALL-GRANT-BUDGET-SHARE}, counted for the whole local government; this rule only shows
   * how a district keeps to the part allotted to it. Message {@code exceeded} with {@code body},
   * {@code year}, {@code total}, {@code allotment}, {@code max}, {@code share}.
   */
  public static final Rule<SmallGrantCase> DISTRICT_ALLOTMENT = Rule.of(
      RuleDefinition.of("FIN-SMALL-GRANT-DISTRICT-ALLOTMENT", Severity.SHOULD,
          SourceReference.legalAct("UDPP", "art. 19a ust. 7"), MESSAGES, List.of(SMALL_GRANT_BUDGET_SHARE_MAX), "exceeded"),
      (c, ctx) -> {
        SmallGrant g = c.grant();
        if (g.body().area().equals(g.body().localGovernment())) {
          return ctx.none();
        }
        java.util.Optional<PlannedGrantBudget> allotment = c.history().plannedBudget(g.body().area(), g.grantYear());
        if (allotment.isEmpty()) {
          return ctx.none();
        }
        Percent max = ctx.parameterAsOf(SMALL_GRANT_BUDGET_SHARE_MAX, g.offerReceived());
        Money total = c.history().areaTotalBefore(g).add(g.amount());
        Money allotted = allotment.get().amount();
        if (total.isAtMostShareOf(max, allotted)) {
          return ctx.none();
        }
        return List.of(ctx.finding("amount", "exceeded", "body", g.body().name(),
            "year", g.grantYear(), "total", total, "allotment", allotted, "max", max,
            "share", allotted.isZero() ? (Object) "∞" : total.shareOf(allotted)));
      });

  private SmallGrantRules() {}

  /** The rules checked on one grant alone: amount, duration, scope, publication, comments. */
  public static List<Rule<SmallGrantCase>> singleGrantRules() {
    return List.of(AMOUNT, DURATION, SCOPE, PUBLICATION, COMMENTS);
  }

  /**
   * {@code FIN-SMALL-GRANT-PARAMETERS}: the parameter set has a value of every small-grant
   * parameter on the grant's offer receipt date, so the grant can be checked at all (a date before
   * the earliest value, e.g. an offer of 2009 or of year -1 in a register, is not covered). Message
   * {@code notCovered} with {@code date} and {@code parameters} (the names without a value, comma
   * separated). {@link SmallGrantChecker} checks this rule first and, when it finds the date not
   * covered, reports only this finding for the grant instead of a failure of every other rule.
   */
  public static final Rule<SmallGrantCase> PARAMETERS = Rule.of(
      RuleDefinition.of("FIN-SMALL-GRANT-PARAMETERS", Severity.MUST, ART_19A_1, MESSAGES,
          List.of(SMALL_GRANT_AMOUNT_MAX, SMALL_GRANT_DURATION_MAX_DAYS,
              SMALL_GRANT_PUBLICATION_WITHIN_WORKING_DAYS, SMALL_GRANT_PUBLICATION_POSTED_DAYS,
              SMALL_GRANT_PUBLICATION_PLACES, SMALL_GRANT_COMMENTS_DAYS, SMALL_GRANT_YEARLY_CAP_MAX,
              SMALL_GRANT_BUDGET_SHARE_MAX), "notCovered"),
      (c, ctx) -> {
        LocalDate receipt = c.grant().offerReceived();
        List<String> missing = new ArrayList<>();
        for (ParameterKey<?> key : ctx.definition().parameters()) {
          try {
            ctx.parameterAsOf(key, receipt);
          } catch (MissingParameterException e) {
            missing.add(key.name());
          }
        }
        return missing.isEmpty() ? ctx.none()
            : List.of(ctx.finding("offerReceived", "notCovered", "date", receipt,
                "parameters", String.join(", ", missing)));
      });

  /** The rules that read other grants: yearly cap, budget share. */
  public static List<Rule<SmallGrantCase>> crossGrantRules() {
    return List.of(YEARLY_CAP, BUDGET_SHARE);
  }

  /**
   * The rules that decide whether a task may use the small-grant procedure at all, before any
   * posting: amount, duration, scope, yearly cap, budget share.
   */
  public static List<Rule<SmallGrantCase>> eligibilityRules() {
    return List.of(AMOUNT, DURATION, SCOPE, YEARLY_CAP, BUDGET_SHARE);
  }

  /** Every small-grant rule, in evaluation order ({@link #PARAMETERS} last; the checker runs it first alone). */
  public static List<Rule<SmallGrantCase>> all() {
    return List.of(AMOUNT, DURATION, SCOPE, PUBLICATION, COMMENTS, YEARLY_CAP, BUDGET_SHARE, DISTRICT_ALLOTMENT,
        PARAMETERS);
  }

  /** The rule set {@value #RULE_SET_NAME} of every small-grant rule. */
  public static RuleSet ruleSet() {
    return RuleSet.of(RULE_SET_NAME, all());
  }

  /** The calendar of the context, or the Polish one. */
  static WorkingDayCalendar calendar(RuleContext ctx) {
    return ctx.referenceData().find(WorkingDayCalendar.class).orElseThrow(
        () -> new IllegalStateException("the rule environment has no working-day calendar"));
  }

  private static List<Finding> checkPublication(SmallGrantCase c, RuleContext ctx) {
    SmallGrant g = c.grant();
    LocalDate receipt = g.offerReceived();
    int within = ctx.parameterAsOf(SMALL_GRANT_PUBLICATION_WITHIN_WORKING_DAYS, receipt);
    int postedDays = ctx.parameterAsOf(SMALL_GRANT_PUBLICATION_POSTED_DAYS, receipt);
    int places = ctx.parameterAsOf(SMALL_GRANT_PUBLICATION_PLACES, receipt);
    LocalDate deadline = calendar(ctx).plusWorkingDays(receipt, within);
    boolean procedureMovedOn = g.status() == SmallGrantStatus.COMMENT_PERIOD_CLOSED
        || g.status() == SmallGrantStatus.CONTRACTED;
    List<Finding> out = new ArrayList<>();
    PublicationPlace[] all = PublicationPlace.values();
    for (int i = 0; i < Math.min(places, all.length); i++) {
      PublicationPlace place = all[i];
      String path = "publications." + place;
      Optional<Publication> p = g.publicationIn(place);
      if (p.isEmpty()) {
        if (procedureMovedOn || ctx.asOf().isAfter(deadline)) {
          out.add(ctx.finding(path, "missing", "place", place,
              "receipt", receipt, "deadline", deadline));
        }
        continue;
      }
      if (p.get().postedFrom().isAfter(deadline)) {
        out.add(ctx.finding(path, "late", "place", place,
            "postedFrom", p.get().postedFrom(), "receipt", receipt, "within", within, "deadline", deadline));
      }
      long days = p.get().period().days();
      if (days < postedDays) {
        out.add(ctx.finding(path, "tooShort", "place", place,
            "days", days, "min", postedDays));
      }
    }
    return out;
  }

  /**
   * The last day of the comment period of {@code g}: {@code days} days after the last of the
   * postings, moved to the next working day; none when the offer is not posted.
   */
  static Optional<LocalDate> commentPeriodEnd(SmallGrant g, int days, WorkingDayCalendar calendar) {
    return g.publications().stream().map(Publication::postedFrom).max(Comparator.naturalOrder())
        .map(posted -> calendar.nextWorkingDayOnOrAfter(posted.plusDays(days)));
  }

  private static List<Finding> checkComments(SmallGrantCase c, RuleContext ctx) {
    SmallGrant g = c.grant();
    int days = ctx.parameterAsOf(SMALL_GRANT_COMMENTS_DAYS, g.offerReceived());
    Optional<LocalDate> end = commentPeriodEnd(g, days, calendar(ctx));
    List<Finding> out = new ArrayList<>();
    if (end.isPresent() && g.commentPeriodClosedOn().isPresent()
        && !g.commentPeriodClosedOn().get().isAfter(end.get())) {
      out.add(ctx.finding("commentPeriodClosedOn", "closedEarly",
          "closedOn", g.commentPeriodClosedOn().get(), "end", end.get(), "days", days));
    }
    if (g.contractDate().isPresent()) {
      LocalDate contract = g.contractDate().get();
      if (end.isEmpty()) {
        out.add(ctx.finding("contractDate", "notPosted", "contractDate", contract));
      } else if (!contract.isAfter(end.get())) {
        out.add(ctx.finding("contractDate", "tooEarly", "contractDate", contract,
            "end", end.get(), "days", days));
      }
    }
    if (g.contractDate().isPresent()) {
      for (int i = 0; i < g.comments().size(); i++) {
        Comment comment = g.comments().get(i);
        String path = "comments[" + i + "]";
        if (!comment.isConsidered()) {
          out.add(ctx.finding(path, "notConsidered", "index", i + 1,
              "received", comment.received()));
        } else if (g.contractDate().isPresent()
            && comment.consideration().get().date().isAfter(g.contractDate().get())) {
          out.add(ctx.finding(path, "consideredLate", "index", i + 1,
              "considered", comment.consideration().get().date(), "contractDate", g.contractDate().get()));
        }
      }
    }
    return out;
  }

}
