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
  final GrantId grant;
  final CompetitionId competition;
  final ContractId contract;
  final ProposalId proposal;
  final ProcessInstanceId process;
  final MapEntryId entry;
  final BasketServiceId service;
  final ExternalContactId contact;
  final PlanId plan;
  final EvaluationRecordId record;

  AccessWorld(AccessPolicy policy) {
    AtomicLong next = new AtomicLong(5000);
    lsw = Lsw.builder().store(TestStores.inMemory())
        .clock(Clock.fixed(NOW, ZoneId.of("Europe/Warsaw")))
        .ids(() -> new UUID(0xacce55L, next.incrementAndGet()))
        .events(published::add).accessPolicy(policy).build();
    lsw.store().partnerships().save(PartnershipFixture.everything().withVersion(0));
    registered = ok(lsw.organisations().register(CLERK, organisation()))
        .createdId(OrganisationId.class);
    grant = ok(lsw.smallGrants().receive(REPRESENTATIVE, smallGrantOffer())).createdId(GrantId.class);
    competition = ok(lsw.competitions().create(OFFICIAL, FinancingFixtures.draft()))
        .createdId(CompetitionId.class);
    contract = ok(lsw.contracts().sign(OFFICIAL, FinancingFixtures.contract().build()))
        .createdId(ContractId.class);
    proposal = ok(lsw.ownInitiativeProposals().receive(REPRESENTATIVE, proposal()))
        .createdId(ProposalId.class);
    ok(lsw.cooperationProgrammes().record(OFFICIAL, programme()));
    process = ok(lsw.processes().start(TT_MANAGER, PARTNERSHIP,
        StandardProcesses.COOPERATION_MODEL_CODE, LocalDate.of(2026, 11, 2)))
        .createdId(ProcessInstanceId.class);
    entry = ok(lsw.initiatives().addEntry(PARTNERSHIP, TT_MANAGER, mapEntry()))
        .createdId(MapEntryId.class);
    service = ok(lsw.basket().addService(PARTNERSHIP, TT_MANAGER,
        pl.lsw.core.basket.BasketSamples.full(PartnershipFixture.NGO)))
        .createdId(BasketServiceId.class);
    contact = ok(lsw.contactBases().addExternalContact(PARTNERSHIP, TT_MANAGER, externalContact()))
        .createdId(ExternalContactId.class);
    ok(lsw.plans().recordFamily(TT_MANAGER, family()));
    plan = ok(lsw.plans().prepare(TT_MANAGER, planDraft())).createdId(PlanId.class);
    record = ok(lsw.evaluation().addBenefit(PARTNERSHIP, TT_MANAGER, benefit()))
        .createdId(EvaluationRecordId.class);
    published.clear();
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
        .taskPeriod(DateRange.ofDays(received.plusDays(40), 30)).amount(Money.ofZloty(9_000))
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

  static PlanDraft planDraft() {
    return PlanDraft.builder().family(FAMILY).kind(PlanKind.LSW_PLAN).preparedOn(TODAY)
        .periodFrom(TODAY).periodTo(TODAY.plusMonths(6)).build();
  }

  static PlanItem planItem() {
    return PlanItem.builder().source(new PlanSource.BasketService(BasketServiceId.of(new UUID(7, 2))))
        .provider(PartnershipFixture.NGO).startsOn(TODAY.plusDays(7)).endsOn(TODAY.plusMonths(3))
        .build();
  }

  static BenefitRecord benefit() {
    return BenefitRecord.of(StakeholderGroup.LOCAL_COMMUNITY, TODAY.minusDays(10),
        "Szersza oferta usług", "12 usług");
  }
}
