package pl.lsw.core.partnership.governance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Displayable;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Quarter;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.Decision;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.ExecutiveConsortium;
import pl.lsw.core.partnership.governance.ManagerQualifications;
import pl.lsw.core.partnership.governance.MandateRule;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.MemberPosition;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.governance.SteeringCommittee;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;
import pl.lsw.core.partnership.governance.TaskTeam;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.rules.ParameterKey;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.rules.RuleContext;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.SourceReference;

/**
 * The twelve governance rules of a partnership (seeds 000, 001 and 004), each a {@link Rule} of a {@link
 * GovernanceSubject}, version 1, with its seed source, its parameters ({@link
 * GovernanceParameters}) and its Polish and English messages (bundle {@value #BUNDLE}).
 *
 * <p>Every rule looks only at the checked window of the subject (see {@link GovernanceSubject}):
 * the part of the period that has happened and in which the partnership existed; when that window
 * is empty, no rule finds anything. Rules about the state rather than events (sectors, fields,
 * focus, the manager's qualifications, network workers) judge the state as loaded. A rule about a
 * body (Steering Committee, Task Team, consortia) finds nothing when the partnership has no such
 * body. Each dated finding has the argument {@code from} (the first day it concerns), so that
 * reports can order findings by date.
 *
 * <p>Decisions taken by each rule, in short (details on each constant):
 *
 * <ul>
 *   <li>sectors and fields come from the organisations' {@link Sector} and {@link
 *       SocialServiceField}s: NGO = sector NGO; families = sector FAMILY_REPRESENTATIVE; labour
 *       market = COUNTERACTING_UNEMPLOYMENT or VOCATIONAL_AND_SOCIAL_REINTEGRATION; education =
 *       PUBLIC_EDUCATION; culture = CULTURE; health = HEALTH_PROMOTION_AND_PROTECTION; social
 *       assistance = any field of the {@link #SOCIAL_ASSISTANCE_SYSTEM} (social assistance, family
 *       support, foster care). {@code GOV-SECTORS} and {@code GOV-OUTSIDE-SECTORS} recognise a
 *       partner of a kind by the same {@link PartnerKind#matches}, so a partner one of them counts
 *       is counted by the other, and the social-assistance system the latter looks beyond is the
 *       one the former asks a partner from;
 *   <li>"two months" between Task Team meetings: a meeting on day {@code d} must be followed by the
 *       next one on or before {@code d.plusMonths(2)} ({@link LocalDate#plusMonths}: 15 January →
 *       15 March; 31 December → 28 or 29 February);
 *   <li>quarters and years are judged only when the checked window covers them entirely.
 * </ul>
 *
 * <p>Polish: <i>reguły zarządzania partnerstwem</i>.
 */
public final class GovernanceRules {

  /** The base name of the governance rules' message bundle. */
  public static final String BUNDLE = "pl/lsw/core/partnership/governance/rules/messages";

  /** The bundle of the governance rules' titles, messages and report labels. */
  public static final MessageBundle MESSAGES = MessageBundle.of(GovernanceRules.class, BUNDLE);

  /**
   * The kinds of partner {@code GOV-SECTORS} asks for, and how each is recognised in an
   * organisation's data.
   *
   * <p>Polish: <i>rodzaj partnera wymagany przez GOV-SECTORS</i>.
   */
  public enum PartnerKind implements Displayable {
    /** An NGO: sector {@link Sector#NGO}. Polish: <i>organizacja pozarządowa</i>. */
    NGO("organizacja pozarządowa", "non-governmental organisation"),
    /**
     * Labour market: field {@link SocialServiceField#COUNTERACTING_UNEMPLOYMENT} or {@link
     * SocialServiceField#VOCATIONAL_AND_SOCIAL_REINTEGRATION}. Polish: <i>rynek pracy</i>.
     */
    LABOUR_MARKET("rynek pracy", "labour market"),
    /** Culture: field {@link SocialServiceField#CULTURE}. Polish: <i>kultura</i>. */
    CULTURE("kultura", "culture"),
    /** Education: field {@link SocialServiceField#PUBLIC_EDUCATION}. Polish: <i>edukacja</i>. */
    EDUCATION("edukacja", "education"),
    /**
     * Social assistance: any field of the {@link #SOCIAL_ASSISTANCE_SYSTEM} ({@link
     * SocialServiceField#SOCIAL_ASSISTANCE}, {@link SocialServiceField#FAMILY_SUPPORT}, {@link
     * SocialServiceField#FOSTER_CARE}). Polish: <i>pomoc społeczna</i>.
     */
    SOCIAL_ASSISTANCE("pomoc społeczna", "social assistance"),
    /**
     * The families themselves: sector {@link Sector#FAMILY_REPRESENTATIVE}. Polish:
     * <i>przedstawiciele rodzin</i>.
     */
    FAMILIES("przedstawiciele rodzin", "families' representatives"),
    /**
     * Health (asked for by {@code GOV-OUTSIDE-SECTORS} only): field {@link
     * SocialServiceField#HEALTH_PROMOTION_AND_PROTECTION}. Polish: <i>ochrona zdrowia</i>.
     */
    HEALTH("ochrona zdrowia", "health");

    private final String polishName;
    private final String englishName;

    PartnerKind(String polishName, String englishName) {
      this.polishName = polishName;
      this.englishName = englishName;
    }

    /** The Polish name, e.g. {@code rynek pracy}. */
    @Override
    public String polishName() {
      return polishName;
    }

    /** The English name, e.g. {@code labour market}. */
    @Override
    public String englishName() {
      return englishName;
    }

    /** Whether the organisation is a partner of this kind. */
    public boolean matches(Organisation o) {
      Set<SocialServiceField> f = o.fields();
      switch (this) {
        case NGO:
          return o.sector() == Sector.NGO;
        case FAMILIES:
          return o.sector() == Sector.FAMILY_REPRESENTATIVE;
        case LABOUR_MARKET:
          return f.contains(SocialServiceField.COUNTERACTING_UNEMPLOYMENT)
              || f.contains(SocialServiceField.VOCATIONAL_AND_SOCIAL_REINTEGRATION);
        case CULTURE:
          return f.contains(SocialServiceField.CULTURE);
        case EDUCATION:
          return f.contains(SocialServiceField.PUBLIC_EDUCATION);
        case SOCIAL_ASSISTANCE:
          return f.stream().anyMatch(SOCIAL_ASSISTANCE_SYSTEM::contains);
        case HEALTH:
          return f.contains(SocialServiceField.HEALTH_PROMOTION_AND_PROTECTION);
        default:
          return false;
      }
    }
  }

  /** The kinds {@code GOV-SECTORS} asks for, in the order reported. */
  public static final List<PartnerKind> SECTOR_KINDS = List.of(PartnerKind.NGO,
      PartnerKind.LABOUR_MARKET, PartnerKind.CULTURE, PartnerKind.EDUCATION,
      PartnerKind.SOCIAL_ASSISTANCE, PartnerKind.FAMILIES);

  /** The named fields outside social assistance {@code GOV-OUTSIDE-SECTORS} checks, in order. */
  public static final List<PartnerKind> OUTSIDE_KINDS = List.of(PartnerKind.EDUCATION,
      PartnerKind.LABOUR_MARKET, PartnerKind.HEALTH);

  /**
   * The fields of the social-assistance system (social assistance, family support, foster care):
   * an organisation working in one of these is a social-assistance partner for {@code
   * GOV-SECTORS}, and one working only in these is not "outside social assistance" for {@code
   * GOV-OUTSIDE-SECTORS}.
   */
  public static final Set<SocialServiceField> SOCIAL_ASSISTANCE_SYSTEM = Set.copyOf(EnumSet.of(
      SocialServiceField.SOCIAL_ASSISTANCE, SocialServiceField.FAMILY_SUPPORT,
      SocialServiceField.FOSTER_CARE));

  /**
   * {@code GOV-SECTORS} (SHOULD, 000 §Płaszczyzna 1): the active partners include an NGO, the
   * labour market, culture, education, social assistance and the families' representatives; one
   * finding ({@code GOV-SECTORS.missing.<KIND>}, path {@code memberships}, argument {@code kind})
   * per missing {@link PartnerKind}, judged on the window's last day.
   */
  public static final Rule<GovernanceSubject> SECTORS = Rule.of(
      RuleDefinition.of("GOV-SECTORS", Severity.SHOULD,
          SourceReference.seed("000", "§Płaszczyzna 1"), MESSAGES, List.of(),
          keysPerKind("missing.", SECTOR_KINDS)),
      GovernanceRules::checkSectors);

  /**
   * {@code GOV-OUTSIDE-SECTORS} (SHOULD, 004): partners from outside social assistance. Finding
   * {@code .none} when no active partner works in a field outside the {@link
   * #SOCIAL_ASSISTANCE_SYSTEM} (it says that none does, not that every partner works in social
   * assistance: a partner with no field recorded is in neither, so {@code GOV-SECTORS} may at the
   * same time find no social-assistance partner without contradicting it); and one finding {@code
   * .missing.<KIND>} for each of education, labour market and health without a partner, a partner
   * being recognised exactly as {@code GOV-SECTORS} recognises it. Justice and public safety have no field of their
   * own in the organisation data (no {@link SocialServiceField} and no {@link Sector} tells a
   * court, a probation service or the police apart), so they are not checked separately: such a
   * partner counts as "outside social assistance" through whatever field it is recorded with
   * (usually {@link SocialServiceField#CIVIC_ACTIVITY}).
   */
  public static final Rule<GovernanceSubject> OUTSIDE_SECTORS = Rule.of(
      RuleDefinition.of("GOV-OUTSIDE-SECTORS", Severity.SHOULD, SourceReference.seed("004", ""),
          MESSAGES, List.of(), concat(List.of("none"), keysPerKind("missing.", OUTSIDE_KINDS))),
      GovernanceRules::checkOutsideSectors);

  /**
   * {@code GOV-FOCUS} (SHOULD, 000 §Wstęp): in its first phase — the first {@link
   * GovernanceParameters#FOCUS_FIRST_PHASE_MONTHS} months (default 12) from the founding day, that
   * day included, up to the day before {@code foundedOn.plusMonths(n)} — a partnership focuses on
   * one domain. Finding {@code .several} (path {@code focusDomains}) when the checked window
   * overlaps the first phase and the partnership has more than one focus domain. The model keeps
   * only the current focus domains, so they are what is judged.
   */
  public static final Rule<GovernanceSubject> FOCUS = Rule.of(
      RuleDefinition.of("GOV-FOCUS", Severity.SHOULD, SourceReference.seed("000", "§Wstęp"),
          MESSAGES, List.of(GovernanceParameters.FOCUS_FIRST_PHASE_MONTHS), "several"),
      GovernanceRules::checkFocus);

  /**
   * {@code GOV-SC-QUARTERLY} (MUST, 000 §Płaszczyzna 1): the Steering Committee meets at least once
   * in every calendar quarter; one finding {@code .noMeeting} (path {@code steeringCommittee},
   * arguments {@code quarter}, {@code from}, {@code to}) per quarter without a meeting. Only
   * quarters the checked window covers entirely are judged (see {@link GovernanceSubject}): the
   * quarter of the founding, a quarter not over on the as-of day and a quarter cut by the period
   * are not.
   */
  public static final Rule<GovernanceSubject> SC_QUARTERLY = Rule.of(
      RuleDefinition.of("GOV-SC-QUARTERLY", Severity.MUST,
          SourceReference.seed("000", "§Płaszczyzna 1"), MESSAGES, List.of(), "noMeeting"),
      (s, ctx) -> s.partnership().steeringCommittee()
          .map(sc -> quarterly(s, ctx, sc.id(), "steeringCommittee", "noMeeting"))
          .orElse(List.of()));

  /**
   * {@code GOV-TT-BIMONTHLY} (MUST, 000 §Zadania Zespołu Zadaniowego): the Task Team meets at
   * most {@link GovernanceParameters#TASK_TEAM_INTERVAL_MONTHS} months (default 2) apart, each
   * meeting chaired by the Task Team Manager.
   *
   * <p>Gaps: starting from an anchor — the last Task Team meeting before the checked window, or
   * else the window's first day — each next meeting must fall on or before {@code
   * anchor.plusMonths(n)}; a meeting later than that gives finding {@code .gap} (arguments {@code
   * from} = the anchor, {@code to} = the late meeting's day, {@code due} = the last day allowed),
   * and becomes the next anchor. After the last meeting, when the window's last day is later than
   * {@code anchor.plusMonths(n)}, finding {@code .gapToEnd} reports the gap up to the window's
   * end. So with meetings on 15 January and 15 March the gap passes, with 16 March it fails.
   *
   * <p>Chair: every Task Team meeting in the window chaired by someone other than the (current)
   * Task Team Manager gives finding {@code .chair} with the meeting's day (and its id as data).
   */
  public static final Rule<GovernanceSubject> TT_BIMONTHLY = Rule.of(
      RuleDefinition.of("GOV-TT-BIMONTHLY", Severity.MUST,
          SourceReference.seed("000", "§Zadania Zespołu Zadaniowego"), MESSAGES,
          List.of(GovernanceParameters.TASK_TEAM_INTERVAL_MONTHS), "gap", "gapToEnd", "chair"),
      GovernanceRules::checkTaskTeam);

  /**
   * {@code GOV-OPEN-MEETING} (MUST, 000 §Płaszczyzna 1): in every calendar year at least one
   * meeting (of any body) is open to recipients and has at least {@link
   * GovernanceParameters#OPEN_MEETING_MIN_FAMILY_REPRESENTATIVES} (default 1) representatives of
   * supported families present; one finding {@code .none} (path {@code meetings}) per year without
   * one. Only years the checked window covers entirely are judged.
   */
  public static final Rule<GovernanceSubject> OPEN_MEETING = Rule.of(
      RuleDefinition.of("GOV-OPEN-MEETING", Severity.MUST,
          SourceReference.seed("000", "§Płaszczyzna 1"), MESSAGES,
          List.of(GovernanceParameters.OPEN_MEETING_MIN_FAMILY_REPRESENTATIVES), "none"),
      GovernanceRules::checkOpenMeeting);

  /**
   * {@code GOV-CONSORTIUM-QUARTERLY} (MUST, 000 §Konsorcjum Wykonawcze): each Executive Consortium
   * meets at least once a calendar quarter; one finding {@code .noMeeting} (path {@code
   * consortia[i]}) per consortium and quarter without a meeting, quarters judged as for {@link
   * #SC_QUARTERLY}.
   */
  public static final Rule<GovernanceSubject> CONSORTIUM_QUARTERLY = Rule.of(
      RuleDefinition.of("GOV-CONSORTIUM-QUARTERLY", Severity.MUST,
          SourceReference.seed("000", "§Konsorcjum Wykonawcze"), MESSAGES, List.of(), "noMeeting"),
      GovernanceRules::checkConsortia);

  /**
   * {@code GOV-TT-MANAGER} (MUST, 000 §Płaszczyzna 1): the Task Team Manager has higher education,
   * at least {@link GovernanceParameters#MANAGER_MIN_YEARS_HELPING_FAMILIES} (default 3) whole
   * years of experience in helping families and at least {@link
   * GovernanceParameters#MANAGER_MIN_MONTHS_COORDINATING} (default 6) months of project
   * coordination. Every missing qualification is reported at once ({@code .education}, {@code
   * .years}, {@code .months}, under {@code taskTeam.managerQualifications}). Experience is
   * recorded in whole years, so 2 years and 11 months is recorded, and fails, as 2 years.
   */
  public static final Rule<GovernanceSubject> TT_MANAGER = Rule.of(
      RuleDefinition.of("GOV-TT-MANAGER", Severity.MUST,
          SourceReference.seed("000", "§Płaszczyzna 1"), MESSAGES,
          List.of(GovernanceParameters.MANAGER_MIN_YEARS_HELPING_FAMILIES,
              GovernanceParameters.MANAGER_MIN_MONTHS_COORDINATING),
          "education", "years", "months"),
      GovernanceRules::checkManager);

  /**
   * {@code GOV-FINANCIAL-CONSENSUS} (MUST, 001 §5.1.4 and §3): a financial decision of the Steering
   * Committee is accepted by every member; any other decision is taken by consensus (no member
   * objects). For each decision dated within the checked window: finding {@code .financial} when a
   * financial decision lacks the acceptance of a member — one who objected or abstained, or a
   * current member of the committee with no recorded position — naming them; finding {@code
   * .consensus} when another decision met an objection, naming the objecting members. Such a
   * decision is not taken: it binds no one, and the committee has to reach agreement again.
   */
  public static final Rule<GovernanceSubject> FINANCIAL_CONSENSUS = Rule.of(
      RuleDefinition.of("GOV-FINANCIAL-CONSENSUS", Severity.MUST,
          SourceReference.seed("001", "§5.1.4"), MESSAGES, List.of(), "financial", "consensus"),
      GovernanceRules::checkConsensus);

  /**
   * {@code GOV-MANDATE} (MUST, 001 §5.1.1): a decision binds a partner only through a
   * representative holding a mandate. For each decision dated within the checked window and each
   * organisation it {@link Decision#binds() binds}: finding {@code .noMandate} unless a current
   * member of the Steering Committee from that organisation holds a mandate and has a recorded
   * position on the decision.
   */
  public static final Rule<GovernanceSubject> MANDATE =
      Rule.of(MandateRule.DEFINITION, GovernanceRules::checkMandate);

  /**
   * {@code GOV-NETWORK-WORKER-PAIR} (SHOULD, 004): the network worker / animator role is given to
   * at least {@link GovernanceParameters#NETWORK_WORKERS_MIN} (default 2) people; finding {@code
   * .tooFew} (path {@code networkWorkers}) otherwise, whenever the checked window is not empty.
   */
  public static final Rule<GovernanceSubject> NETWORK_WORKER_PAIR = Rule.of(
      RuleDefinition.of("GOV-NETWORK-WORKER-PAIR", Severity.SHOULD, SourceReference.seed("004", ""),
          MESSAGES, List.of(GovernanceParameters.NETWORK_WORKERS_MIN), "tooFew"),
      GovernanceRules::checkNetworkWorkers);

  /**
   * {@code GOV-ROTATING-CHAIR} (SHOULD, 004): meetings rotate their chair and their host partner.
   * Among the meetings of one body within the checked window, in date order, each run of at least
   * {@link GovernanceParameters#ROTATION_CONSECUTIVE_MEETINGS} (default 3) consecutive meetings with
   * the same host gives one finding {@code .host.<BODY_KIND>}, and with the same chair one finding
   * {@code .chair.<BODY_KIND>}, naming the first and last day and the days of the meetings (their
   * ids are kept as data, argument {@code meetingIds}). The chair part
   * applies to Executive Consortia and the PZK and WZK only: the Steering Committee has a standing
   * chair from the local government and the Task Team is chaired by its manager ({@link
   * #TT_BIMONTHLY}).
   */
  public static final Rule<GovernanceSubject> ROTATING_CHAIR = Rule.of(
      RuleDefinition.of("GOV-ROTATING-CHAIR", Severity.SHOULD, SourceReference.seed("004", ""),
          MESSAGES, List.of(GovernanceParameters.ROTATION_CONSECUTIVE_MEETINGS), rotationKeys()),
      GovernanceRules::checkRotation);

  private GovernanceRules() {}

  /** The twelve rules, in their documented order. */
  public static List<Rule<GovernanceSubject>> all() {
    return List.of(SECTORS, OUTSIDE_SECTORS, FOCUS, SC_QUARTERLY, TT_BIMONTHLY, OPEN_MEETING,
        CONSORTIUM_QUARTERLY, TT_MANAGER, FINANCIAL_CONSENSUS, MANDATE, NETWORK_WORKER_PAIR,
        ROTATING_CHAIR);
  }

  /** The governance rule set, named {@code "governance"}, as registered in the standard catalog. */
  public static RuleSet ruleSet() {
    return RuleSet.of("governance", all());
  }

  // ------------------------------------------------------------------ checks

  private static List<Finding> checkSectors(GovernanceSubject s, RuleContext ctx) {
    List<Organisation> members = s.activeMembers(ctx.asOf());
    if (s.window(ctx.asOf()).isEmpty()) {
      return ctx.none();
    }
    List<Finding> out = new ArrayList<>();
    for (PartnerKind k : SECTOR_KINDS) {
      if (members.stream().noneMatch(k::matches)) {
        out.add(ctx.finding("memberships", "missing." + k.name(), "kind", k,
            "on", windowEnd(s, ctx)));
      }
    }
    return out;
  }

  private static List<Finding> checkOutsideSectors(GovernanceSubject s, RuleContext ctx) {
    if (s.window(ctx.asOf()).isEmpty()) {
      return ctx.none();
    }
    List<Organisation> members = s.activeMembers(ctx.asOf());
    List<Finding> out = new ArrayList<>();
    boolean anyOutside = members.stream().anyMatch(
        o -> o.fields().stream().anyMatch(f -> !SOCIAL_ASSISTANCE_SYSTEM.contains(f)));
    if (!anyOutside) {
      out.add(ctx.finding("memberships", "none", "on", windowEnd(s, ctx)));
    }
    for (PartnerKind k : OUTSIDE_KINDS) {
      if (members.stream().noneMatch(k::matches)) {
        out.add(ctx.finding("memberships", "missing." + k.name(), "kind", k,
            "on", windowEnd(s, ctx)));
      }
    }
    return out;
  }

  private static List<Finding> checkFocus(GovernanceSubject s, RuleContext ctx) {
    int months = ctx.parameter(GovernanceParameters.FOCUS_FIRST_PHASE_MONTHS);
    Partnership p = s.partnership();
    LocalDate phaseEnd = p.foundedOn().plusMonths(months).minusDays(1);
    if (months == 0 || p.focusDomains().size() <= 1) {
      return ctx.none();
    }
    for (DateRange w : s.window(ctx.asOf()).stream().toList()) {
      if (!w.start().isAfter(phaseEnd)) {
        List<Label> domains = p.focusDomains().stream().sorted().map(GovernanceRules::fieldLabel)
            .toList();
        return List.of(ctx.finding("focusDomains", "several", "count",
            p.focusDomains().size(), "domains", domains, "from", p.foundedOn(), "to", phaseEnd,
            "months", months));
      }
    }
    return ctx.none();
  }

  private static List<Finding> quarterly(GovernanceSubject s, RuleContext ctx, BodyId body,
      String path, String key, Object... extra) {
    List<Meeting> meetings = s.meetingsOf(body, ctx.asOf());
    List<Finding> out = new ArrayList<>();
    for (Quarter q : s.wholeQuarters(ctx.asOf())) {
      if (meetings.stream().noneMatch(m -> q.contains(m.date()))) {
        List<Object> args = new ArrayList<>(List.of("quarter", q, "from", q.firstDay(), "to", q.lastDay()));
        args.addAll(List.of(extra));
        out.add(ctx.finding(path, key, args.toArray()));
      }
    }
    return out;
  }

  private static List<Finding> checkConsortia(GovernanceSubject s, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<ExecutiveConsortium> consortia = s.partnership().consortia();
    for (int i = 0; i < consortia.size(); i++) {
      ExecutiveConsortium c = consortia.get(i);
      out.addAll(quarterly(s, ctx, c.id(), "consortia[" + i + "]", "noMeeting",
          "consortium", c.problem(), "body", c.id()));
    }
    return out;
  }

  private static List<Finding> checkTaskTeam(GovernanceSubject s, RuleContext ctx) {
    int months = ctx.parameter(GovernanceParameters.TASK_TEAM_INTERVAL_MONTHS);
    Optional<TaskTeam> team = s.partnership().taskTeam();
    if (team.isEmpty() || s.window(ctx.asOf()).isEmpty()) {
      return ctx.none();
    }
    DateRange w = s.window(ctx.asOf()).get();
    TaskTeam tt = team.get();
    List<Meeting> meetings = s.meetingsOf(tt.id(), ctx.asOf());
    LocalDate anchor = s.partnership().meetings().stream()
        .filter(m -> m.body().equals(tt.id()) && m.date().isBefore(w.start()))
        .map(Meeting::date).max(LocalDate::compareTo).orElse(w.start());
    List<Finding> out = new ArrayList<>();
    for (Meeting m : meetings) {
      LocalDate due = anchor.plusMonths(months);
      if (m.date().isAfter(due)) {
        out.add(ctx.finding("taskTeam", "gap", "from", anchor, "to", m.date(),
            "due", due, "months", months, "meeting", m.id()));
      }
      anchor = m.date();
    }
    LocalDate due = anchor.plusMonths(months);
    if (w.end().isAfter(due)) {
      out.add(ctx.finding("taskTeam", "gapToEnd", "from", anchor, "to", w.end(),
          "due", due, "months", months));
    }
    for (Meeting m : meetings) {
      if (!m.chair().equals(tt.manager())) {
        out.add(ctx.finding(meetingPath(s, m), "chair", "from", m.date(),
            "meeting", m.id(), "chair", s.personLabel(m.chair()),
            "manager", s.personLabel(tt.manager())));
      }
    }
    return out;
  }

  private static List<Finding> checkOpenMeeting(GovernanceSubject s, RuleContext ctx) {
    int min = ctx.parameter(GovernanceParameters.OPEN_MEETING_MIN_FAMILY_REPRESENTATIVES);
    List<Meeting> open = s.meetings(ctx.asOf()).stream()
        .filter(m -> m.openToFamilies() && m.familyRepresentativesPresent() >= min).toList();
    List<Finding> out = new ArrayList<>();
    for (int year : s.wholeYears(ctx.asOf())) {
      if (open.stream().noneMatch(m -> m.date().getYear() == year)) {
        out.add(ctx.finding("meetings", "none", "year", String.valueOf(year),
            "from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year, 12, 31), "min", min));
      }
    }
    return out;
  }

  private static List<Finding> checkManager(GovernanceSubject s, RuleContext ctx) {
    int years = ctx.parameter(GovernanceParameters.MANAGER_MIN_YEARS_HELPING_FAMILIES);
    int months = ctx.parameter(GovernanceParameters.MANAGER_MIN_MONTHS_COORDINATING);
    Optional<TaskTeam> team = s.partnership().taskTeam();
    if (team.isEmpty() || s.window(ctx.asOf()).isEmpty()) {
      return ctx.none();
    }
    ManagerQualifications q = team.get().managerQualifications();
    Label manager = s.personLabel(team.get().manager());
    String path = "taskTeam.managerQualifications.";
    List<Finding> out = new ArrayList<>();
    if (!q.education().isHigher()) {
      out.add(ctx.finding(path + "education", "education", "manager", manager,
          "education", bundleLabel("governance.education." + q.education().name()),
          "level", q.education()));
    }
    if (q.yearsHelpingFamilies() < years) {
      out.add(ctx.finding(path + "yearsHelpingFamilies", "years", "manager", manager,
          "years", q.yearsHelpingFamilies(), "min", years));
    }
    if (q.monthsCoordinatingProjects() < months) {
      out.add(ctx.finding(path + "monthsCoordinatingProjects", "months", "manager",
          manager, "months", q.monthsCoordinatingProjects(), "min", months));
    }
    return out;
  }

  private static List<Finding> checkConsensus(GovernanceSubject s, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<Decision> decisions = s.partnership().decisions();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (!inWindow(s, ctx, d.date())) {
        continue;
      }
      String path = "decisions[" + i + "]";
      if (d.kind() == DecisionKind.FINANCIAL) {
        Set<PersonId> missing = new LinkedHashSet<>();
        d.positions().stream().filter(p -> p.position() != Position.ACCEPT)
            .forEach(p -> missing.add(p.person()));
        Set<PersonId> voted = d.positions().stream().map(MemberPosition::person)
            .collect(Collectors.toSet());
        s.partnership().steeringCommittee().ifPresent(sc -> sc.members().stream()
            .map(SteeringCommitteeMember::person).filter(p -> !voted.contains(p))
            .forEach(missing::add));
        if (!missing.isEmpty() || d.positions().isEmpty()) {
          out.add(ctx.finding(path, "financial", "from", d.date(),
              "decision", d.id(), "subject", d.subject(), "members", names(s, missing)));
        }
      } else {
        List<PersonId> objecting = d.positions().stream()
            .filter(p -> p.position() == Position.OBJECT).map(MemberPosition::person).toList();
        if (!objecting.isEmpty()) {
          out.add(ctx.finding(path, "consensus", "from", d.date(),
              "decision", d.id(), "subject", d.subject(), "members", names(s, objecting)));
        }
      }
    }
    return out;
  }

  private static List<Finding> checkMandate(GovernanceSubject s, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<Decision> decisions = s.partnership().decisions();
    List<SteeringCommitteeMember> members = s.partnership().steeringCommittee()
        .map(SteeringCommittee::members).orElse(List.of());
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (!inWindow(s, ctx, d.date())) {
        continue;
      }
      Map<OrganisationId, String> names = new LinkedHashMap<>();
      d.binds().forEach(org -> names.put(org, s.organisationName(org)));
      String path = "decisions[" + i + "]";
      MandateRule.RULE.evaluate(MandateRule.Subject.of(d, members, s.partnership().persons(), names),
          ctx).forEach(f -> out.add(new Finding(f.rule(), f.severity(), f.messageKey(),
              f.arguments(), path + "." + f.path(), f.parametersUsed(), f.bundle())));
    }
    return out;
  }

  private static List<Finding> checkNetworkWorkers(GovernanceSubject s, RuleContext ctx) {
    int min = ctx.parameter(GovernanceParameters.NETWORK_WORKERS_MIN);
    int count = s.partnership().networkWorkers().size();
    if (s.window(ctx.asOf()).isEmpty() || count >= min) {
      return ctx.none();
    }
    return List.of(ctx.finding("networkWorkers", "tooFew", "count", count,
        "min", min, "on", windowEnd(s, ctx)));
  }

  private static List<Finding> checkRotation(GovernanceSubject s, RuleContext ctx) {
    int n = ctx.parameter(GovernanceParameters.ROTATION_CONSECUTIVE_MEETINGS);
    List<Finding> out = new ArrayList<>();
    if (n < 1) {
      return out;
    }
    Set<BodyId> bodies = new LinkedHashSet<>();
    s.meetings(ctx.asOf()).forEach(m -> bodies.add(m.body()));
    for (BodyId body : bodies) {
      List<Meeting> meetings = s.meetingsOf(body, ctx.asOf());
      BodyKind kind = meetings.get(0).bodyKind();
      if (kind != BodyKind.STEERING_COMMITTEE && kind != BodyKind.TASK_TEAM) {
        runs(s, ctx, meetings, n, Meeting::chair, "chair." + kind.name(),
            p -> s.personLabel((PersonId) p), out);
      }
      runs(s, ctx, meetings, n, Meeting::host, "host." + kind.name(),
          o -> s.organisationLabel((OrganisationId) o), out);
    }
    return out;
  }

  private static void runs(GovernanceSubject s, RuleContext ctx, List<Meeting> meetings, int n,
      Function<Meeting, Object> who, String key, Function<Object, Label> name, List<Finding> out) {
    int start = 0;
    for (int i = 1; i <= meetings.size(); i++) {
      if (i == meetings.size() || !who.apply(meetings.get(i)).equals(who.apply(meetings.get(start)))) {
        int length = i - start;
        if (length >= n) {
          List<Meeting> run = meetings.subList(start, i);
          Meeting first = run.get(0);
          List<Object> args = new ArrayList<>(List.of("who", name.apply(who.apply(first)),
              "count", length, "from", first.date(), "to", run.get(length - 1).date(),
              "meetings", run.stream().map(Meeting::date).toList(),
              "meetingIds", run.stream().map(Meeting::id).toList(), "body", first.body()));
          s.partnership().consortium(first.body())
              .ifPresent(c -> args.addAll(List.of("consortium", c.problem())));
          out.add(ctx.finding(meetingPath(s, first), key, args.toArray()));
        }
        start = i;
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static boolean inWindow(GovernanceSubject s, RuleContext ctx, LocalDate day) {
    return s.window(ctx.asOf()).map(w -> w.contains(day)).orElse(false);
  }

  private static LocalDate windowEnd(GovernanceSubject s, RuleContext ctx) {
    return s.window(ctx.asOf()).get().end();
  }

  private static String meetingPath(GovernanceSubject s, Meeting m) {
    return "meetings[" + s.partnership().meetings().indexOf(m) + "]";
  }

  /**
   * The people's names joined by commas: a plain text when the partnership knows them all (the
   * same in both languages), else a label naming the unknown ones in each language; with no one,
   * a label saying that no position was recorded.
   */
  private static Object names(GovernanceSubject s, Iterable<PersonId> people) {
    List<String> pl = new ArrayList<>();
    List<String> en = new ArrayList<>();
    people.forEach(p -> {
      Label l = s.personLabel(p);
      pl.add(l.polishName());
      en.add(l.englishName());
    });
    if (pl.isEmpty()) {
      return Label.of("(nie zapisano żadnego stanowiska)", "(no position recorded)");
    }
    String polish = String.join(", ", pl);
    String english = String.join(", ", en);
    return polish.equals(english) ? polish : Label.of(polish, english);
  }

  /** The label of a bundle entry in both languages, e.g. of an education level. */
  private static Label bundleLabel(String key) {
    return Label.of(MESSAGES.text(key, Messages.POLISH).orElse(key),
        MESSAGES.text(key, Locale.ENGLISH).orElse(key));
  }

  /** The name of a field of social services in both languages. */
  private static Label fieldLabel(SocialServiceField field) {
    return bundleLabel("governance.field." + field.name());
  }

  private static List<String> keysPerKind(String prefix, List<PartnerKind> kinds) {
    return kinds.stream().map(k -> prefix + k.name()).toList();
  }

  private static List<String> rotationKeys() {
    List<String> keys = new ArrayList<>();
    for (BodyKind k : BodyKind.values()) {
      if (k != BodyKind.STEERING_COMMITTEE && k != BodyKind.TASK_TEAM) {
        keys.add("chair." + k.name());
      }
      keys.add("host." + k.name());
    }
    return keys;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
