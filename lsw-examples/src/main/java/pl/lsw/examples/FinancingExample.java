package pl.lsw.examples;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import pl.lsw.core.Lsw;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.GrantingOfficial;
import pl.lsw.core.financing.OrganisationRepresentative;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.financing.GrantingBodyKind;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.advice.ProcedureQuestion;
import pl.lsw.core.financing.advice.ProcedureVerdict;
import pl.lsw.core.financing.competition.ActingParty;
import pl.lsw.core.financing.competition.Announcement;
import pl.lsw.core.financing.competition.AnnouncementItem;
import pl.lsw.core.financing.competition.AnnouncingAct;
import pl.lsw.core.financing.competition.Assessment;
import pl.lsw.core.financing.competition.Award;
import pl.lsw.core.financing.competition.CommitteeMember;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.competition.CompetitionId;
import pl.lsw.core.financing.competition.CompetitionRules;
import pl.lsw.core.financing.competition.CompetitionState;
import pl.lsw.core.financing.competition.Criterion;
import pl.lsw.core.financing.competition.Nominator;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.financing.offer.CostItem;
import pl.lsw.core.financing.offer.FundingSource;
import pl.lsw.core.financing.offer.Offer;
import pl.lsw.core.financing.offer.OfferId;
import pl.lsw.core.financing.smallgrant.GrantHistory;
import pl.lsw.core.financing.smallgrant.Publication;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.financing.smallgrant.SmallGrant;
import pl.lsw.core.financing.smallgrant.SmallGrantChecker;
import pl.lsw.core.financing.smallgrant.SmallGrantOffer;
import pl.lsw.core.financing.smallgrant.SmallGrantStatus;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.StatutoryParameters;

/**
 * Co-financing of public tasks on the Praski Kokon case, on an embedded H2 database:
 *
 * <ol>
 *   <li>the district board of Praga-Północ announces an open competition in support mode (at most
 *       80% municipal share) for the Executive Consortium of the LSW, published in the three
 *       places; a committee with its nominators; a joint offer of two Praski Kokon NGOs with a
 *       budget of cost items; the assessment against the statutory criteria; the award and the
 *       joint contract;</li>
 *   <li>small grants (UDPP art. 19a) of the district: two that pass every rule and are contracted
 *       after the comment period, and three refused by the rules — 10 000,01 zł ({@code
 *       FIN-SMALL-GRANT-AMOUNT}), 91 days ({@code FIN-SMALL-GRANT-DURATION}) and one that takes an
 *       organisation over its 20 000 zł yearly cap ({@code FIN-SMALL-GRANT-YEARLY-CAP});</li>
 *   <li>"which procedures may this task use?" for a 12 000 zł, 120-day task;</li>
 *   <li>the budget arithmetic of the model's test phase: 21 months × 6 500 zł + one thirteenth
 *       salary = 143 000 zł, + 10 000 zł of meetings, + 25 000 zł of workshops;</li>
 *   <li>the 10 000,01 zł grant judged again under the 2025 draft parameters valid from a chosen
 *       date: allowed when the draft applies before the offer came in, still refused otherwise.</li>
 * </ol>
 *
 * <p>A second run on the same database finds the competition, the contract and the grants it
 * stored before (by their fixed ids and titles) and prints them instead of creating them again.
 */
final class FinancingExample {

  /** The President of Warsaw: the body whose grants these are and which decides (seed 000). */
  static final GrantingBody PRESIDENT = GrantingBody.builder().name("Prezydent m.st. Warszawy")
      .area(TerytCode.of(PraskiKokon.WARSAW)).kind(GrantingBodyKind.CITY_PRESIDENT).build();

  /** The district board of Praga-Północ, which awards the district's small grants. */
  /** The official who acts for the city in the competition. */
  static final GrantingOfficial CITY_OFFICIAL = new GrantingOfficial(PRESIDENT,
      "Naczelniczka Wydziału Spraw Społecznych Dzielnicy");

  static final GrantingBody DISTRICT = GrantingBody.builder().name("Zarząd Dzielnicy Praga-Północ")
      .area(TerytCode.of(PraskiKokon.PRAGA_POLNOC)).kind(GrantingBodyKind.DISTRICT_BOARD).build();

  /** The official who acts for the district board in its small grants. */
  static final GrantingOfficial DISTRICT_OFFICIAL = new GrantingOfficial(DISTRICT, "Burmistrz Dzielnicy Praga-Północ");

  static final CompetitionId COMPETITION = CompetitionId.of(fixed("competition:praski-kokon:executive-consortium:2026"));
  static final OfferId JOINT_OFFER = OfferId.of(fixed("offer:praski-kokon:executive-consortium:2026"));
  static final ContractId CONTRACT = ContractId.of(fixed("contract:praski-kokon:executive-consortium:2026"));

  private final Lsw lsw;
  private final ExampleOptions o;
  private final Organisation otwarteDrzwi;
  private final Organisation korale;
  private final Organisation cal;

  private FinancingExample(Lsw lsw, ExampleOptions options) {
    this.lsw = lsw;
    this.o = options;
    List<Organisation> partners = new ArrayList<>();
    for (PraskiKokon.Partner p : PraskiKokon.partners()) {
      Nip nip = Nip.of(p.draft().nip().orElseThrow());
      partners.add(Outcomes.registerOrFind(lsw.organisations(), p.draft()));
    }
    this.otwarteDrzwi = partners.get(1);
    this.korale = partners.get(2);
    this.cal = partners.get(3);
  }

  static void run(ExampleOptions options) throws Exception {
    FinancingExample example = new FinancingExample(ExampleLsw.open(options.database()), options);
    example.competition();
    example.smallGrants();
    example.procedures();
    example.testPhaseBudget();
    example.draft2025();
  }

  // ---------------------------------------------------------------- competition

  private void competition() {
    heading("1. Otwarty konkurs ofert: Konsorcjum Wykonawcze LSW \"Praski Kokon\"",
        "1. Open competition: the Executive Consortium of the LSW \"Praski Kokon\"");
    Optional<Competition> stored = lsw.competitions().find(COMPETITION);
    Competition c;
    if (stored.isPresent()) {
      c = stored.get();
      say("Konkurs jest już w bazie (wersja " + c.version() + ", stan: " + show(c.state()) + ").",
          "The competition is already stored (version " + c.version() + ", state: " + show(c.state()) + ").");
    } else {
      c = Outcomes.applied(lsw.competitions().create(CITY_OFFICIAL, draftCompetition()));
      c = step(c, "ogłoszenie", "announcement", id -> lsw.competitions().announce(id, CITY_OFFICIAL, Map.of(
          PublicationPlace.BIP, LocalDate.of(2026, 3, 2),
          PublicationPlace.NOTICE_BOARD, LocalDate.of(2026, 3, 2),
          PublicationPlace.WEBSITE, LocalDate.of(2026, 3, 2)),
          ActingParty.BODY));
      c = step(c, "oferta wspólna", "joint offer", id -> lsw.competitions().receiveOffer(id, CITY_OFFICIAL,
          jointOffer()));
      c = step(c, "komisja", "committee", id -> lsw.competitions().appointCommittee(id, CITY_OFFICIAL, committee(),
          ActingParty.BODY));
      c = step(c, "zamknięcie naboru", "offers closed", id -> lsw.competitions().closeOffers(id, CITY_OFFICIAL,
          LocalDate.of(2026, 3, 24)));
      c = step(c, "ocena", "assessment", id -> lsw.competitions().assess(id, CITY_OFFICIAL, assessment()));
      Money grant = jointOffer().requestedGrant();
      c = step(c, "rozstrzygnięcie", "decision", id -> lsw.competitions().decide(id, CITY_OFFICIAL,
          List.of(new Award(JOINT_OFFER, grant)), LocalDate.of(2026, 4, 8), ActingParty.BODY));
    }
    describeCompetition(c);
    if (c.state() == CompetitionState.DECIDED) {
      contract(c);
    }
  }

  private Competition draftCompetition() {
    return Competition.builder()
        .id(COMPETITION)
        .title("Konsorcjum Wykonawcze LSW \"Praski Kokon\" – koordynacja wsparcia rodzin na Pradze-Północ")
        .budgetYear(2026)
        .body(PRESIDENT)
        .announcingAct(AnnouncingAct.DISTRICT_BOARD_RESOLUTION)
        .announcedBy("Zarząd Dzielnicy Praga-Północ")
        .mode(FundingMode.SUPPORT)
        .maxMunicipalShare(Percent.of(80))
        .announcement(Announcement.builder()
            .contents(EnumSet.allOf(AnnouncementItem.class))
            .allocatedFunds(Money.ofZloty(100_000))
            .offerDeadline(LocalDate.of(2026, 3, 23))
            .build())
        .build();
  }

  private Offer jointOffer() {
    return Offer.builder()
        .id(JOINT_OFFER)
        .addApplicants(otwarteDrzwi.id(), korale.id())
        .task("Konsorcjum Wykonawcze LSW: koordynacja sieci wsparcia rodzin")
        .taskPeriod(DateRange.ofOrThrow(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31)))
        .budget(Budget.of(
            item("wynagrodzenie koordynatora konsorcjum", "miesiąc", 8, "6500.00", FundingSource.GRANT),
            item("warsztaty dla rodzin", "warsztat", 10, "2500.00", FundingSource.GRANT),
            item("spotkania sieciujące partnerów", "spotkanie", 8, "1250.00", FundingSource.GRANT),
            item("materiały i poczęstunek", "ryczałt", 1, "8000.00", FundingSource.OWN_FINANCIAL),
            item("praca wolontariuszy", "godzina", 400, "40.00", FundingSource.PERSONAL),
            item("sala w siedzibie Fundacji Korale", "miesiąc", 8, "1000.00", FundingSource.IN_KIND)))
        .requestedGrant(Money.ofZloty(87_000))
        .addExpectedResults("60 rodzin z indywidualnym planem wsparcia",
            "10 warsztatów dla rodzin", "8 spotkań partnerów LSW")
        .receivedOn(LocalDate.of(2026, 3, 16))
        .build();
  }

  private static CostItem item(String category, String unit, long quantity, String unitCost, FundingSource source) {
    return CostItem.builder().category(category).unit(unit).quantity(BigDecimal.valueOf(quantity))
        .unitCost(Money.of(unitCost)).source(source).build();
  }

  private List<CommitteeMember> committee() {
    return List.of(
        CommitteeMember.builder().name("Naczelniczka Wydziału Spraw Społecznych Dzielnicy")
            .nominatedBy(Nominator.EXECUTIVE_BODY).build(),
        CommitteeMember.builder().name("Główny specjalista ds. współpracy z organizacjami")
            .nominatedBy(Nominator.EXECUTIVE_BODY).build(),
        CommitteeMember.builder().name("Animatorka wskazana przez CAL")
            .nominatedBy(Nominator.ORGANISATION).nominatingOrganisation(cal.id()).build());
  }

  private static Assessment assessment() {
    Map<Criterion, Integer> scores = Map.of(Criterion.ABILITY_TO_PERFORM, 9, Criterion.COST_CALCULATION, 8,
        Criterion.QUALITY_AND_QUALIFICATIONS, 9, Criterion.OWN_FUNDS, 7,
        Criterion.PERSONAL_AND_IN_KIND_CONTRIBUTION, 8, Criterion.PAST_PERFORMANCE, 9);
    return Assessment.builder().offer(JOINT_OFFER).putAllScores(scores).meetsRequirements(true).build();
  }

  private Competition step(Competition c, String pl, String en,
      java.util.function.Function<CompetitionId, Either<Refusal, Change<Competition>>> command) {
    Either<Refusal, Change<Competition>> r = command.apply(c.id());
    if (r.isLeft()) {
      throw new IllegalStateException("the step '" + en + "' was refused: " + r.getLeft().reasons());
    }
    Competition next = r.get().state();
    say("  ✓ " + pl + " (stan: " + show(next.state()) + ")", "  ✓ " + en + " (state: " + show(next.state()) + ")");
    return next;
  }

  private void describeCompetition(Competition c) {
    say("Tytuł: " + c.title(), "Title: " + c.title());
    String act = c.announcingAct() == AnnouncingAct.DISTRICT_BOARD_RESOLUTION
        ? o.text("uchwała zarządu dzielnicy", "district board's resolution")
        : o.text("zarządzenie Prezydenta", "President's order");
    say("Ogłasza: " + c.announcedBy() + " (" + act + "); decyduje: " + c.decidingBody().name()
            + "; tryb: wspieranie, najwyższy udział dotacji " + c.maxMunicipalShare().map(Percent::formatPolish).orElse("-"),
        "Announced by: " + c.announcedBy() + " (" + act + "); decided by: " + c.decidingBody().name()
            + "; mode: support, highest grant share " + c.maxMunicipalShare().map(Percent::toString).orElse("-"));
    say("Publikacje: " + shown(c.announcement().publications()),
        "Publications: " + shown(c.announcement().publications()));
    say("Termin składania ofert: " + c.announcement().offerDeadline() + ", środki: "
        + show(c.announcement().allocatedFunds()), "Offer deadline: " + c.announcement().offerDeadline()
        + ", funds: " + show(c.announcement().allocatedFunds()));
    say("Komisja:", "Committee:");
    for (CommitteeMember m : c.committee()) {
      String by = m.nominatedBy() == Nominator.EXECUTIVE_BODY ? o.text("organ wykonawczy", "the executive body")
          : o.text("organizacja ", "organisation ") + m.nominatingOrganisation().map(this::name).orElse("?");
      say("  - " + m.name() + " (" + o.text("wskazał(a): ", "nominated by: ") + by + ")");
    }
    for (Offer offer : c.offers()) {
      say(o.text("Oferta ", "Offer ") + (offer.isJoint() ? o.text("wspólna", "joint") : "") + ": "
          + offer.applicants().stream().map(this::name).collect(Collectors.joining(" + ")));
      say(o.text("  kosztorys:", "  budget:"));
      for (CostItem i : offer.budget().items()) {
        say(String.format("    %-40s %s × %s = %s [%s]", i.category(), i.quantity().toPlainString() + " " + i.unit(),
            show(i.unitCost()), show(i.total()), show(i.source())));
      }
      Money total = offer.totalCost();
      say(o.text("  koszt całkowity ", "  total cost ") + show(total) + o.text(", wnioskowana dotacja ",
          ", grant requested ") + show(offer.requestedGrant()) + " ("
          + SmallGrantCsvExample.percent(offer.requestedGrant().shareOf(total)) + o.text(" kosztów", " of the cost")
          + o.text("), wkład własny ", "), own contribution ") + show(offer.ownContribution()));
      c.assessment(offer.id()).ifPresent(a -> say(o.text("  ocena komisji: ", "  committee's assessment: ")
          + a.totalScore() + o.text(" pkt (", " points (") + shown(a.scores()) + ")"));
      c.award(offer.id()).ifPresent(a -> say(o.text("  PRZYZNANO dotację ", "  AWARDED a grant of ")
          + show(a.grant())));
    }
    RuleReport report = CompetitionRules.check(c, LocalDate.of(2026, 4, 8), lsw.ruleEnvironment());
    say(o.text("Reguły konkursu: ", "Competition rules: ") + (report.isCompliant() ? o.text("zgodny", "compliant")
        : o.text("NIEZGODNY", "NOT COMPLIANT")) + " (" + report.rulesEvaluated().size()
        + o.text(" reguł)", " rules)"));
    printFindings(report);
  }

  private void contract(Competition decided) {
    Optional<Contract> stored = lsw.contracts().find(CONTRACT);
    Contract contract = stored.orElseGet(() -> Outcomes.applied(Contract.fromAward(CONTRACT, decided, JOINT_OFFER,
        LocalDate.of(2026, 4, 20), Percent.of(20)).flatMap(c -> lsw.contracts().sign(CITY_OFFICIAL, c))));
    say(o.text("Umowa wspólna (", "Joint contract (") + (stored.isPresent() ? o.text("już w bazie", "already stored")
        : o.text("zawarta teraz", "signed now")) + "): " + contract.signedOn() + ", "
        + contract.parties().stream().map(this::name).collect(Collectors.joining(" + ")) + ", "
        + o.text("dotacja ", "grant ") + show(contract.grantAmount()) + ", " + contract.procedure().display(o.locale())
        + ", " + o.text("przesunięcia do ", "shifts up to ") + show(contract.allowedShiftShare()));
  }

  // ---------------------------------------------------------------- small grants

  private void smallGrants() {
    heading("2. Małe granty Dzielnicy Praga-Północ (art. 19a UDPP)", "2. Small grants of Praga-Północ (UDPP art. 19a)");
    // The share of small grants (UDPP art. 19a) belongs to the city: a district board acts for it.
    lsw.smallGrants().planBudget(CITY_OFFICIAL, new PlannedGrantBudget(PRESIDENT, 2026, Money.ofZloty(1_500_000)));
    say(o.text("Planowane dotacje dla organizacji w 2026 r.: ", "NGO grants planned for 2026: ")
        + show(Money.ofZloty(1_500_000)));
    smallGrant("a) ", "Sąsiedzki piknik rodzinny na Nowej Pradze", cal, "8000.00",
        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 30), LocalDate.of(2026, 5, 4));
    smallGrant("b) ", "Jesienne warsztaty dla rodziców", cal, "9000.00",
        LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 30), LocalDate.of(2026, 6, 1));
    smallGrant("c) ", "Wakacyjne zajęcia świetlicowe", korale, "10000.01",
        LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 29), LocalDate.of(2026, 6, 8));
    smallGrant("d) ", "Letnia akademia podwórkowa", otwarteDrzwi, "5000.00",
        LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 29), LocalDate.of(2026, 6, 8));
    smallGrant("e) ", "Sąsiedzka naprawialnia rowerów", cal, "3500.00",
        LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 6, 15));
  }

  /**
   * Runs one small grant from the offer to the contract: posting in the three places the next
   * working day for 8 days, closing the comment period the day after it ended, and signing the day
   * after; the service refuses the contract when a rule is broken, and the grant is then refused.
   */
  private SmallGrant smallGrant(String label, String title, Organisation applicant, String amount, LocalDate start,
      LocalDate end, LocalDate received) {
    WorkingDayCalendar calendar = lsw.calendar();
    Optional<SmallGrant> stored = find(applicant, title, received.getYear());
    SmallGrant grant;
    String outcome;
    if (stored.isPresent()) {
      grant = stored.get();
      outcome = o.text("już w bazie, stan: ", "already stored, status: ") + show(grant.status());
    } else {
      SmallGrantOffer offer = SmallGrantOffer.builder().body(DISTRICT).applicant(applicant.id())
          .applicantNip(applicant.nip()).taskTitle(title).localOrRegional(true)
          .taskPeriod(DateRange.ofOrThrow(start, end)).amount(Money.of(amount)).mode(FundingMode.SUPPORT)
          .offerReceived(received).build();
      grant = ok(lsw.smallGrants().receive(new OrganisationRepresentative(applicant.id(), "zarząd " + applicant.name()),
          offer));
      LocalDate posted = calendar.plusWorkingDays(received, 1);
      for (PublicationPlace place : PublicationPlace.values()) {
        grant = ok(lsw.smallGrants().publish(grant.id(), DISTRICT_OFFICIAL, new Publication(place, posted, posted.plusDays(7))));
      }
      LocalDate commentsEnd = calendar.nextWorkingDayOnOrAfter(posted.plusDays(7));
      LocalDate closed = commentsEnd.plusDays(1);
      grant = ok(lsw.smallGrants().closeCommentPeriod(grant.id(), DISTRICT_OFFICIAL, closed));
      Either<Refusal, Change<SmallGrant>> signed =
          lsw.smallGrants().signContract(grant.id(), DISTRICT_OFFICIAL, closed.plusDays(1));
      if (signed.isRight()) {
        grant = signed.get().state();
        outcome = o.text("umowa zawarta ", "contract signed on ") + grant.contractDate().orElseThrow();
      } else {
        String codes = signed.getLeft().codes().stream().distinct().collect(Collectors.joining(", "));
        grant = ok(lsw.smallGrants().refuse(grant.id(), DISTRICT_OFFICIAL, closed.plusDays(1), "naruszone reguły: " + codes));
        outcome = o.text("ODMOWA zawarcia umowy: ", "contract refused: ") + codes;
      }
    }
    say(label + title + " – " + name(applicant.id()) + ", " + show(grant.amount()) + ", "
        + grant.taskPeriod().start() + "–" + grant.taskPeriod().end() + " (" + grant.taskPeriod().days()
        + o.text(" dni)", " days)"));
    say("   " + outcome);
    if (grant.status() == SmallGrantStatus.REFUSED) {
      RuleReport report = lsw.smallGrants().check(grant.id()).getOrElseThrow(r -> new IllegalStateException(r.toString()));
      printFindings(report);
    }
    return grant;
  }

  private Optional<SmallGrant> find(Organisation applicant, String title, int year) {
    List<SmallGrant> found = new ArrayList<>();
    lsw.store().smallGrants().forEachOfOrganisationAndYear(applicant.id(), year, g -> {
      if (g.taskTitle().equals(title)) {
        found.add(g);
      }
    });
    return found.stream().findFirst();
  }

  private static SmallGrant ok(Either<Refusal, Change<SmallGrant>> r) {
    return Outcomes.applied(r);
  }

  // ---------------------------------------------------------------- procedures

  private void procedures() {
    heading("3. Które tryby może wybrać zadanie za 12 000 zł trwające 120 dni?",
        "3. Which procedures may a task of 12 000 zł lasting 120 days use?");
    ProcedureQuestion q = ProcedureQuestion.builder()
        .taskTitle("Całoroczne wsparcie rodzin w kryzysie")
        .amount(Money.ofZloty(12_000))
        .taskPeriod(DateRange.ofDays(LocalDate.of(2026, 9, 1), 120))
        .organisation(korale.id())
        .body(DISTRICT)
        .date(LocalDate.of(2026, 7, 1))
        .build();
    List<ProcedureVerdict> verdicts = lsw.procedures().advise(q, GrantHistory.fromRepository(lsw.store().smallGrants()));
    for (ProcedureVerdict v : verdicts) {
      say("- " + v.procedure().display(o.locale()) + " [" + v.procedure().code() + "]: "
          + (v.isLawful() ? o.text("dopuszczalny", "lawful") : o.text("NIEDOPUSZCZALNY", "NOT LAWFUL")));
      for (Finding f : v.refusingFindings()) {
        say("    [" + f.code().value() + "] " + f.message(o.locale()));
      }
      for (Finding f : v.notes()) {
        say("    " + o.text("uwaga", "note") + " [" + f.code().value() + "] " + f.message(o.locale()));
      }
    }
  }

  // ---------------------------------------------------------------- budget

  private void testPhaseBudget() {
    heading("4. Budżet etapu testowania modelu", "4. The budget of the model's test phase");
    String specialist = "specjalista ds. zarządzania wiedzą w LSW";
    Budget budget = Budget.of(
        item(specialist + " – wynagrodzenie", "miesiąc", 21, "6500.00", FundingSource.GRANT),
        item(specialist + " – trzynasta pensja", "wypłata", 1, "6500.00", FundingSource.GRANT),
        CostItem.lumpSum("spotkania w ramach LSW", Money.ofZloty(10_000), FundingSource.GRANT),
        CostItem.lumpSum("warsztaty dla użytkowników", Money.ofZloty(25_000), FundingSource.GRANT));
    for (CostItem l : budget.items()) {
      say(String.format("  %-58s %5s %-8s × %12s = %14s", l.category(), l.quantity().toPlainString(), l.unit(),
          show(l.unitCost()), show(l.total())));
    }
    Money staff = budget.totalOf(l -> l.category().startsWith(specialist));
    say(o.text("  razem specjalista (21 × 6 500 zł + trzynastka): ", "  specialist in total (21 × 6 500 zł + 13th salary): ")
        + show(staff));
    say(o.text("  + spotkania: ", "  + meetings: ") + show(staff.add(Money.ofZloty(10_000))));
    say(o.text("  + warsztaty = budżet etapu: ", "  + workshops = the phase's budget: ") + show(budget.total()));
  }

  // ---------------------------------------------------------------- draft 2025

  private void draft2025() {
    heading("5. Ten sam grant według projektu zmian z 2025 r. (20 000 zł, 40 000 zł rocznie, 30%)",
        "5. The same grant under the 2025 draft (20 000 zł, 40 000 zł a year, 30%)");
    Optional<SmallGrant> grant = find(korale, "Wakacyjne zajęcia świetlicowe", 2026);
    if (grant.isEmpty()) {
      return;
    }
    SmallGrant g = grant.get();
    say(o.text("Grant ", "Grant ") + show(g.amount()) + o.text(", oferta wpłynęła ", ", offer received ")
        + g.offerReceived());
    for (LocalDate from : List.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1))) {
      SmallGrantChecker checker = new SmallGrantChecker(
          lsw.ruleEnvironment().withParameters(lsw.parameters().overlay(StatutoryParameters.draft2025(from))));
      RuleReport r = checker.check(g, GrantHistory.fromRepository(lsw.store().smallGrants()), lsw.today());
      say(o.text("  projekt obowiązuje od ", "  draft in force from ") + from + ": "
          + (r.isCompliant() ? o.text("ZGODNY – kwota mieści się w 20 000 zł", "COMPLIANT – the amount is within 20 000 zł")
              : o.text("NIEZGODNY – oferta wpłynęła przed tą datą, obowiązuje 10 000 zł",
                  "NOT COMPLIANT – the offer came in before that date, 10 000 zł applies")));
      printFindings(r);
    }
  }

  // ---------------------------------------------------------------- printing

  private void printFindings(RuleReport report) {
    for (Finding f : report.violations()) {
      say("      [" + f.code().value() + "] " + f.message(o.locale()));
    }
    report.failures().forEach(f -> say("      [" + f.rule() + "] " + f.message()));
  }

  private String name(pl.lsw.core.organisation.OrganisationId id) {
    return lsw.organisations().findById(id).map(Organisation::name).orElse(id.toString());
  }

  private void heading(String pl, String en) {
    System.out.println();
    say(pl, en);
  }

  /** A value as people read it in the example's language (money, dates, labelled constants). */
  private String show(Object value) {
    return Messages.display(value, o.locale());
  }

  /** The entries of a map as "name: value", separated by commas. */
  private String shown(Map<?, ?> map) {
    return map.entrySet().stream().map(e -> show(e.getKey()) + ": " + show(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private void say(String pl, String en) {
    System.out.println(o.text(pl, en));
  }

  private void say(String text) {
    System.out.println(text);
  }

  private static UUID fixed(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
