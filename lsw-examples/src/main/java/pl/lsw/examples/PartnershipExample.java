package pl.lsw.examples;

import static pl.lsw.examples.Outcomes.accepted;
import static pl.lsw.examples.Outcomes.done;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import pl.lsw.core.Lsw;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.partnership.InspirationOrigin;
import pl.lsw.core.partnership.MatterStatus;
import pl.lsw.core.partnership.Membership;
import pl.lsw.core.partnership.MembershipForm;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFounding;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipKind;
import pl.lsw.core.partnership.PartnershipScope;
import pl.lsw.core.partnership.PartnershipService;
import pl.lsw.core.partnership.RaisedMatter;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.Decision;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.DecisionProposal;
import pl.lsw.core.partnership.governance.EducationLevel;
import pl.lsw.core.partnership.governance.ManagerQualifications;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.MemberPosition;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;
import pl.lsw.core.partnership.governance.rules.GovernanceComplianceReport;
import pl.lsw.core.process.EvidenceReference;
import pl.lsw.core.process.ProcessDefinition;
import pl.lsw.core.process.ProcessInstance;
import pl.lsw.core.process.ProcessPosition;
import pl.lsw.core.process.ProcessService;
import pl.lsw.core.process.ProcessStep;
import pl.lsw.core.process.StandardProcesses;

/**
 * The Local Support System "Praski Kokon" (Warsaw, Praga-Północ) built as the seed documents
 * describe an LSW: the City of Warsaw founds it and leads it, three NGOs join with written
 * declarations and the district's social-assistance centre (OPS) takes part as an informal
 * partner. The example then
 *
 * <ol>
 *   <li>registers the professionals acting for the partners (invented roles, no real people);
 *   <li>sets up the Steering Committee (chaired from the district office; members with and
 *       without a mandate to commit their organisation), the Task Team (a qualified manager and a
 *       knowledge-management specialist), an Executive Consortium chosen in a competition and
 *       the two network workers;
 *   <li>records the year 2026: Steering Committee meetings in every quarter but the third, Task
 *       Team meetings about every two months with one gap that is too long, a meeting open to
 *       families, and decisions — a financial one accepted by every member, a schedule that a
 *       later decision corrects (supersedes);
 *   <li>raises a matter from the informal partner;
 *   <li>runs the LSW stages ({@code LSW_STAGES}) up to the running stage, showing on the way a
 *       step refused because earlier steps are not done;
 *   <li>shows access control: an NGO worker who tries to decide, and a decision that would bind
 *       an organisation whose representative has no mandate, are refused with their reasons
 *       (and change nothing);
 *   <li>prints the governance compliance report for 2026, in which the missing quarter ("Q3 2026:
 *       no Steering Committee meeting") and the Task Team's long gap appear.
 * </ol>
 *
 * <p>Running it again on the same database finds the partnership instead of founding a second
 * one; the refused commands and the report are shown again.
 */
final class PartnershipExample {

  /** The partnership's name. */
  static final String NAME = "Praski Kokon";

  /** The year whose governance is recorded and reviewed. */
  static final int YEAR = 2026;

  // The people, by the invented role that serves as their name.
  static final String COORDINATOR = "Koordynatorka LSW";
  static final String DEPUTY_MAYOR = "Zastępca Burmistrza Dzielnicy Praga-Północ";
  static final String OD_PRESIDENT = "Prezeska Stowarzyszenia Otwarte Drzwi";
  static final String KORALE_PRESIDENT = "Prezes Fundacji Korale";
  static final String CAL_DELEGATE = "Delegatka CAL do Komitetu Sterującego";
  static final String OPS_DIRECTOR = "Dyrektorka OPS Praga-Północ";
  static final String TT_MANAGER = "Kierownik Zespołu Zadaniowego LSW";
  static final String KNOWLEDGE_SPECIALIST = "Specjalistka ds. zarządzania wiedzą";
  static final String OPS_SOCIAL_WORKER = "Pracownica socjalna OPS";
  static final String OD_PEDAGOGUE = "Pedagożka Stowarzyszenia Otwarte Drzwi";
  static final String KORALE_PSYCHOLOGIST = "Psycholog Fundacji Korale";
  static final String CONSORTIUM_COORDINATOR = "Koordynatorka Konsorcjum Wykonawczego";
  static final String KORALE_THERAPIST = "Terapeuta rodzinny Fundacji Korale";
  static final String CAL_ANIMATOR = "Animatorka sieci CAL";
  static final String OPS_FAMILY_ASSISTANT = "Asystent rodziny OPS";

  private static final LocalDate FOUNDED = LocalDate.of(2025, 2, 3);
  private static final LocalDate PARTNERS_JOIN = LocalDate.of(2025, 4, 7);

  private final Lsw lsw;
  private final ExampleOptions options;
  private final PartnershipService partnerships;
  private final ProcessService processes;
  private final List<Organisation> partners = new ArrayList<>();
  private Partnership kokon;

  private PartnershipExample(Lsw lsw, ExampleOptions options) {
    this.lsw = lsw;
    this.options = options;
    this.partnerships = lsw.partnerships();
    this.processes = lsw.processes();
  }

  static void run(ExampleOptions options) throws Exception {
    new PartnershipExample(ExampleLsw.open(options.database()), options).tell();
  }

  private void tell() {
    registerPartners();
    Optional<Partnership> existing = findExisting();
    if (existing.isPresent()) {
      kokon = existing.get();
      say(text("LSW \"" + NAME + "\" jest już w bazie (wersja "
              + kokon.version() + "): pokazuję zapisany stan zamiast zakładać je ponownie.",
          "The LSW \"" + NAME + "\" is already in the database (version "
              + kokon.version() + "): showing the stored state instead of founding it again."));
    } else {
      build();
    }
    describePartnership();
    showAnNgoWorkerCannotDecide();
    showADecisionCannotBindWithoutMandate();
    showLswStagesPosition();
    printGovernanceReport();
  }

  /**
   * Praski Kokon as stored in the example database: founded and governed as {@link #run} tells
   * it (saying so) when it is not stored yet. Other examples start from it.
   */
  static Partnership praskiKokon(Lsw lsw, ExampleOptions options) {
    PartnershipExample story = new PartnershipExample(lsw, options);
    story.registerPartners();
    Optional<Partnership> existing = story.findExisting();
    if (existing.isPresent()) {
      return existing.get();
    }
    story.build();
    return story.kokon;
  }

  private void build() {
    found();
    admitPartners();
    registerPeople();
    setUpSteeringCommittee();
    setUpTaskTeam();
    chooseExecutiveConsortium();
    appointNetworkWorkers();
    recordMeetingsOfTheYear();
    recordDecisions();
    raiseMatterFromInformalPartner();
    runLswStagesUpToRunning();
  }

  // ------------------------------------------------------------------ the story

  private void registerPartners() {
    for (PraskiKokon.Partner partner : PraskiKokon.partners()) {
      partners.add(Outcomes.registerOrFind(lsw.organisations(), partner.draft()));
    }
  }

  private Optional<Partnership> findExisting() {
    return partnerships.findByTerytPrefix(PraskiKokon.PRAGA_POLNOC, PageRequest.first(100)).items()
        .stream().filter(p -> p.name().equals(NAME) && p.kind() == PartnershipKind.LOCAL_SUPPORT_SYSTEM)
        .findFirst();
  }

  private void found() {
    PartnershipFounding founding = PartnershipFounding.builder().name(NAME)
        .kind(PartnershipKind.LOCAL_SUPPORT_SYSTEM)
        .inspirationOrigin(InspirationOrigin.LOCAL_GOVERNMENT).scope(PartnershipScope.MULTI_ASPECT)
        .focusDomains(EnumSet.of(SocialServiceField.FAMILY_SUPPORT))
        .territory(List.of(TerytCode.of(PraskiKokon.PRAGA_POLNOC))).leader(city().id())
        .leaderDeclarationDate(LocalDate.of(2025, 1, 27)).foundedOn(FOUNDED)
        .founder(new PersonDetails(COORDINATOR, "Urząd Dzielnicy Praga-Północ, Wydział Spraw Społecznych",
            city().id(), "lsw.praga-polnoc@example.org", "+48 22 000 00 01")).build();
    kokon = accepted(partnerships.found(founding));
    say(text("Założono LSW \"" + NAME + "\": lider " + city().name()
            + ", terytorium Praga-Północ (TERYT " + PraskiKokon.PRAGA_POLNOC + "), od " + FOUNDED + ".",
        "Founded the LSW \"" + NAME + "\": leader " + city().name()
            + ", territory Praga-Północ (TERYT " + PraskiKokon.PRAGA_POLNOC + "), since " + FOUNDED + "."));
  }

  private void admitPartners() {
    ActingPerson coordinator = as(COORDINATOR, ActingRole.PARTNER_REPRESENTATIVE);
    for (int i = 1; i <= 3; i++) {
      kokon = accepted(partnerships.admitFormalMember(kokon.id(), coordinator, partners.get(i).id(),
          PARTNERS_JOIN.minusDays(7 - i), PARTNERS_JOIN));
    }
    kokon = accepted(partnerships.admitInformalPartner(kokon.id(), coordinator, ops().id(), PARTNERS_JOIN));
  }

  private void registerPeople() {
    ActingPerson coordinator = as(COORDINATOR, ActingRole.PARTNER_REPRESENTATIVE);
    register(coordinator, DEPUTY_MAYOR, "Urząd Dzielnicy Praga-Północ", city());
    register(coordinator, TT_MANAGER, "Urząd Dzielnicy Praga-Północ, Wydział Spraw Społecznych", city());
    register(coordinator, OD_PRESIDENT, "zarząd stowarzyszenia", partners.get(1));
    register(coordinator, OD_PEDAGOGUE, "pedagog rodzinny", partners.get(1));
    register(coordinator, CONSORTIUM_COORDINATOR, "koordynatorka projektów", partners.get(1));
    register(coordinator, KORALE_PRESIDENT, "zarząd fundacji", partners.get(2));
    register(coordinator, KORALE_PSYCHOLOGIST, "psycholog dziecięcy", partners.get(2));
    register(coordinator, KORALE_THERAPIST, "terapeuta rodzinny", partners.get(2));
    register(coordinator, CAL_DELEGATE, "animatorka społeczności lokalnej", cal());
    register(coordinator, KNOWLEDGE_SPECIALIST, "specjalistka ds. badań i dokumentacji", cal());
    register(coordinator, CAL_ANIMATOR, "animatorka sieci współpracy", cal());
    register(coordinator, OPS_DIRECTOR, "dyrektorka ośrodka", ops());
    register(coordinator, OPS_SOCIAL_WORKER, "pracownica socjalna", ops());
    register(coordinator, OPS_FAMILY_ASSISTANT, "asystent rodziny", ops());
    say(text("Zarejestrowano " + kokon.persons().size() + " osób działających w imieniu partnerów.",
        "Registered " + kokon.persons().size() + " people acting for the partners."));
  }

  private void setUpSteeringCommittee() {
    kokon = accepted(partnerships.setUpSteeringCommittee(kokon.id(),
        as(COORDINATOR, ActingRole.PARTNER_REPRESENTATIVE), List.of(
            SteeringCommitteeMember.withMandate(person(DEPUTY_MAYOR)),
            SteeringCommitteeMember.withMandate(person(OD_PRESIDENT)),
            SteeringCommitteeMember.withMandate(person(KORALE_PRESIDENT)),
            SteeringCommitteeMember.withoutMandate(person(CAL_DELEGATE)),
            SteeringCommitteeMember.withoutMandate(person(OPS_DIRECTOR))),
        person(DEPUTY_MAYOR)));
  }

  private void setUpTaskTeam() {
    kokon = accepted(partnerships.setUpTaskTeam(kokon.id(), chair(), person(TT_MANAGER),
        new ManagerQualifications(EducationLevel.HIGHER_MASTER, 6, 18), person(KNOWLEDGE_SPECIALIST),
        List.of(person(OPS_SOCIAL_WORKER), person(OD_PEDAGOGUE), person(KORALE_PSYCHOLOGIST))));
  }

  private void chooseExecutiveConsortium() {
    kokon = accepted(partnerships.setUpConsortium(kokon.id(), chair(),
        "Wsparcie rodzin z dziećmi w wieku szkolnym w kryzysie opiekuńczo-wychowawczym",
        "Konkurs LSW nr 1/2025, rozstrzygnięty 2025-12-05",
        List.of(partners.get(1).id(), partners.get(2).id()),
        List.of(person(CONSORTIUM_COORDINATOR), person(KORALE_THERAPIST))));
  }

  private void appointNetworkWorkers() {
    kokon = accepted(partnerships.appointNetworkWorkers(kokon.id(), chair(),
        List.of(person(CAL_ANIMATOR), person(OPS_FAMILY_ASSISTANT))));
  }

  /**
   * Steering Committee in January, April and October (none in the third quarter), Task Team from
   * January to July and then only in October (a gap of more than two months), the consortium in
   * every quarter; the April committee meeting is open to families.
   */
  private void recordMeetingsOfTheYear() {
    List<PersonId> committee = kokon.steeringCommittee().orElseThrow().members().stream()
        .map(SteeringCommitteeMember::person).toList();
    steeringCommitteeMeeting(LocalDate.of(YEAR, 1, 22), city(), committee, false, 0);
    steeringCommitteeMeeting(LocalDate.of(YEAR, 4, 16), ops(), committee, true, 4);
    steeringCommitteeMeeting(LocalDate.of(YEAR, 10, 15), partners.get(1), committee, false, 0);

    List<PersonId> taskTeam = List.of(person(TT_MANAGER), person(KNOWLEDGE_SPECIALIST),
        person(OPS_SOCIAL_WORKER), person(OD_PEDAGOGUE), person(KORALE_PSYCHOLOGIST));
    List<Organisation> hosts = List.of(city(), cal(), partners.get(2), ops(), partners.get(1), city());
    List<LocalDate> days = List.of(LocalDate.of(YEAR, 1, 14), LocalDate.of(YEAR, 3, 11),
        LocalDate.of(YEAR, 5, 6), LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 10, 7),
        LocalDate.of(YEAR, 11, 4));
    for (int i = 0; i < days.size(); i++) {
      kokon = accepted(partnerships.recordMeeting(kokon.id(), as(TT_MANAGER, ActingRole.TASK_TEAM_MANAGER),
          MeetingDetails.builder().body(kokon.taskTeam().orElseThrow().id()).date(days.get(i))
              .duration(Duration.ofHours(2)).chair(person(TT_MANAGER)).host(hosts.get(i).id())
              .attendees(taskTeam).openToFamilies(false).familyRepresentativesPresent(0)
              .agendaReference("ZZ/porządek/" + days.get(i))
              .minutesReference("ZZ/protokół/" + days.get(i)).build()));
    }

    BodyId consortium = kokon.consortia().get(0).id();
    List<PersonId> consortiumPeople = List.of(person(CONSORTIUM_COORDINATOR), person(KORALE_THERAPIST));
    List<LocalDate> consortiumDays = List.of(LocalDate.of(YEAR, 2, 10), LocalDate.of(YEAR, 5, 12),
        LocalDate.of(YEAR, 8, 11), LocalDate.of(YEAR, 11, 10));
    for (int i = 0; i < consortiumDays.size(); i++) {
      boolean even = i % 2 == 0;
      kokon = accepted(partnerships.recordMeeting(kokon.id(),
          as(CONSORTIUM_COORDINATOR, ActingRole.CONSORTIUM_MEMBER),
          MeetingDetails.builder().body(consortium).date(consortiumDays.get(i))
              .duration(Duration.ofMinutes(90))
              .chair(person(even ? CONSORTIUM_COORDINATOR : KORALE_THERAPIST))
              .host(partners.get(even ? 1 : 2).id()).attendees(consortiumPeople)
              .openToFamilies(false).familyRepresentativesPresent(0)
              .minutesReference("KW/notatka/" + consortiumDays.get(i)).build()));
    }
    say(text("Zapisano " + kokon.meetings().size() + " spotkań w roku " + YEAR
            + " (Komitet Sterujący: styczeń, kwiecień – otwarte dla rodzin, październik).",
        "Recorded " + kokon.meetings().size() + " meetings in " + YEAR
            + " (Steering Committee: January, April – open to families, October)."));
  }

  private void steeringCommitteeMeeting(LocalDate day, Organisation host, List<PersonId> attendees,
      boolean openToFamilies, int families) {
    kokon = accepted(partnerships.recordMeeting(kokon.id(), chair(), MeetingDetails.builder()
        .body(kokon.steeringCommittee().orElseThrow().id()).date(day)
        .duration(Duration.ofMinutes(150)).chair(person(DEPUTY_MAYOR)).host(host.id())
        .attendees(attendees).openToFamilies(openToFamilies).familyRepresentativesPresent(families)
        .agendaReference("KS/porządek/" + day).minutesReference("KS/protokół/" + day).build()));
  }

  /**
   * A financial decision every member accepts (binding the three partners whose representatives
   * hold a mandate), a meeting schedule, its correction that supersedes it, and the acceptance of
   * the half-year report.
   */
  private void recordDecisions() {
    MeetingId january = steeringCommitteeMeetingOn(LocalDate.of(YEAR, 1, 22));
    kokon = accepted(partnerships.recordDecision(kokon.id(), chair(), DecisionProposal.builder()
        .meeting(january).date(LocalDate.of(YEAR, 1, 22))
        .subject("Podział środków na działania LSW w " + YEAR
            + " r. i wkład własny partnerów (bank działań)").kind(DecisionKind.FINANCIAL).proposer(person(TT_MANAGER)).positions(positions(Position.ACCEPT, Position.ACCEPT, Position.ACCEPT, Position.ACCEPT, Position.ACCEPT)).binds(Set.of(city().id(), partners.get(1).id(), partners.get(2).id())).build()));
    kokon = accepted(partnerships.recordDecision(kokon.id(), chair(), DecisionProposal.builder()
        .meeting(january).date(LocalDate.of(YEAR, 1, 22))
        .subject("Harmonogram posiedzeń Komitetu Sterującego w " + YEAR
            + " r.: styczeń, kwiecień, lipiec, październik").kind(DecisionKind.SCHEDULE_OR_BUDGET_CHANGE).proposer(person(DEPUTY_MAYOR)).positions(positions(Position.ACCEPT, Position.ACCEPT, Position.ACCEPT, Position.ABSTAIN, Position.ACCEPT)).binds(Set.of()).build()));
    Decision schedule = last(kokon.decisions());
    MeetingId april = steeringCommitteeMeetingOn(LocalDate.of(YEAR, 4, 16));
    kokon = accepted(partnerships.supersedeDecision(kokon.id(), chair(), schedule.id(),
        DecisionProposal.builder().meeting(april).date(LocalDate.of(YEAR, 4, 16))
            .subject("Korekta harmonogramu posiedzeń "
            + YEAR + " r.: posiedzenie lipcowe przeniesione na 24 września").kind(DecisionKind.SCHEDULE_OR_BUDGET_CHANGE).proposer(person(DEPUTY_MAYOR)).positions(positions(Position.ACCEPT, Position.ACCEPT, Position.ACCEPT, Position.ACCEPT, Position.ACCEPT)).binds(Set.of()).build()));
    MeetingId october = steeringCommitteeMeetingOn(LocalDate.of(YEAR, 10, 15));
    kokon = accepted(partnerships.recordDecision(kokon.id(), chair(), DecisionProposal.builder()
        .meeting(october).date(LocalDate.of(YEAR, 10, 15))
        .subject("Przyjęcie sprawozdania merytorycznego LSW za I półrocze " + YEAR)
        .kind(DecisionKind.REPORT_ACCEPTANCE).proposer(person(TT_MANAGER))
        .positions(positions(Position.ACCEPT, Position.ACCEPT, Position.ACCEPT, Position.ACCEPT, Position.ACCEPT)).binds(Set.of()).build()));
  }

  private void raiseMatterFromInformalPartner() {
    kokon = accepted(partnerships.raiseMatter(kokon.id(), as(OPS_DIRECTOR, ActingRole.PARTNER_REPRESENTATIVE),
        "Brak miejsc w świetlicy środowiskowej dla dzieci z rodzin objętych wsparciem",
        "Rodziny skierowane przez OPS czekają na miejsce w świetlicy od września."));
    RaisedMatter matter = last(kokon.matters());
    kokon = accepted(partnerships.changeMatterStatus(kokon.id(), chair(), matter.id(), MatterStatus.ACCEPTED));
  }

  /**
   * The LSW stages from the diagnosis to the running stage, each step with its day, actor and
   * evidence; on the way, choosing the consortium (3.5) before the planning steps is refused.
   */
  private void runLswStagesUpToRunning() {
    ActingPerson coordinator = as(COORDINATOR, ActingRole.PARTNER_REPRESENTATIVE);
    ActingPerson manager = as(TT_MANAGER, ActingRole.TASK_TEAM_MANAGER);
    ProcessInstance stages = done(processes.start(coordinator, kokon.id(), StandardProcesses.LSW_STAGES_CODE, FOUNDED));
    stages = step(stages, "1.1", LocalDate.of(2025, 2, 28), coordinator,
        "Diagnoza sytuacji rodzin na Pradze-Północ, raport z lutego 2025");
    stages = step(stages, "2.1", LocalDate.of(2025, 3, 14), coordinator,
        "Mapa aktywności podmiotów lokalnych, notatka z 14 marca 2025");
    stages = step(stages, "2.2", LocalDate.of(2025, 3, 28), coordinator,
        "Wskazania przedstawicieli do Komitetu Sterującego, pisma partnerów");
    stages = step(stages, "2.3", PARTNERS_JOIN, coordinator,
        "Porozumienie o utworzeniu LSW \"Praski Kokon\" z deklaracjami partnerów");
    stages = step(stages, "2.4", LocalDate.of(2025, 4, 22), coordinator,
        "Uchwała Komitetu Sterującego o powołaniu Zespołu Zadaniowego");
    stages = step(stages, "2.5", LocalDate.of(2025, 5, 12), manager,
        "Regulamin współpracy LSW przyjęty przez Komitet Sterujący");
    say(text("Etapy LSW: kroki 1.1–2.5 wykonane. Próba wybrania Konsorcjum Wykonawczego (3.5) przed"
            + " planowaniem:",
        "LSW stages: steps 1.1–2.5 done. Trying to choose the Executive Consortium (3.5) before the"
            + " planning:"));
    tryStep(stages, "3.5", LocalDate.of(2025, 5, 20), manager, "Protokół komisji konkursowej (przedwcześnie)");
    stages = step(stages, "3.1", LocalDate.of(2025, 6, 30), manager,
        "Mapa lokalnych potencjałów Pragi-Północ, wersja 1.0");
    stages = step(stages, "3.2", LocalDate.of(2025, 7, 21), manager,
        "Rekomendacje działań Zespołu Zadaniowego dla Komitetu Sterującego");
    stages = step(stages, "3.3", LocalDate.of(2025, 9, 15), chair(),
        "Uchwała Komitetu Sterującego o banku działań na lata 2025–2026");
    stages = step(stages, "3.4", LocalDate.of(2025, 10, 31), manager,
        "Ogłoszenie konkursu LSW nr 1/2025 i protokół z oceny ofert");
    stages = step(stages, "3.5", LocalDate.of(2025, 12, 5), chair(),
        "Rozstrzygnięcie konkursu LSW nr 1/2025: Konsorcjum Wykonawcze Otwarte Drzwi i Korale");
    stages = step(stages, "3.6", LocalDate.of(2026, 1, 23), manager,
        "Lista rodzin zakwalifikowanych do wsparcia (identyfikatory pseudonimowe)");
    stages = step(stages, "4.1", LocalDate.of(2026, 2, 27), as(OPS_FAMILY_ASSISTANT, ActingRole.NETWORK_WORKER),
        "Karta monitorowania sytuacji rodzin, luty 2026");
    step(stages, "4.2", LocalDate.of(2026, 3, 31), manager,
        "Wspólne spotkanie Komitetu Sterującego, Zespołu Zadaniowego i Konsorcjum, protokół z 31 marca 2026");
  }

  // ------------------------------------------------------------------ what is shown on every run

  private void describePartnership() {
    say("");
    say(text("LSW \"" + kokon.name() + "\" – rodzaj: lokalny system wsparcia, zakres: "
            + kokon.scope().polishName() + ", terytorium: " + territory() + ", wersja " + kokon.version(),
        "LSW \"" + kokon.name() + "\" – kind: local support system, scope: "
            + kokon.scope().englishName() + ", territory: " + territory()
            + ", version " + kokon.version()));
    say(text("Partnerzy:", "Partners:"));
    for (Membership m : kokon.activeMemberships()) {
      String form = m.form() == MembershipForm.FORMAL
          ? text("formalnie, deklaracja z ", "formal, declaration of ") + m.declarationDate().orElseThrow()
          : text("nieformalnie, bez deklaracji", "informal, no declaration");
      say("  - " + organisation(m.organisation()).name() + " [" + role(m) + "; " + form + "; "
          + text("od ", "since ") + m.joinedOn() + "]");
    }
    say(text("Komitet Sterujący (przewodniczy: ", "Steering Committee (chair: ")
        + name(kokon.steeringCommittee().orElseThrow().chair()) + "):");
    for (SteeringCommitteeMember seat : kokon.steeringCommittee().orElseThrow().members()) {
      say("  - " + name(seat.person()) + (seat.mandate()
          ? text(" – z upoważnieniem do zobowiązywania partnera", " – with a mandate to commit the partner")
          : text(" – bez upoważnienia", " – without a mandate")));
    }
    var team = kokon.taskTeam().orElseThrow();
    ManagerQualifications q = team.managerQualifications();
    say(text("Zespół Zadaniowy: kierownik " + name(team.manager()) + " (wykształcenie wyższe magisterskie, "
            + q.yearsHelpingFamilies() + " lat pracy z rodzinami, " + q.monthsCoordinatingProjects()
            + " mies. koordynacji projektów), specjalistka ds. zarządzania wiedzą: "
            + name(team.knowledgeManagementSpecialist().orElseThrow()) + ", członkowie: " + team.members().size(),
        "Task Team: manager " + name(team.manager()) + " (master's degree, " + q.yearsHelpingFamilies()
            + " years helping families, " + q.monthsCoordinatingProjects()
            + " months coordinating projects), knowledge-management specialist: "
            + name(team.knowledgeManagementSpecialist().orElseThrow()) + ", members: " + team.members().size()));
    kokon.consortia().forEach(c -> say(text("Konsorcjum Wykonawcze: ", "Executive Consortium: ")
        + c.organisations().stream().map(o -> organisation(o).name()).collect(Collectors.joining(" + "))
        + " – " + c.problem() + " (" + c.competitionReference() + ")"));
    say(text("Pracownicy ds. sieci: ", "Network workers: ")
        + kokon.networkWorkers().stream().map(this::name).collect(Collectors.joining(", ")));
    say(text("Spotkania w " + YEAR + " r.:", "Meetings in " + YEAR + ":"));
    for (Meeting m : kokon.meetings().stream().sorted(java.util.Comparator.comparing(Meeting::date)).toList()) {
      say("  " + m.date() + "  " + body(m) + text(", gospodarz: ", ", host: ") + organisation(m.host()).name()
          + (m.openToFamilies() ? text(" – otwarte dla rodzin (przedstawiciele rodzin: ",
              " – open to families (family representatives: ") + m.familyRepresentativesPresent() + ")" : ""));
    }
    say(text("Decyzje Komitetu Sterującego:", "Decisions of the Steering Committee:"));
    for (Decision d : kokon.decisions()) {
      String state = kokon.isSuperseded(d.id())
          ? text(" [zastąpiona korektą z " + kokon.supersededBy(d.id()).orElseThrow().date() + "]",
              " [superseded by the correction of " + kokon.supersededBy(d.id()).orElseThrow().date() + "]")
          : d.supersedes().isPresent() ? text(" [korekta wcześniejszej decyzji]", " [corrects an earlier decision]") : "";
      say("  " + d.date() + "  " + kind(d.kind()) + ": " + d.subject() + " – "
          + (d.accepted() ? text("przyjęta", "accepted") : text("nieprzyjęta", "not accepted"))
          + (d.binds().isEmpty() ? "" : text(", wiąże: ", ", binds: ") + d.binds().size()
              + text(" partnerów", " partners")) + state);
    }
    say(text("Sprawy zgłoszone przez partnerów:", "Matters raised by partners:"));
    for (RaisedMatter m : kokon.matters()) {
      say("  - " + m.subject() + text(" (zgłasza: ", " (raised by: ") + organisation(m.raisedBy()).name()
          + text("; status: ", "; status: ") + status(m.status()) + ")");
    }
  }

  /** An NGO worker of the consortium tries to take a financial decision: refused, nothing changes. */
  private void showAnNgoWorkerCannotDecide() {
    say("");
    say(text("Kontrola dostępu: " + KORALE_THERAPIST + " (członek Konsorcjum Wykonawczego) próbuje podjąć"
            + " decyzję finansową:",
        "Access control: " + KORALE_THERAPIST + " (Executive Consortium member) tries to take a financial"
            + " decision:"));
    long version = kokon.version();
    Either<Refusal, Change<Partnership>> outcome = partnerships.recordDecision(kokon.id(),
        as(KORALE_THERAPIST, ActingRole.CONSORTIUM_MEMBER), DecisionProposal.builder()
            .date(LocalDate.of(YEAR, 11, 12)).subject("Zwiększenie budżetu konsorcjum o 20 000 zł")
            .kind(DecisionKind.FINANCIAL).proposer(person(KORALE_THERAPIST))
            .positions(positions(Position.ACCEPT, Position.ACCEPT, Position.ACCEPT,
                Position.ACCEPT, Position.ACCEPT)).binds(Set.of(partners.get(2).id())).build());
    printRefusal(outcome, version);
  }

  /** A decision that would bind CAL, whose delegate has no mandate: refused (GOV-MANDATE). */
  private void showADecisionCannotBindWithoutMandate() {
    say(text("Decyzja, która miałaby zobowiązać CAL (delegatka bez upoważnienia):",
        "A decision that would bind CAL (whose delegate has no mandate):"));
    long version = kokon.version();
    Either<Refusal, Change<Partnership>> outcome = partnerships.recordDecision(kokon.id(), chair(),
        DecisionProposal.builder().date(LocalDate.of(YEAR, 11, 12))
            .subject("CAL prowadzi dyżury animatora w świetlicy w 2027 r.")
            .kind(DecisionKind.STRATEGIC).proposer(person(DEPUTY_MAYOR))
            .positions(positions(Position.ACCEPT, Position.ACCEPT, Position.ACCEPT,
                Position.ACCEPT, Position.ACCEPT)).binds(Set.of(cal().id())).build());
    printRefusal(outcome, version);
  }

  private void showLswStagesPosition() {
    ProcessInstance stages = processes.ofPartnership(kokon.id()).stream()
        .filter(i -> i.definitionCode().equals(StandardProcesses.LSW_STAGES_CODE)).findFirst().orElseThrow();
    ProcessDefinition definition = processes.definitionOf(stages).get();
    say("");
    say(text("Etapy budowania LSW – historia:", "Stages of building the LSW – history:"));
    stages.history().forEach(c -> say("  " + c.completedOn() + "  " + c.stepCode() + " "
        + title(definition.step(c.stepCode()).get()) + " – " + name(c.actor().person()) + " ("
        + roleName(c.actor().role()) + "); " + text("dowód: ", "evidence: ") + c.evidence()));
    ProcessPosition position = processes.position(stages.id()).get();
    say(text("Bieżący etap: ", "Current stage: ") + position.currentStage()
        .map(s -> s.code() + " " + (options.english() ? s.title().english() : s.title().polish()))
        .orElse(text("wszystkie wykonane", "all done")));
    say(text("Kroki dostępne teraz: ", "Steps available now: ") + Outcomes.codes(position.availableStepCodes()));
    say(text("Próba zapisania ewaluacji (4.4) przed monitorowaniem narzędzi (4.3):",
        "Trying to record the evaluation (4.4) before monitoring the tools (4.3):"));
    tryStep(stages, "4.4", LocalDate.of(2026, 4, 30), as(TT_MANAGER, ActingRole.TASK_TEAM_MANAGER),
        "Raport z ewaluacji (przedwcześnie)");
  }

  private void printGovernanceReport() {
    DateRange year = DateRange.ofOrThrow(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
    GovernanceComplianceReport report = lsw.governance().report(kokon.id(), year).get();
    say("");
    System.out.print(report.render(options.locale()));
  }

  // ------------------------------------------------------------------ helpers

  private ProcessInstance step(ProcessInstance instance, String code, LocalDate day, ActingPerson actor,
      String evidence) {
    return done(processes.completeStep(instance.id(),
        actor, code, day, EvidenceReference.of(evidence)));
  }

  private void tryStep(ProcessInstance instance, String code, LocalDate day, ActingPerson actor, String evidence) {
    Either<pl.lsw.core.kernel.Refusal, pl.lsw.core.kernel.Change<ProcessInstance>> outcome = processes.completeStep(instance.id(),
        actor, code, day, EvidenceReference.of(evidence));
    if (outcome.isRight()) {
      throw new IllegalStateException("the example expected step " + code + " to be refused");
    }
    System.out.print(text("  ODMOWA – brakuje wcześniejszych kroków:\n", "  Refused – earlier steps are missing:\n")
        + Outcomes.reasons(outcome.getLeft().reasons(), options.locale()));
  }

  private void printRefusal(Either<Refusal, Change<Partnership>> outcome, long versionBefore) {
    if (outcome.isRight()) {
      throw new IllegalStateException("the example expected the command to be refused");
    }
    System.out.print(text("  ODMOWA, powody:\n", "  Refused, reasons:\n")
        + Outcomes.reasons(outcome.getLeft().reasons(), options.locale()));
    long versionNow = partnerships.find(kokon.id()).get().version();
    say(text("  Nic się nie zmieniło (wersja partnerstwa: " + versionNow + ", przed próbą: " + versionBefore + ").",
        "  Nothing changed (the partnership's version: " + versionNow + ", before the attempt: "
            + versionBefore + ")."));
  }

  private void register(ActingPerson actor, String name, String position, Organisation organisation) {
    kokon = accepted(partnerships.registerPerson(kokon.id(), actor,
        PersonDetails.of(name, position, organisation.id())));
  }

  /** The positions of the five committee members, in the order they were seated. */
  private List<MemberPosition> positions(Position... positions) {
    List<SteeringCommitteeMember> seats = kokon.steeringCommittee().orElseThrow().members();
    List<MemberPosition> result = new ArrayList<>();
    for (int i = 0; i < seats.size(); i++) {
      result.add(MemberPosition.of(seats.get(i).person(), positions[i]));
    }
    return result;
  }

  private MeetingId steeringCommitteeMeetingOn(LocalDate day) {
    BodyId committee = kokon.steeringCommittee().orElseThrow().id();
    return kokon.meetings().stream().filter(m -> m.body().equals(committee) && m.date().equals(day))
        .findFirst().orElseThrow().id();
  }

  private ActingPerson chair() {
    return as(DEPUTY_MAYOR, ActingRole.STEERING_COMMITTEE_CHAIR);
  }

  private ActingPerson as(String name, ActingRole role) {
    return ActingPerson.of(person(name), role);
  }

  private PersonId person(String name) {
    return kokon.persons().stream().filter(p -> p.name().equals(name)).findFirst()
        .map(Person::id).orElseThrow(() -> new IllegalStateException("no person " + name));
  }

  private String name(PersonId id) {
    return kokon.person(id).map(Person::name).orElse(id.toString());
  }

  private Organisation city() {
    return partners.get(0);
  }

  private Organisation cal() {
    return partners.get(3);
  }

  private Organisation ops() {
    return partners.get(4);
  }

  private Organisation organisation(OrganisationId id) {
    return partners.stream().filter(o -> o.id().equals(id)).findFirst()
        .orElseGet(() -> lsw.organisations().findById(id).get());
  }

  private String territory() {
    return kokon.territory().stream().map(TerytCode::value).collect(Collectors.joining(", "))
        + " (Praga-Północ)";
  }

  private String role(Membership m) {
    Map<String, String> roles = new LinkedHashMap<>();
    roles.put("LEADER", text("lider", "leader"));
    roles.put("MEMBER", text("partner", "partner"));
    roles.put("INFORMAL_PARTNER", text("partner nieformalny", "informal partner"));
    return roles.getOrDefault(m.role().name(), m.role().display(options.locale()));
  }

  private String body(Meeting m) {
    switch (m.bodyKind()) {
      case STEERING_COMMITTEE:
        return text("Komitet Sterujący", "Steering Committee");
      case TASK_TEAM:
        return text("Zespół Zadaniowy", "Task Team");
      case EXECUTIVE_CONSORTIUM:
        return text("Konsorcjum Wykonawcze", "Executive Consortium");
      default:
        return m.bodyKind().display(options.locale());
    }
  }

  private String kind(DecisionKind kind) {
    switch (kind) {
      case FINANCIAL:
        return text("finansowa", "financial");
      case SCHEDULE_OR_BUDGET_CHANGE:
        return text("zmiana harmonogramu", "schedule change");
      case REPORT_ACCEPTANCE:
        return text("przyjęcie sprawozdania", "report acceptance");
      case STRATEGIC:
        return text("strategiczna", "strategic");
      case CONFLICT_RESOLUTION:
        return text("rozwiązanie konfliktu", "conflict resolution");
      default:
        return text("inna", "other");
    }
  }

  private String status(MatterStatus status) {
    switch (status) {
      case OPEN:
        return text("zgłoszona", "open");
      case ACCEPTED:
        return text("przyjęta do rozpatrzenia", "accepted");
      case IN_PROGRESS:
        return text("w realizacji", "in progress");
      case RESOLVED:
        return text("rozwiązana", "resolved");
      default:
        return text("odrzucona", "declined");
    }
  }

  private String roleName(ActingRole role) {
    return options.english() ? role.englishName() : role.polishName();
  }

  private String title(ProcessStep step) {
    return "\"" + (options.english() ? step.title().english() : step.title().polish()) + "\"";
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private String text(String polish, String english) {
    return options.text(polish, english);
  }

  private static void say(String line) {
    System.out.println(line);
  }
}
