package pl.lsw.core.financing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import pl.lsw.core.financing.competition.Announcement;
import pl.lsw.core.financing.competition.AnnouncementItem;
import pl.lsw.core.financing.competition.AnnouncingAct;
import pl.lsw.core.financing.competition.Assessment;
import pl.lsw.core.financing.competition.CommitteeMember;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.competition.CompetitionId;
import pl.lsw.core.financing.competition.Criterion;
import pl.lsw.core.financing.competition.Nominator;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.financing.offer.CostItem;
import pl.lsw.core.financing.offer.FundingSource;
import pl.lsw.core.financing.offer.Offer;
import pl.lsw.core.financing.offer.OfferId;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.OrganisationId;

/** Shared test data for the co-financing tests: Warsaw's President, organisations, offers, a competition, a contract. */
public final class FinancingFixtures {

  /** The instant of events in tests. */
  public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  /** The President of Warsaw. */
  public static final GrantingBody PRESIDENT = GrantingBody.builder().name("Prezydent m.st. Warszawy")
      .area(TerytCode.of("1465011")).kind(GrantingBodyKind.CITY_PRESIDENT).build();

  /** Organisations A to D. */
  public static final OrganisationId ORG_A = org(1);
  /** Organisation B. */
  public static final OrganisationId ORG_B = org(2);
  /** Organisation C. */
  public static final OrganisationId ORG_C = org(3);
  /** Organisation D. */
  public static final OrganisationId ORG_D = org(4);

  /** Monday 2 March 2026: the last publication of the standard announcement. */
  public static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 2);
  /** Monday 23 March 2026: exactly 21 days after {@link #PUBLISHED}. */
  public static final LocalDate DEADLINE = LocalDate.of(2026, 3, 23);

  private FinancingFixtures() {}

  /** A deterministic organisation id. */
  public static OrganisationId org(int n) {
    return OrganisationId.of(new UUID(0x0A, n));
  }

  /** A deterministic offer id. */
  public static OfferId offerId(int n) {
    return OfferId.of(new UUID(0x0F, n));
  }

  /** A cost item of {@code quantity} units of {@code unitCost} zł. */
  public static CostItem item(String category, long quantity, String unitCost, FundingSource source) {
    return CostItem.builder().category(category).unit("szt.").quantity(BigDecimal.valueOf(quantity))
        .unitCost(Money.of(unitCost)).source(source).build();
  }

  /** A budget of 10 000,00 zł: 8 000,00 zł from the grant, 1 500,00 zł own money, 500,00 zł volunteers. */
  public static Budget budget10k() {
    return Budget.of(
        item("wynagrodzenie koordynatora", 8, "1000.00", FundingSource.GRANT),
        item("materiały", 1, "1500.00", FundingSource.OWN_FINANCIAL),
        item("praca wolontariuszy", 10, "50.00", FundingSource.PERSONAL));
  }

  /** An offer builder with a 10 000,00 zł budget asking for {@code grant}. */
  public static Offer.Builder offer(int n, String grant, OrganisationId... applicants) {
    return Offer.builder().id(offerId(n)).addApplicants(applicants).task("Wsparcie rodzin na Pradze")
        .taskPeriod(DateRange.ofOrThrow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 15)))
        .budget(budget10k()).requestedGrant(Money.of(grant)).addExpectedResults("30 rodzin objętych wsparciem")
        .receivedOn(LocalDate.of(2026, 3, 10));
  }

  /** The three publications, the last on {@link #PUBLISHED}. */
  public static Map<PublicationPlace, LocalDate> publications() {
    return Map.of(PublicationPlace.BIP, PUBLISHED.minusDays(1), PublicationPlace.NOTICE_BOARD, PUBLISHED,
        PublicationPlace.WEBSITE, PUBLISHED.minusDays(1));
  }

  /** An unpublished announcement with all 7 items, 100 000 zł, deadline {@link #DEADLINE}. */
  public static Announcement announcement() {
    return Announcement.builder().contents(EnumSet.allOf(AnnouncementItem.class))
        .allocatedFunds(Money.ofZloty(100_000)).offerDeadline(DEADLINE).build();
  }

  /** A draft competition in support mode. */
  public static Competition draft() {
    return Competition.builder().id(CompetitionId.of(new UUID(0x0C, 1))).title("Wspieranie rodzin")
        .budgetYear(2026).body(PRESIDENT).announcingAct(AnnouncingAct.PRESIDENT_ORDER)
        .announcedBy("Prezydent m.st. Warszawy").mode(FundingMode.SUPPORT).announcement(announcement()).build();
  }

  /** A competition as published (state ANNOUNCED). */
  public static Competition announced() {
    return draft().withAnnouncement(announcement().withPublications(publications()))
        .withState(pl.lsw.core.financing.competition.CompetitionState.ANNOUNCED);
  }

  /** A member nominated by the executive body. */
  public static CommitteeMember official(String name) {
    return CommitteeMember.builder().name(name).nominatedBy(Nominator.EXECUTIVE_BODY).build();
  }

  /** A member nominated by {@code org}. */
  public static CommitteeMember nominee(String name, OrganisationId org) {
    return CommitteeMember.builder().name(name).nominatedBy(Nominator.ORGANISATION).nominatingOrganisation(org).build();
  }

  /** An assessment scoring every criterion of {@code mode} with 5 points. */
  public static Assessment fullAssessment(OfferId offer, FundingMode mode, boolean meets) {
    Assessment.Builder b = Assessment.builder().offer(offer).meetsRequirements(meets);
    for (Criterion c : Criterion.values()) {
      if (c.appliesIn(mode)) {
        b.putScore(c, 5);
      }
    }
    return b.build();
  }

  /** A contract of 8 000,00 zł for 1 April – 30 June 2026 with a 20% shift share. */
  public static Contract.Builder contract() {
    return Contract.builder().id(ContractId.of(new UUID(0xCC, 1))).body(PRESIDENT).addParties(ORG_A)
        .procedure(FundingProcedure.OPEN_COMPETITION_SUPPORT).mode(FundingMode.SUPPORT)
        .signedOn(LocalDate.of(2026, 3, 30)).grantAmount(Money.ofZloty(8_000))
        .taskPeriod(DateRange.ofOrThrow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
        .budget(budget10k()).allowedShiftShare(Percent.of(20)).addExpectedResults("30 rodzin objętych wsparciem");
  }

}
