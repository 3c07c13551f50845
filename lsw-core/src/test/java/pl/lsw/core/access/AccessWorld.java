package pl.lsw.core.access;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import pl.lsw.core.Lsw;
import pl.lsw.core.initiative.ActionStatus;
import pl.lsw.core.initiative.ActionId;
import pl.lsw.core.financing.competition.Award;
import pl.lsw.core.financing.competition.ActingParty;
import pl.lsw.core.financing.smallgrant.CommentAuthorKind;
import pl.lsw.core.financing.smallgrant.Comment;
import pl.lsw.core.financing.smallgrant.Publication;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.TestStores;
import pl.lsw.core.financing.FinancingFixtures;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.GrantingBodyKind;
import pl.lsw.core.financing.GrantingOfficial;
import pl.lsw.core.financing.OrganisationRepresentative;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.RegistryClerk;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.basket.BasketServiceId;
import pl.lsw.core.evaluation.instrument.BenefitRecord;
import pl.lsw.core.evaluation.instrument.StakeholderGroup;
import pl.lsw.core.evaluation.record.EvaluationRecordId;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.family.SupportedFamily;
import pl.lsw.core.family.plan.PlanDraft;
import pl.lsw.core.family.plan.PlanId;
import pl.lsw.core.family.plan.PlanItem;
import pl.lsw.core.family.plan.PlanKind;
import pl.lsw.core.family.plan.PlanSource;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.competition.CompetitionId;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.financing.initiative.OwnInitiativeProposal;
import pl.lsw.core.financing.initiative.ProposalId;
import pl.lsw.core.financing.programme.CooperationProgramme;
import pl.lsw.core.financing.programme.ProgrammeContent;
import pl.lsw.core.financing.smallgrant.SmallGrantOffer;
import pl.lsw.core.information.ExternalContactDraft;
import pl.lsw.core.information.ExternalContactId;
import pl.lsw.core.initiative.CommunityRole;
import pl.lsw.core.initiative.EntrySource;
import pl.lsw.core.initiative.Implementer;
import pl.lsw.core.initiative.MapEntryDraft;
import pl.lsw.core.initiative.MapEntryId;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.process.ProcessInstanceId;
import pl.lsw.core.process.StandardProcesses;

/**
 * One world for the access tests: an {@link Lsw} over in-memory repositories with a partnership
 * (every part filled in, {@link PartnershipFixture#everything()}), an organisation in the
 * registry and one aggregate of every kind, each stored by someone permitted to; then the events
 * so far are forgotten. Every actor of the tests acts in a role it holds, except the stranger.
 */
final class AccessWorld {

  /** The day of the clock: 1 December 2026 (Warsaw). */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  /** The body the financing aggregates belong to: the President of Warsaw. */
  static final GrantingBody BODY = FinancingFixtures.PRESIDENT;
  /** Another body. */
  static final GrantingBody OTHER_BODY = GrantingBody.builder().name("Burmistrz Karlina")
      .area(TerytCode.of("3209034")).kind(GrantingBodyKind.MAYOR).build();
  /** The organisation the financing aggregates are about. */
  static final OrganisationId ORGANISATION = FinancingFixtures.ORG_A;
  /** Another organisation. */
  static final OrganisationId OTHER_ORGANISATION = FinancingFixtures.ORG_B;

  static final GrantingOfficial OFFICIAL = new GrantingOfficial(BODY, "naczelnik Wydziału Spraw Społecznych");
  static final GrantingOfficial OTHER_OFFICIAL = new GrantingOfficial(OTHER_BODY, "sekretarz gminy");
  static final OrganisationRepresentative REPRESENTATIVE =
      new OrganisationRepresentative(ORGANISATION, "Anna Nowak, prezeska zarządu");
  static final OrganisationRepresentative OTHER_REPRESENTATIVE =
      new OrganisationRepresentative(OTHER_ORGANISATION, "Jan Kowalski, prezes zarządu");
  static final RegistryClerk CLERK = RegistryClerk.of("inspektorka rejestru");
  static final ActingPerson SC_CHAIR =
      ActingPerson.of(PartnershipFixture.MAYOR, ActingRole.STEERING_COMMITTEE_CHAIR);
  static final ActingPerson SC_MEMBER =
      ActingPerson.of(PartnershipFixture.NGO_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER);
  static final ActingPerson TT_MANAGER =
      ActingPerson.of(PartnershipFixture.MANAGER, ActingRole.TASK_TEAM_MANAGER);
  static final ActingPerson TT_MEMBER =
      ActingPerson.of(PartnershipFixture.NGO_WORKER, ActingRole.TASK_TEAM_MEMBER);
  static final ActingPerson MEMBER =
      ActingPerson.of(PartnershipFixture.NGO_HEAD, ActingRole.PARTNER_REPRESENTATIVE);
  static final ActingPerson STRANGER =
      ActingPerson.of(PartnershipFixture.STRANGER, ActingRole.PARTNER_REPRESENTATIVE);

  static final FamilyReference FAMILY = FamilyReference.of("R-104");
  static final pl.lsw.core.partnership.PartnershipId PARTNERSHIP = PartnershipFixture.ID;

  final List<DomainEvent> published = new ArrayList<>();
  final Lsw lsw;
  final OrganisationId registered;
  /** A small grant received, posted with a comment, and with its comment period closed. */
  final GrantId grant;
  final GrantId posted;
  final GrantId commented;
  final GrantId closed;
  /** A competition as a draft, announced, under assessment, assessed and decided. */
  final CompetitionId competition;
  final CompetitionId announced;
  final CompetitionId assessing;
  final CompetitionId assessed;
  final CompetitionId decided;
  /** A contract as signed, and one with a partial report demanded. */
  final ContractId contract;
  final ContractId demanded;
  final ProposalId proposal;
  final ProcessInstanceId process;
  /** An entry of the Map, one in the Initiative Bank, one with an action of the Action Base. */
  final MapEntryId entry;
  final MapEntryId recommended;
  final MapEntryId acted;
  final ActionId action;
  /** A completed action of the Action Base. */
  final ActionId completed;
  /** A service of the NGO in the basket, and one of the OPS (the source of the plan's item). */
  final BasketServiceId service;
  final BasketServiceId opsService;
  final ExternalContactId contact;
  final PlanId plan;
  final EvaluationRecordId record;

  AccessWorld(AccessPolicy policy) {
    this(policy, TestStores.inMemory());
  }

  /** The same world on an empty store of the kind under test. */
  AccessWorld(AccessPolicy policy, pl.lsw.core.store.port.LswStore store) {
    AtomicLong next = new AtomicLong(5000);
    lsw = Lsw.builder().store(store)
        .clock(Clock.fixed(NOW, ZoneId.of("Europe/Warsaw")))
        .ids(() -> new UUID(0xacce55L, next.incrementAndGet()))
        .events(published::add).accessPolicy(policy).build();
    lsw.store().partnerships().save(PartnershipFixture.everything().withVersion(0));
    storeMember(PartnershipFixture.DISTRICT, "Dzielnica Praga-Północ m.st. Warszawy", Sector.PUBLIC,
        LegalForm.PUBLIC_UNIT);
    storeMember(PartnershipFixture.NGO, "Fundacja Praski Kokon", Sector.NGO, LegalForm.ASSOCIATION);
    storeMember(PartnershipFixture.OPS, "Ośrodek Pomocy Społecznej Praga-Północ", Sector.PUBLIC,
        LegalForm.PUBLIC_UNIT);
    storeMember(PartnershipFixture.OUTSIDER, "Parafia św. Floriana", Sector.NGO,
        LegalForm.CHURCH_LEGAL_PERSON);
    registered = ok(lsw.organisations().register(CLERK, organisation()))
        .createdId(OrganisationId.class);
    ok(lsw.smallGrants().planBudget(OFFICIAL, new PlannedGrantBudget(BODY, 2026,
        Money.ofZloty(1_000_000))).map(b -> Change.of(b, List.of())));
    grant = receivedGrant();
    posted = receivedGrant();
    for (PublicationPlace place : PublicationPlace.values()) {
      ok(lsw.smallGrants().publish(posted, OFFICIAL, new Publication(place, LocalDate.of(2026, 11, 3),
          LocalDate.of(2026, 11, 10))));
    }
    commented = receivedGrant();
    for (PublicationPlace place : PublicationPlace.values()) {
      ok(lsw.smallGrants().publish(commented, OFFICIAL, new Publication(place,
          LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10))));
    }
    ok(lsw.smallGrants().receiveComment(commented, REPRESENTATIVE, new Comment(LocalDate.of(2026, 11, 5),
        CommentAuthorKind.ORGANISATION, "uwaga do kosztorysu", Optional.empty())));
    closed = receivedGrant();
    for (PublicationPlace place : PublicationPlace.values()) {
      ok(lsw.smallGrants().publish(closed, OFFICIAL, new Publication(place, LocalDate.of(2026, 11, 3),
          LocalDate.of(2026, 11, 10))));
    }
    ok(lsw.smallGrants().closeCommentPeriod(closed, OFFICIAL, LocalDate.of(2026, 11, 11)));
    competition = ok(lsw.competitions().create(OFFICIAL, FinancingFixtures.draft()))
        .createdId(CompetitionId.class);
    announced = announcedCompetition(11);
    assessing = announcedCompetition(12);
    underAssessment(assessing);
    assessed = announcedCompetition(13);
    underAssessment(assessed);
    ok(lsw.competitions().assess(assessed, OFFICIAL,
        FinancingFixtures.fullAssessment(FinancingFixtures.offerId(1), FundingMode.SUPPORT, true)));
    decided = announcedCompetition(14);
    underAssessment(decided);
    ok(lsw.competitions().assess(decided, OFFICIAL,
        FinancingFixtures.fullAssessment(FinancingFixtures.offerId(1), FundingMode.SUPPORT, true)));
    ok(lsw.competitions().decide(decided, OFFICIAL, List.of(new Award(FinancingFixtures.offerId(1),
        Money.ofZloty(8_000))), FinancingFixtures.DEADLINE.plusDays(11), ActingParty.BODY));
    contract = ok(lsw.contracts().sign(OFFICIAL, FinancingFixtures.contract().build()))
        .createdId(ContractId.class);
    demanded = ok(lsw.contracts().sign(OFFICIAL, FinancingFixtures.contract()
        .id(ContractId.of(new UUID(0xacce55L, 21))).build())).createdId(ContractId.class);
    ok(lsw.contracts().demandPartialReport(demanded, OFFICIAL, LocalDate.of(2026, 5, 4),
        LocalDate.of(2026, 6, 5)));
    proposal = ok(lsw.ownInitiativeProposals().receive(REPRESENTATIVE, proposal()))
        .createdId(ProposalId.class);
    ok(lsw.cooperationProgrammes().record(OFFICIAL, programme()));
    process = ok(lsw.processes().start(TT_MANAGER, PARTNERSHIP,
        StandardProcesses.COOPERATION_MODEL_CODE, LocalDate.of(2026, 11, 2)))
        .createdId(ProcessInstanceId.class);
    entry = ok(lsw.initiatives().addEntry(PARTNERSHIP, TT_MANAGER, mapEntry()))
        .createdId(MapEntryId.class);
    recommended = ok(lsw.initiatives().addEntry(PARTNERSHIP, TT_MANAGER, mapEntry()))
        .createdId(MapEntryId.class);
    ok(lsw.initiatives().recommend(PARTNERSHIP, TT_MANAGER, recommended, LocalDate.of(2026, 11, 4),
        Optional.empty()));
    acted = ok(lsw.initiatives().addEntry(PARTNERSHIP, TT_MANAGER, mapEntry()))
        .createdId(MapEntryId.class);
    ok(lsw.initiatives().recommend(PARTNERSHIP, TT_MANAGER, acted, LocalDate.of(2026, 11, 4),
        Optional.empty()));
    action = ok(lsw.initiatives().startAction(PARTNERSHIP, TT_MANAGER, acted, "Klub Rodzica",
        PartnershipFixture.CONSORTIUM, ActionStatus.RUNNING, LocalDate.of(2026, 11, 5)))
        .createdId(ActionId.class);
    MapEntryId done = ok(lsw.initiatives().addEntry(PARTNERSHIP, TT_MANAGER, mapEntry()))
        .createdId(MapEntryId.class);
    ok(lsw.initiatives().recommend(PARTNERSHIP, TT_MANAGER, done, LocalDate.of(2026, 11, 4),
        Optional.empty()));
    completed = ok(lsw.initiatives().startAction(PARTNERSHIP, TT_MANAGER, done, "Festyn rodzinny",
        PartnershipFixture.CONSORTIUM, ActionStatus.COMPLETED, LocalDate.of(2026, 11, 5)))
        .createdId(ActionId.class);
    service = ok(lsw.basket().addService(PARTNERSHIP, TT_MANAGER,
        pl.lsw.core.basket.BasketSamples.full(PartnershipFixture.NGO)))
        .createdId(BasketServiceId.class);
    opsService = ok(lsw.basket().addService(PARTNERSHIP, TT_MANAGER,
        pl.lsw.core.basket.BasketSamples.minimal(PartnershipFixture.OPS, "Dyżur pracownika socjalnego")))
        .createdId(BasketServiceId.class);
    contact = ok(lsw.contactBases().addExternalContact(PARTNERSHIP, TT_MANAGER, externalContact()))
        .createdId(ExternalContactId.class);
    ok(lsw.plans().recordFamily(TT_MANAGER, family()));
    plan = ok(lsw.plans().prepare(TT_MANAGER, planDraft(opsService))).createdId(PlanId.class);
    record = ok(lsw.evaluation().addBenefit(PARTNERSHIP, TT_MANAGER, benefit()))
        .createdId(EvaluationRecordId.class);
    published.clear();
  }

  private GrantId receivedGrant() {
    return ok(lsw.smallGrants().receive(REPRESENTATIVE, smallGrantOffer())).createdId(GrantId.class);
  }

  private CompetitionId announcedCompetition(int n) {
    CompetitionId id = ok(lsw.competitions().create(OFFICIAL, FinancingFixtures.draft()
        .withId(CompetitionId.of(new UUID(0xacce55L, n))))).createdId(CompetitionId.class);
    ok(lsw.competitions().announce(id, OFFICIAL, FinancingFixtures.publications(), ActingParty.BODY));
    return id;
  }

  private void underAssessment(CompetitionId id) {
    ok(lsw.competitions().receiveOffer(id, REPRESENTATIVE,
        FinancingFixtures.offer(1, "8000.00", ORGANISATION).build()));
    ok(lsw.competitions().appointCommittee(id, OFFICIAL, List.of(FinancingFixtures.official("Jan"),
        FinancingFixtures.nominee("Ewa", FinancingFixtures.org(9))), ActingParty.BODY));
    ok(lsw.competitions().closeOffers(id, OFFICIAL, FinancingFixtures.DEADLINE.plusDays(1)));
  }

  private void storeMember(OrganisationId id, String name, Sector sector, LegalForm form) {
    var organisation = OrganisationDraft.builder().name(name).legalForm(form).sector(sector)
        .fields(Set.of(SocialServiceField.FAMILY_SUPPORT)).seatTeryt("1465088")
        .seatAddress("ul. Ząbkowska 1, 03-736 Warszawa").build().toOrganisation(id, 0);
    if (organisation.isInvalid()) {
      throw new AssertionError("the world could not be set up: " + organisation.getError());
    }
    lsw.store().organisations().save(organisation.get());
  }

  static <S> Change<S> ok(Either<Refusal, Change<S>> outcome) {
    if (outcome.isLeft()) {
      throw new AssertionError("the world could not be set up: " + outcome.getLeft().message());
    }
    return outcome.get();
  }

  static OrganisationDraft organisation() {
    return OrganisationDraft.builder().name("Stowarzyszenie Sąsiedzi z Pragi")
        .legalForm(LegalForm.ASSOCIATION).sector(Sector.NGO)
        .fields(Set.of(SocialServiceField.FAMILY_SUPPORT)).nip(Optional.of("8567346215"))
        .seatTeryt("1465088").seatAddress("ul. Ząbkowska 1, 03-736 Warszawa").build();
  }

  static SmallGrantOffer smallGrantOffer() {
    LocalDate received = LocalDate.of(2026, 11, 2);
    return SmallGrantOffer.builder().body(BODY).applicant(ORGANISATION)
        .taskTitle("Spotkania sąsiedzkie").localOrRegional(true)
        .taskPeriod(DateRange.ofDays(received.plusDays(40), 30)).amount(Money.ofZloty(4_000))
        .mode(FundingMode.SUPPORT).offerReceived(received).build();
  }

  static OwnInitiativeProposal proposal() {
    return OwnInitiativeProposal.builder().id(ProposalId.of(new UUID(0xacce55L, 1))).body(BODY)
        .addOrganisations(ORGANISATION).task("Klub rodzica").receivedOn(LocalDate.of(2026, 11, 3))
        .build();
  }

  static CooperationProgramme programme() {
    EnumSet<ProgrammeContent> statutory = EnumSet.allOf(ProgrammeContent.class);
    statutory.removeIf(ProgrammeContent::isSeedAddition);
    return CooperationProgramme.builder().body(BODY).year(2027).adoptedOn(LocalDate.of(2026, 11, 30))
        .contents(statutory).plannedGrantFunds(Money.ofZloty(1_000_000)).build();
  }

  static MapEntryDraft mapEntry() {
    return MapEntryDraft.builder().name("Klub Rodzica przy SP 3")
        .implementer(Implementer.registered(PartnershipFixture.NGO))
        .description("Spotkania rodziców z psychologiem").addressees(Set.of(TargetGroup.PARENTS))
        .participationRules("Zapisy w sekretariacie")
        .serviceConditions("Prowadzi psycholog z co najmniej 3-letnim doświadczeniem")
        .addContacts(new ContactPersonDraft("Anna Kowalska", "prezeska zarządu",
            "anna.kowalska@example.org", ""))
        .source(EntrySource.INSIDE_LSW).communityRole(CommunityRole.FOR_THE_COMMUNITY)
        .addedOn(LocalDate.of(2026, 11, 2)).build();
  }

  static ExternalContactDraft externalContact() {
    return new ExternalContactDraft("Sąd Rejonowy dla Warszawy Pragi-Północ", Sector.PUBLIC,
        ContactPersonDraft.byEmail("Maria Kuratorka", "kuratorka zawodowa", "kuratorzy@sad.example"),
        "informacje o spotkaniach LSW");
  }

  static SupportedFamily family() {
    return SupportedFamily.builder().reference(FAMILY).partnership(PARTNERSHIP)
        .selectedOn(LocalDate.of(2026, 10, 15)).consentGivenOn(LocalDate.of(2026, 10, 20))
        .needFields(Set.of(SocialServiceField.FAMILY_SUPPORT))
        .targetGroups(Set.of(TargetGroup.FAMILIES_WITH_CHILDREN)).age(12)
        .residenceUnit(TerytCode.of("1465088")).language("pl").referralHeld(false).build();
  }

  /** A plan with one item, the OPS's service. */
  static PlanDraft planDraft(BasketServiceId opsService) {
    return PlanDraft.builder().family(FAMILY).kind(PlanKind.LSW_PLAN).preparedOn(TODAY)
        .periodFrom(TODAY).periodTo(TODAY.plusMonths(6))
        .addItems(planItem(opsService, PartnershipFixture.OPS)).build();
  }

  static PlanItem planItem(BasketServiceId service, OrganisationId provider) {
    return PlanItem.builder().source(new PlanSource.BasketService(service)).provider(provider)
        .startsOn(TODAY.plusDays(7)).endsOn(TODAY.plusDays(30)).build();
  }

  static BenefitRecord benefit() {
    return BenefitRecord.of(StakeholderGroup.LOCAL_COMMUNITY, TODAY.minusDays(10),
        "Szersza oferta usług", "12 usług");
  }
}
