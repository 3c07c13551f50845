package pl.lsw.core.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pl.lsw.core.financing.competition.ActingParty;
import pl.lsw.core.financing.competition.Announcement;
import pl.lsw.core.financing.competition.AnnouncementItem;
import pl.lsw.core.financing.competition.AnnouncingAct;
import pl.lsw.core.financing.competition.Annulment;
import pl.lsw.core.financing.competition.AnnulmentReason;
import pl.lsw.core.financing.competition.Assessment;
import pl.lsw.core.financing.competition.Award;
import pl.lsw.core.financing.competition.CommitteeMember;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.competition.CompetitionId;
import pl.lsw.core.financing.competition.CompetitionState;
import pl.lsw.core.financing.competition.CooperativeProblem;
import pl.lsw.core.financing.competition.Criterion;
import pl.lsw.core.financing.competition.Nominator;
import pl.lsw.core.financing.competition.NondelegableAct;
import pl.lsw.core.financing.competition.ProblemDefiner;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.financing.competition.Results;
import pl.lsw.core.financing.contract.Amendment;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.financing.contract.CostShift;
import pl.lsw.core.financing.contract.FinalReport;
import pl.lsw.core.financing.contract.GrantReturn;
import pl.lsw.core.financing.contract.MisuseFinding;
import pl.lsw.core.financing.contract.PartialReportDemand;
import pl.lsw.core.financing.contract.ReturnKind;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.financing.offer.CostItem;
import pl.lsw.core.financing.offer.FundingSource;
import pl.lsw.core.financing.offer.Offer;
import pl.lsw.core.financing.offer.OfferId;
import pl.lsw.core.financing.offer.OfferKind;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Competitions and contracts that fill every part of the aggregate (every optional value present,
 * every list with more than one item, fractional quantities, odd percentages, amounts of single
 * grosze), for the repository contracts: what a store keeps of these it keeps of anything.
 */
public final class FinancingSamples {

  /** The President of Warsaw. */
  public static final GrantingBody WARSAW = FinancingFixtures.PRESIDENT;

  /** The board of a district (another area). */
  public static final GrantingBody DISTRICT = GrantingBody.builder().name("Zarząd Powiatu Białobrzeskiego")
      .area(TerytCode.of("1401")).kind(GrantingBodyKind.DISTRICT_BOARD).build();

  private FinancingSamples() {}

  /** A competition id made from a number. */
  public static CompetitionId competitionId(long n) {
    return CompetitionId.of(new UUID(0xC0FFEEL, n));
  }

  /** A contract id made from a number. */
  public static ContractId contractId(long n) {
    return ContractId.of(new UUID(0xC047L, n));
  }

  /** An organisation id made from a number. */
  public static OrganisationId org(long n) {
    return OrganisationId.of(new UUID(0x0A0AL, n));
  }

  /** An offer id made from a number. */
  public static OfferId offerId(long n) {
    return OfferId.of(new UUID(0x0FFEL, n));
  }

  /** A cost item. */
  public static CostItem item(String category, String unit, String quantity, String unitCost, FundingSource source) {
    return CostItem.builder().category(category).unit(unit).quantity(new BigDecimal(quantity))
        .unitCost(Money.of(unitCost)).source(source).build();
  }

  /**
   * A budget with one item of every funding source, fractional quantities (with trailing zeros
   * that must survive) and a quantity written with an exponent.
   */
  public static Budget fullBudget() {
    return Budget.of(
        item("wynagrodzenie koordynatora", "miesiąc", "9", "6500.00", FundingSource.GRANT),
        item("superwizja", "godzina", "0.50", "123.46", FundingSource.GRANT),
        item("materiały", "komplet", "3", "0.01", FundingSource.OWN_FINANCIAL),
        item("praca wolontariuszy", "godzina", "120.25", "40.00", FundingSource.PERSONAL),
        item("sala", "dzień", "1E+1", "150.00", FundingSource.IN_KIND),
        item("inne", "usługa", "1", "999999.99", FundingSource.OTHER));
  }

  /** A joint offer (declared joint) with the full budget, received on {@code receivedOn}. */
  public static Offer jointOffer(long n, LocalDate receivedOn) {
    return Offer.builder().id(offerId(n)).kind(OfferKind.JOINT).addApplicants(org(1), org(2), org(3))
        .task("Konsorcjum Wykonawcze – wsparcie rodzin")
        .taskPeriod(DateRange.ofOrThrow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31)))
        .budget(fullBudget()).requestedGrant(Money.of("58561.73"))
        .addExpectedResults("30 rodzin objętych wsparciem", "12 spotkań grupy wsparcia")
        .receivedOn(receivedOn).build();
  }

  /** A single offer declared joint by mistake, with an empty budget and no results. */
  public static Offer oddOffer(long n, LocalDate receivedOn) {
    return Offer.builder().id(offerId(n)).kind(OfferKind.JOINT).addApplicants(org(4))
        .task("Zadanie bez kosztorysu")
        .taskPeriod(DateRange.single(LocalDate.of(2026, 5, 5)))
        .budget(Budget.of(List.of())).requestedGrant(Money.ZERO).receivedOn(receivedOn).build();
  }

  private static Competition.Builder base(long n, String title, int year, GrantingBody body) {
    return Competition.builder().id(competitionId(n)).title(title).budgetYear(year).body(body)
        .announcingAct(AnnouncingAct.PRESIDENT_ORDER).announcedBy("Prezydent m.st. Warszawy")
        .mode(FundingMode.SUPPORT)
        .announcement(Announcement.builder().addContents(AnnouncementItem.TASK_TYPE, AnnouncementItem.OFFER_DEADLINE)
            .allocatedFunds(Money.ofZloty(50_000)).offerDeadline(LocalDate.of(year, 3, 23)).build());
  }

  /** A plain draft competition: no optional part, empty lists. */
  public static Competition draft(long n, String title, int year, GrantingBody body) {
    return base(n, title, year, body).build();
  }

  /**
   * A decided cooperative problem-solving competition with every part filled: all seven
   * announcement items and three publications, an operator and acts of both parties, a committee
   * (with nominators and conflicts of interest), two offers (one joint with the full budget),
   * assessments with scores, the closing day, results with two awards, and the problem with its
   * partnership.
   */
  public static Competition decided(long n) {
    LocalDate published = LocalDate.of(2026, 3, 2);
    return base(n, "Kooperacyjne rozwiązanie problemu przemocy", 2026, WARSAW)
        .state(CompetitionState.DECIDED)
        .announcingAct(AnnouncingAct.DISTRICT_BOARD_RESOLUTION)
        .announcedBy("Zarząd Dzielnicy Praga-Północ")
        .maxMunicipalShare(Percent.of("62.5"))
        .announcement(Announcement.builder().addAllContents(List.of(AnnouncementItem.values()))
            .allocatedFunds(Money.of("120000.01")).offerDeadline(LocalDate.of(2026, 3, 23))
            .putPublication(PublicationPlace.BIP, published.minusDays(1))
            .putPublication(PublicationPlace.NOTICE_BOARD, published)
            .putPublication(PublicationPlace.WEBSITE, published.minusDays(2)).build())
        .operator(org(9))
        .putAct(NondelegableAct.ANNOUNCE, ActingParty.BODY)
        .putAct(NondelegableAct.APPOINT_COMMITTEE, ActingParty.OPERATOR)
        .putAct(NondelegableAct.CHOOSE_OFFERS, ActingParty.BODY)
        .addCommittee(CommitteeMember.builder().name("Anna Nowak").nominatedBy(Nominator.EXECUTIVE_BODY).build())
        .addCommittee(CommitteeMember.builder().name("Jan Kowalski").nominatedBy(Nominator.ORGANISATION)
            .nominatingOrganisation(org(7)).addConflictsOfInterest(org(3), org(1)).build())
        .addOffers(jointOffer(1, LocalDate.of(2026, 3, 10)), oddOffer(2, LocalDate.of(2026, 3, 23)))
        .addAssessment(Assessment.builder().offer(offerId(1)).meetsRequirements(true)
            .putScore(Criterion.ABILITY_TO_PERFORM, 10).putScore(Criterion.COST_CALCULATION, 0)
            .putScore(Criterion.OWN_FUNDS, 7).build())
        .addAssessment(Assessment.builder().offer(offerId(2)).meetsRequirements(false).build())
        .closedOn(LocalDate.of(2026, 3, 24))
        .results(Results.builder().decidedOn(LocalDate.of(2026, 4, 10))
            .addAwards(new Award(offerId(1), Money.of("58561.73")), new Award(offerId(2), Money.ofGrosze(1))).build())
        .cooperativeProblem(CooperativeProblem.builder().statement("Przemoc domowa na Pradze")
            .definedBy(ProblemDefiner.ORGANISATIONS)
            .addRequiredResults("mapa zasobów", "plan działań")
            .partnership(PartnershipId.of(new UUID(0x9A, 1))).build())
        .build();
  }

  /** An annulled competition: the annulment, no results, no problem, no operator. */
  public static Competition annulled(long n) {
    return base(n, "Konkurs bez ofert", 2026, DISTRICT)
        .state(CompetitionState.ANNULLED)
        .mode(FundingMode.ENTRUSTING)
        .putAct(NondelegableAct.ANNUL, ActingParty.BODY)
        .closedOn(LocalDate.of(2026, 3, 24))
        .annulment(new Annulment(LocalDate.of(2026, 3, 25), AnnulmentReason.NO_OFFERS))
        .cooperativeProblem(Optional.empty())
        .build();
  }

  /** A plain contract: one party, no optional part, empty history. */
  public static Contract plainContract(long n, GrantingBody body, LocalDate signedOn, LocalDate taskStart) {
    return Contract.builder().id(contractId(n)).body(body).addParties(org(1))
        .procedure(FundingProcedure.OPEN_COMPETITION_SUPPORT).mode(FundingMode.SUPPORT)
        .signedOn(signedOn).grantAmount(Money.ofZloty(8_000))
        .taskPeriod(DateRange.ofOrThrow(taskStart, taskStart.plusDays(60)))
        .budget(FinancingFixtures.budget10k()).allowedShiftShare(Percent.of(20)).build();
  }

  /**
   * A joint cooperative contract with every part filled: competition, offer and partnership,
   * three amendments (one changing budget, grant and period, one changing nothing, one setting an
   * empty budget), cost shifts, report demands (submitted and not), the final report, misuse
   * findings and returns of both kinds.
   */
  public static Contract fullContract(long n) {
    return Contract.builder().id(contractId(n)).body(WARSAW).addParties(org(3), org(1), org(2))
        .procedure(FundingProcedure.COOPERATIVE_PROBLEM_SOLVING).mode(FundingMode.ENTRUSTING)
        .competition(competitionId(1)).offer(offerId(1)).partnership(PartnershipId.of(new UUID(0x9A, 1)))
        .signedOn(LocalDate.of(2026, 3, 30)).grantAmount(Money.of("58561.73"))
        .taskPeriod(DateRange.ofOrThrow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31)))
        .budget(fullBudget()).allowedShiftShare(Percent.of("12.5"))
        .addExpectedResults("30 rodzin objętych wsparciem", "mapa zasobów dzielnicy")
        .addAmendment(Amendment.builder().number(1).signedOn(LocalDate.of(2026, 6, 1))
            .description("zmiana kosztorysu, dotacji i terminu").budget(FinancingFixtures.budget10k())
            .grantAmount(Money.of("8000.00"))
            .taskPeriod(DateRange.ofOrThrow(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 1, 15))).build())
        .addAmendment(Amendment.builder().number(2).signedOn(LocalDate.of(2026, 7, 1))
            .description("zmiana adresu").build())
        .addAmendment(Amendment.builder().number(3).signedOn(LocalDate.of(2026, 8, 1))
            .description("kosztorys bez pozycji").budget(Budget.of(List.of())).build())
        .addCostShifts(CostShift.of(0, 1, Money.ofGrosze(1), LocalDate.of(2026, 8, 2)),
            CostShift.of(2, 0, Money.of("100.00"), LocalDate.of(2026, 8, 3)))
        .addPartialReportDemands(
            new PartialReportDemand(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
                Optional.of(LocalDate.of(2026, 9, 28))),
            new PartialReportDemand(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2), Optional.empty()))
        .finalReport(new FinalReport(LocalDate.of(2027, 1, 30), Money.of("7999.99")))
        .addMisuseFindings(new MisuseFinding(LocalDate.of(2027, 2, 10), Money.of("120.00"), "faktura spoza okresu"),
            new MisuseFinding(LocalDate.of(2027, 2, 11), Money.ofGrosze(1), "zaokrąglenie"))
        .addReturns(new GrantReturn(ReturnKind.UNUSED, Money.ofGrosze(1), LocalDate.of(2027, 1, 31)),
            new GrantReturn(ReturnKind.MISUSED, Money.of("120.00"), LocalDate.of(2027, 2, 20)))
        .build();
  }
}
