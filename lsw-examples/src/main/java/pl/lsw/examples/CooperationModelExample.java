package pl.lsw.examples;

import static pl.lsw.examples.Outcomes.accepted;
import static pl.lsw.examples.Outcomes.done;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import pl.lsw.core.Lsw;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.InspirationOrigin;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFounding;
import pl.lsw.core.partnership.PartnershipKind;
import pl.lsw.core.partnership.PartnershipScope;
import pl.lsw.core.partnership.PartnershipService;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.CooperationModelRole;
import pl.lsw.core.partnership.governance.CooperationTeamMember;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.process.ContinuationDecision;
import pl.lsw.core.process.EvidenceReference;
import pl.lsw.core.process.Iteration;
import pl.lsw.core.process.IterationView;
import pl.lsw.core.process.ProcessDefinition;
import pl.lsw.core.process.ProcessInstance;
import pl.lsw.core.process.ProcessPosition;
import pl.lsw.core.process.ProcessService;
import pl.lsw.core.process.ProcessStage;
import pl.lsw.core.process.StandardProcesses;
import pl.lsw.core.process.StandingTaskActivity;
import pl.lsw.core.process.StepCompletion;

/**
 * A rural commune runs the Model Kooperacji (seed 003): the commune, its GOPS, the county and its
 * PCPR, a school and the regional ROPS form a {@link PartnershipKind#COOPERATION_MODEL_TEAM} with
 * a Voivodeship Cooperation Team (WZK), a Partner Cooperation Team (PZK) of animators, councillors
 * and social workers, and two animators as network workers. The team then goes through the first
 * implementation of the model ({@code COOPERATION_MODEL_FIRST_IMPLEMENTATION}), step by step with
 * days and evidence:
 *
 * <ol>
 *   <li>first iteration, 2024–2025: steps 1.1 to 9.2, where the PZK decides to continue;
 *   <li>the loop back to 2.2: the example prints the steps available again and that 1.1, 1.2
 *       and 2.1 stay done;
 *   <li>second iteration, 2025–2026: 2.2 to 9.2, where the PZK decides to close; a further loop
 *       is refused; then 9.3 and the final evaluation, stage IV (10.1–10.4);
 *   <li>the history by iteration (with the standing-task activities) and the current position.
 * </ol>
 *
 * <p>The commune "Zielona Dolina" and the county "Nadrzeczny" are invented: their TERYT codes are
 * well formed (a rural commune, type 2, in a county number that the voivodeship does not use) and
 * every NIP and REGON is a made-up number with valid check digits. Running the example again on
 * the same database finds the team and prints its stored history.
 */
final class CooperationModelExample {

  /** The partnership's name. */
  static final String NAME = "Model Kooperacji – Gmina Zielona Dolina i Powiat Nadrzeczny";

  /** TERYT of the invented rural commune (voivodeship 06, county 21, commune 05, type 2 rural). */
  static final String COMMUNE_TERYT = "0621052";

  /** TERYT of the town that is the county's seat (an urban commune, type 1). */
  static final String COUNTY_TOWN_TERYT = "0621011";

  /** TERYT of Lublin, the seat of the ROPS. */
  static final String LUBLIN_TERYT = "0663011";

  static final String PLENIPOTENTIARY = "Pełnomocniczka Wójta ds. Modelu Kooperacji";
  static final String COMMUNE_COUNCILLOR = "Radny Gminy Zielona Dolina";
  static final String GOPS_HEAD = "Kierowniczka GOPS";
  static final String GOPS_ANIMATOR = "Animatorka GOPS (pracownik kluczowy)";
  static final String GOPS_SOCIAL_WORKER = "Pracownik socjalny GOPS";
  static final String COUNTY_COUNCILLOR = "Radna Powiatu Nadrzecznego";
  static final String PCPR_ANIMATOR = "Lider-animator PCPR";
  static final String ROPS_COORDINATOR = "Koordynatorka Modelu Kooperacji w ROPS";
  static final String MODEL_ADVISER = "Doradca Modelu Kooperacji (ROPS)";
  static final String SCHOOL_PEDAGOGUE = "Pedagog szkolny SP Zielona Dolina";

  private static final LocalDate STARTED = LocalDate.of(2024, 1, 15);

  private final Lsw lsw;
  private final ExampleOptions options;
  private final PartnershipService partnerships;
  private final ProcessService processes;
  private final ProcessDefinition model = StandardProcesses.COOPERATION_MODEL_FIRST_IMPLEMENTATION;
  private final List<Organisation> organisations = new ArrayList<>();
  private Partnership team;
  private ProcessInstance process;

  private CooperationModelExample(Lsw lsw, ExampleOptions options) {
    this.lsw = lsw;
    this.options = options;
    this.partnerships = lsw.partnerships();
    this.processes = lsw.processes();
  }

  static void run(ExampleOptions options) throws Exception {
    new CooperationModelExample(ExampleLsw.open(options.database()), options).tell();
  }

  private void tell() {
    registerOrganisations();
    Optional<Partnership> existing = findExisting();
    if (existing.isPresent()) {
      team = existing.get();
      process = processes.ofPartnership(team.id()).stream()
          .filter(i -> i.definitionCode().equals(StandardProcesses.COOPERATION_MODEL_CODE))
          .findFirst().orElseThrow();
      say(text("Zespół \"" + NAME + "\" jest już w bazie (id " + team.id()
              + "): pokazuję zapisaną historię zamiast zaczynać od nowa.",
          "The team \"" + NAME + "\" is already in the database (id " + team.id()
              + "): showing its stored history instead of starting again."));
    } else {
      formTheTeam();
      runFirstIterationUpToTheDecisionToContinue();
      loopBackToTwoPointTwo();
      runSecondIterationUpToTheDecisionToClose();
      closeTheWorkAndEvaluate();
    }
    printHistoryByIteration();
    printCurrentPosition();
  }

  // ------------------------------------------------------------------ the team

  private void registerOrganisations() {
    for (OrganisationDraft draft : drafts()) {
      organisations.add(Outcomes.registerOrFind(lsw.organisations(), draft));
    }
  }

  private Optional<Partnership> findExisting() {
    return partnerships.findByTerytPrefix(COMMUNE_TERYT, PageRequest.first(100)).items().stream()
        .filter(p -> p.name().equals(NAME) && p.kind() == PartnershipKind.COOPERATION_MODEL_TEAM)
        .findFirst();
  }

  /**
   * The commune founds the team and leads it; the GOPS, the county, the PCPR and the school join
   * formally, the ROPS as an informal partner; the people, the WZK, the PZK and the two animators
   * as network workers are set up.
   */
  private void formTheTeam() {
    team = accepted(partnerships.found(PartnershipFounding.builder().name(NAME)
        .kind(PartnershipKind.COOPERATION_MODEL_TEAM)
        .inspirationOrigin(InspirationOrigin.LOCAL_GOVERNMENT).scope(PartnershipScope.MULTI_ASPECT)
        .focusDomains(EnumSet.of(SocialServiceField.SOCIAL_ASSISTANCE))
        .territory(List.of(TerytCode.of(COMMUNE_TERYT))).leader(commune().id())
        .leaderDeclarationDate(LocalDate.of(2024, 1, 10)).foundedOn(STARTED)
        .founder(new PersonDetails(PLENIPOTENTIARY, "Urząd Gminy Zielona Dolina", commune().id(),
            "kooperacja@zielona-dolina.example.org", null)).build()));
    ActingPerson plenipotentiary = as(PLENIPOTENTIARY, ActingRole.PARTNER_REPRESENTATIVE);
    for (int i = 1; i <= 4; i++) {
      team = accepted(partnerships.admitFormalMember(team.id(), plenipotentiary,
          organisations.get(i).id(), STARTED, STARTED));
    }
    team = accepted(partnerships.admitInformalPartner(team.id(), plenipotentiary, rops().id(), STARTED));
    register(COMMUNE_COUNCILLOR, "radny, komisja spraw społecznych", commune());
    register(GOPS_HEAD, "kierowniczka ośrodka", organisations.get(1));
    register(GOPS_ANIMATOR, "starsza pracownica socjalna", organisations.get(1));
    register(GOPS_SOCIAL_WORKER, "pracownik socjalny", organisations.get(1));
    register(COUNTY_COUNCILLOR, "radna, komisja zdrowia i polityki społecznej", organisations.get(2));
    register(PCPR_ANIMATOR, "specjalista pracy z rodziną", organisations.get(3));
    register(SCHOOL_PEDAGOGUE, "pedagog szkolny", organisations.get(4));
    register(ROPS_COORDINATOR, "koordynatorka wdrażania Modelu", rops());
    register(MODEL_ADVISER, "doradca Modelu", rops());
    team = accepted(partnerships.setUpCooperationTeam(team.id(), plenipotentiary,
        BodyKind.VOIVODESHIP_COOPERATION_TEAM, List.of(
            new CooperationTeamMember(person(ROPS_COORDINATOR), CooperationModelRole.ROPS_REPRESENTATIVE),
            new CooperationTeamMember(person(MODEL_ADVISER), CooperationModelRole.MODEL_ADVISER))));
    team = accepted(partnerships.setUpCooperationTeam(team.id(), plenipotentiary,
        BodyKind.PARTNER_COOPERATION_TEAM, List.of(
            new CooperationTeamMember(person(GOPS_ANIMATOR), CooperationModelRole.GOPS_ANIMATOR),
            new CooperationTeamMember(person(GOPS_SOCIAL_WORKER), CooperationModelRole.GOPS_SOCIAL_WORKER),
            new CooperationTeamMember(person(PCPR_ANIMATOR), CooperationModelRole.PCPR_LEADER_ANIMATOR),
            new CooperationTeamMember(person(COMMUNE_COUNCILLOR), CooperationModelRole.COMMUNE_COUNCILLOR),
            new CooperationTeamMember(person(COUNTY_COUNCILLOR), CooperationModelRole.COUNTY_COUNCILLOR),
            new CooperationTeamMember(person(SCHOOL_PEDAGOGUE), CooperationModelRole.INSTITUTION_REPRESENTATIVE))));
    team = accepted(partnerships.appointNetworkWorkers(team.id(), plenipotentiary,
        List.of(person(GOPS_ANIMATOR), person(PCPR_ANIMATOR))));
    say(text("Utworzono zespół \"" + NAME + "\" (gmina wiejska, TERYT " + COMMUNE_TERYT + "): "
            + team.activeMemberships().size() + " partnerów, " + team.persons().size()
            + " osób, WZK i PZK, animatorzy GOPS i PCPR jako pracownicy ds. sieci.",
        "Formed the team \"" + NAME + "\" (rural commune, TERYT " + COMMUNE_TERYT + "): "
            + team.activeMemberships().size() + " partners, " + team.persons().size()
            + " people, a WZK and a PZK, the GOPS and PCPR animators as network workers."));
  }

  // ------------------------------------------------------------------ the process

  private void runFirstIterationUpToTheDecisionToContinue() {
    process = done(processes.start(as(PLENIPOTENTIARY, ActingRole.PARTNER_REPRESENTATIVE), team.id(), StandardProcesses.COOPERATION_MODEL_CODE, STARTED));
    step("1.1", 2024, 2, 6, wzk(ROPS_COORDINATOR), "Lista obecności ze spotkania upowszechniającego w ROPS");
    step("1.2", 2024, 3, 12, wzk(ROPS_COORDINATOR), "Zarządzenie dyrektora ROPS o powołaniu WZK");
    step("2.1", 2024, 4, 9, pzk(PCPR_ANIMATOR), "Notatka ze spotkania w PCPR i analiza OZPS powiatu");
    organisationSteps(2024);
    standingTask("S1", LocalDate.of(2024, 9, 2), wzk(MODEL_ADVISER),
        "Konta PZK na platformie e-Szkoły Kooperacji");
    substantiveWorkAndEvaluation(2024);
    step("9.2", 2025, 6, 30, pzk(GOPS_ANIMATOR), "Protokół PZK: podsumowanie efektów, decyzja o kontynuacji",
        ContinuationDecision.CONTINUE);
    ProcessPosition position = processes.position(process.id()).get();
    say(text("9.2: PZK postanawia kontynuować prace. Dostępne pętle: ",
        "9.2: the PZK decides to continue. Loops available: ")
        + position.availableLoops().stream().map(l -> l.code()).toList()
        + text(", dostępne kroki: ", ", steps available: ") + Outcomes.codes(position.availableStepCodes()));
  }

  private void loopBackToTwoPointTwo() {
    process = done(processes.startNextIteration(process.id(), pzk(GOPS_ANIMATOR), StandardProcesses.COOPERATION_MODEL_CONTINUE, LocalDate.of(2025, 7, 1), EvidenceReference.of("Wnioski z podsumowania 9.2 (protokół PZK z 30 czerwca 2025)")));
    ProcessPosition position = processes.position(process.id()).get();
    say(text("Pętla " + StandardProcesses.COOPERATION_MODEL_CONTINUE + ": powrót do kroku 2.2, iteracja "
            + position.iteration() + ".",
        "Loop " + StandardProcesses.COOPERATION_MODEL_CONTINUE + ": back to step 2.2, iteration "
            + position.iteration() + "."));
    say(text("  Ponownie dostępne: ", "  Available again: ") + Outcomes.codes(position.availableStepCodes()));
    say(text("  Pozostają wykonane: ", "  Stay done: ") + Outcomes.codes(position.doneStepCodes()));
  }

  private void runSecondIterationUpToTheDecisionToClose() {
    organisationSteps(2025);
    substantiveWorkAndEvaluation(2025);
    step("9.2", 2026, 6, 30, pzk(GOPS_ANIMATOR), "Protokół PZK: podsumowanie efektów, decyzja o zakończeniu",
        ContinuationDecision.CLOSE);
    say(text("9.2: PZK postanawia zakończyć prace. Kolejna pętla jest odrzucana:",
        "9.2: the PZK decides to close. A further loop is refused:"));
    Either<pl.lsw.core.kernel.Refusal, pl.lsw.core.kernel.Change<ProcessInstance>> loop = processes.startNextIteration(process.id(),
        pzk(GOPS_ANIMATOR), StandardProcesses.COOPERATION_MODEL_CONTINUE, LocalDate.of(2026, 7, 1));
    if (loop.isRight()) {
      throw new IllegalStateException("the example expected the loop to be refused after a decision to close");
    }
    System.out.print(Outcomes.reasons(loop.getLeft().reasons(), options.locale()));
  }

  private void closeTheWorkAndEvaluate() {
    step("9.3", 2026, 7, 14, pzk(GOPS_ANIMATOR),
        "Ustalenia przekazania rodzin (identyfikatory pseudonimowe R-004, R-011) do GOPS i PCPR");
    standingTask("S3", LocalDate.of(2026, 8, 20), wzk(ROPS_COORDINATOR),
        "Artykuł o pracy Modelem w gazecie powiatowej");
    step("10.1", 2026, 9, 15, as(PLENIPOTENTIARY, ActingRole.PARTNER_REPRESENTATIVE),
        "Prezentacja efektów na sesji Rady Gminy i komisji Rady Powiatu");
    step("10.2", 2026, 10, 6, pzk(PCPR_ANIMATOR), "Rekomendacje powiatowo-gminne do aktualizacji OZPS");
    step("10.3", 2026, 10, 27, as(PLENIPOTENTIARY, ActingRole.PARTNER_REPRESENTATIVE),
        "Uchwała budżetowa gminy: szkolenia i usługi Modelu na lata 2027–2028");
    step("10.4", 2026, 11, 17, wzk(ROPS_COORDINATOR), "Referencje wręczone na spotkaniu wojewódzkim ROPS/WZK");
  }

  /** Steps 2.2 to 6.3, starting in the given year (the first iteration also does 1.x and 2.1). */
  private void organisationSteps(int year) {
    boolean first = year == 2024;
    step("2.2", year, first ? 5 : 7, first ? 7 : 15, as(PLENIPOTENTIARY, ActingRole.PARTNER_REPRESENTATIVE),
        first ? "Uchwała Rady Gminy i zarządzenia dyrektorów PCPR i GOPS o wdrażaniu Modelu"
            : "Uchwała Rady Gminy o kontynuacji wdrażania Modelu");
    step("2.3", year, first ? 5 : 7, 28, as(PLENIPOTENTIARY, ActingRole.PARTNER_REPRESENTATIVE),
        "Wskazanie radnych oraz liderów-animatorów PCPR i GOPS");
    step("2.4", year, first ? 6 : 8, 11, nw(GOPS_ANIMATOR), "Zgłoszenie do ROPS, pismo z " + year);
    step("3", year, first ? 7 : 9, 2, as(PLENIPOTENTIARY, ActingRole.PARTNER_REPRESENTATIVE),
        "Porozumienie powiat – gmina o wdrażaniu Modelu Kooperacji");
    step("4", year, first ? 9 : 10, 20, wzk(MODEL_ADVISER), "Zaświadczenia ze Szkoły Kooperacji");
    step("5.1", year, first ? 10 : 11, 8, pzk(GOPS_ANIMATOR), "Lista instytucji i osób do PZK");
    step("5.2", year, first ? 10 : 11, 22, pzk(GOPS_ANIMATOR), "Porozumienie instytucji tworzących PZK");
    step("5.3", year, first ? 11 : 12, first ? 19 : 9, pzk(GOPS_ANIMATOR),
        "Deklaracja rodziny-lidera (identyfikator pseudonimowy R-" + (first ? "017" : "023") + ")");
    step("6.1", year + 1, first ? 1 : 1, first ? 10 : 13, pzk(PCPR_ANIMATOR), "Szkolenie PZK, lista obecności");
    step("6.2", year + 1, 1, first ? 14 : 20, pzk(GOPS_ANIMATOR), "Plan pracy PZK na rok " + (year + 1));
    step("6.3", year + 1, 1, 28, pzk(PCPR_ANIMATOR), "Gminno-powiatowa lista aktywności i usług");
  }

  /** Steps 7.1 to 9.1 in the year after the given one. */
  private void substantiveWorkAndEvaluation(int year) {
    int y = year + 1;
    step("7.1", y, 3, 18, pzk(PCPR_ANIMATOR), "Superwizja i coaching PZK, notatka");
    step("7.2", y, 4, 29, pzk(GOPS_SOCIAL_WORKER), "Indywidualne programy pomocy dla rodzin (identyfikatory pseudonimowe)");
    step("7.3", y, 5, 27, pzk(COMMUNE_COUNCILLOR), "Projekt socjalny \"Sąsiedzka świetlica\" i udział w komisji społecznej");
    step("8", y, 6, 17, wzk(ROPS_COORDINATOR), "Spotkanie WZK i animatorów, protokół");
    step("9.1", y, 6, 24, pzk(GOPS_ANIMATOR), "Ewaluacja pracy z rodzinami, raport");
  }

  // ------------------------------------------------------------------ what is printed on every run

  private void printHistoryByIteration() {
    say("");
    say(text("Historia procesu \"" + model.title().polish() + "\":",
        "History of the process \"" + model.title().english() + "\":"));
    for (int n = 1; n <= process.iterations().size(); n++) {
      IterationView view = process.iterationView(n).get();
      Iteration iteration = view.iteration();
      say(text("Iteracja ", "Iteration ") + iteration.number() + text(" (od ", " (from ") + iteration.startedOn()
          + iteration.loopCode().map(l -> text(", pętla ", ", loop ") + l).orElse("")
          + iteration.conclusions().map(c -> text(", wnioski: ", ", conclusions: ") + c).orElse("") + ")");
      if (!iteration.carriedOverSteps().isEmpty()) {
        say(text("  przeniesione jako wykonane: ", "  carried over as done: ")
            + Outcomes.codes(iteration.carriedOverSteps()));
      }
      List<Dated> lines = new ArrayList<>();
      for (StepCompletion c : view.completions()) {
        lines.add(new Dated(c.completedOn(), model.stageOf(c.stepCode()).orElse(null),
            "  " + c.completedOn() + "  " + pad(c.stepCode()) + title(c.stepCode()) + " – "
                + name(c.actor().person()) + "; " + text("dowód: ", "evidence: ") + c.evidence()
                + c.decision().map(d -> text("; decyzja: ", "; decision: ") + decision(d)).orElse("")));
      }
      for (StandingTaskActivity a : view.standingTaskActivities()) {
        lines.add(new Dated(a.performedOn(), null, "  " + a.performedOn() + "  " + pad(a.taskCode())
            + text("zadanie stałe: ", "standing task: ") + a.evidence() + " – " + name(a.actor().person())));
      }
      lines.sort(java.util.Comparator.comparing(Dated::day));
      String stage = "";
      for (Dated line : lines) {
        if (line.stage() != null && !line.stage().code().equals(stage)) {
          stage = line.stage().code();
          say(text(" Etap ", " Stage ") + stage + ": "
              + (options.english() ? line.stage().title().english() : line.stage().title().polish()));
        }
        say(line.text());
      }
    }
  }

  /** A line of the history with its day and its stage (null for a standing task). */
  private record Dated(LocalDate day, ProcessStage stage, String text) {}

  private String decision(ContinuationDecision d) {
    return d.display(options.locale());
  }

  private void printCurrentPosition() {
    ProcessPosition position = processes.position(process.id()).get();
    say(text("Bieżąca pozycja: iteracja ", "Current position: iteration ") + position.iteration() + ", "
        + position.currentStage().map(s -> text("etap ", "stage ") + s.code())
            .orElse(text("wszystkie kroki wykonane", "every step done"))
        + text(", wykonano ", ", done ") + position.doneSteps().size() + "/" + model.completableSteps().size()
        + text(", dostępne kroki: ", ", steps available: ") + Outcomes.codes(position.availableStepCodes())
        + text(", dostępne pętle: ", ", loops available: ") + position.availableLoops().size());
  }

  // ------------------------------------------------------------------ helpers

  private void step(String code, int year, int month, int day, ActingPerson actor, String evidence) {
    process = done(processes.completeStep(process.id(), actor, code, LocalDate.of(year, month, day), EvidenceReference.of(evidence)));
  }

  private void step(String code, int year, int month, int day, ActingPerson actor, String evidence,
      ContinuationDecision decision) {
    process = done(processes.completeStep(process.id(), actor, code, LocalDate.of(year, month, day), EvidenceReference.of(evidence), decision));
  }

  private void standingTask(String code, LocalDate day, ActingPerson actor, String evidence) {
    process = done(processes.recordStandingTaskActivity(process.id(),
        actor, code, day, EvidenceReference.of(evidence)));
  }

  private void register(String name, String position, Organisation organisation) {
    team = accepted(partnerships.registerPerson(team.id(), as(PLENIPOTENTIARY, ActingRole.PARTNER_REPRESENTATIVE),
        PersonDetails.of(name, position, organisation.id())));
  }

  private ActingPerson pzk(String name) {
    return as(name, ActingRole.PARTNER_COOPERATION_TEAM_MEMBER);
  }

  private ActingPerson wzk(String name) {
    return as(name, ActingRole.VOIVODESHIP_COOPERATION_TEAM_MEMBER);
  }

  private ActingPerson nw(String name) {
    return as(name, ActingRole.NETWORK_WORKER);
  }

  private ActingPerson as(String name, ActingRole role) {
    return ActingPerson.of(person(name), role);
  }

  private PersonId person(String name) {
    return team.persons().stream().filter(p -> p.name().equals(name)).findFirst().map(Person::id)
        .orElseThrow(() -> new IllegalStateException("no person " + name));
  }

  private String name(PersonId id) {
    return team.person(id).map(Person::name).orElse(id.toString());
  }

  private String title(String code) {
    return model.step(code).map(s -> "\"" + (options.english() ? s.title().english() : s.title().polish()) + "\"")
        .orElse(code);
  }

  private static String pad(String code) {
    return String.format("%-5s", code);
  }

  private Organisation commune() {
    return organisations.get(0);
  }

  private Organisation rops() {
    return organisations.get(5);
  }

  private String text(String polish, String english) {
    return options.text(polish, english);
  }

  private static void say(String line) {
    System.out.println(line);
  }

  /**
   * The commune, its GOPS, the county, the PCPR, the school (formal members) and the ROPS
   * (informal partner), in this order. Identifiers are made up, with valid check digits.
   */
  static List<OrganisationDraft> drafts() {
    return List.of(
        organisation("Gmina Zielona Dolina", LegalForm.MUNICIPALITY, "8231000010", "161000009",
            COMMUNE_TERYT, "Zielona Dolina 1, 21-000 Zielona Dolina", "Sekretariat Urzędu Gminy",
            "gmina@zielona-dolina.example.org",
            SocialServiceField.SOCIAL_ASSISTANCE, SocialServiceField.FAMILY_POLICY),
        organisation("Gminny Ośrodek Pomocy Społecznej w Zielonej Dolinie", LegalForm.PUBLIC_UNIT,
            "8231000116", "161000110", COMMUNE_TERYT, "Zielona Dolina 3, 21-000 Zielona Dolina",
            "Kierowniczka GOPS", "gops@zielona-dolina.example.org",
            SocialServiceField.SOCIAL_ASSISTANCE, SocialServiceField.FAMILY_SUPPORT),
        organisation("Powiat Nadrzeczny", LegalForm.COUNTY, "8231000211", "161000222",
            COUNTY_TOWN_TERYT, "ul. Rynek 1, 21-100 Nadrzecze", "Wydział Spraw Społecznych Starostwa",
            "starostwo@nadrzecze.example.org",
            SocialServiceField.SOCIAL_ASSISTANCE, SocialServiceField.HEALTH_PROMOTION_AND_PROTECTION),
        organisation("Powiatowe Centrum Pomocy Rodzinie w Nadrzeczu", LegalForm.PUBLIC_UNIT,
            "8231000317", "161000334", COUNTY_TOWN_TERYT, "ul. Rynek 5, 21-100 Nadrzecze",
            "Dyrektor PCPR", "pcpr@nadrzecze.example.org",
            SocialServiceField.FAMILY_SUPPORT, SocialServiceField.FOSTER_CARE,
            SocialServiceField.DISABILITY_SUPPORT),
        organisation("Szkoła Podstawowa w Zielonej Dolinie", LegalForm.PUBLIC_UNIT, "8231000412",
            "161000446", COMMUNE_TERYT, "Zielona Dolina 10, 21-000 Zielona Dolina",
            "Dyrektorka szkoły", "szkola@zielona-dolina.example.org",
            SocialServiceField.PUBLIC_EDUCATION),
        organisation("Regionalny Ośrodek Polityki Społecznej w Lublinie", LegalForm.PUBLIC_UNIT,
            "8231000518", "161000558", LUBLIN_TERYT, "ul. Przykładowa 8, 20-000 Lublin",
            "Zespół ds. Modelu Kooperacji", "model@rops-lublin.example.org",
            SocialServiceField.SOCIAL_ASSISTANCE, SocialServiceField.FAMILY_POLICY));
  }

  private static OrganisationDraft organisation(String name, LegalForm form, String nip, String regon,
      String teryt, String address, String contact, String email, SocialServiceField... fields) {
    return OrganisationDraft.builder()
        .name(name)
        .legalForm(form)
        .sector(Sector.PUBLIC)
        .addFields(fields)
        .nip(nip)
        .regon(regon)
        .seatTeryt(teryt)
        .seatAddress(address)
        .addContact(ContactPersonDraft.byEmail(contact, name, email))
        .build();
  }
}
