package pl.lsw.examples;

import static pl.lsw.examples.Outcomes.accepted;
import static pl.lsw.examples.Outcomes.done;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import pl.lsw.core.Lsw;
import pl.lsw.core.basket.BasketAgreement;
import pl.lsw.core.basket.BasketPublication;
import pl.lsw.core.basket.BasketRevisionKind;
import pl.lsw.core.basket.BasketRules;
import pl.lsw.core.basket.BasketService;
import pl.lsw.core.basket.BasketServiceDraft;
import pl.lsw.core.basket.ServiceBasket;
import pl.lsw.core.initiative.HistoryFields;
import pl.lsw.core.initiative.ParticipantCost;
import pl.lsw.core.initiative.ReferralRule;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.InspirationOrigin;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFounding;
import pl.lsw.core.partnership.PartnershipKind;
import pl.lsw.core.partnership.PartnershipScope;
import pl.lsw.core.partnership.PartnershipService;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.CooperationModelRole;
import pl.lsw.core.partnership.governance.CooperationTeam;
import pl.lsw.core.partnership.governance.CooperationTeamMember;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MeetingId;
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
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleReport;

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
 * <p>Then the Local Service Basket (seed 004, "Lokalny Koszyk Usług / Lista Aktywności i Usług"):
 * the GOPS, the PCPR, the school and the commune add their services with machine-readable access
 * conditions and professional contact people; the PZK agrees the basket at a recorded meeting; the
 * PCPR changes its service afterwards, so {@code BASKET-AGREED} reports it as not yet agreed; the
 * school's representative is refused when changing a GOPS service; the basket is published in the
 * reader's language and the history of the changed service is shown field by field.
 *
 * <p>The commune "Zielona Dolina" and the county "Nadrzeczny" are invented: their TERYT codes are
 * well formed (a rural commune, type 2, in a county number that the voivodeship does not use) and
 * every NIP and REGON is a made-up number with valid check digits. Running the example again on
 * the same database finds the team and its basket and prints their stored history.
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

  static final String SOCIAL_WORK = "Praca socjalna i poradnictwo dla rodzin";
  static final String FAMILY_ASSISTANT = "Asystent rodziny";
  static final String PCPR_COUNSELLING = "Specjalistyczne poradnictwo rodzinne";
  static final String SCHOOL_CLASSES = "Zajęcia wyrównawcze i świetlica szkolna";
  static final String NEIGHBOURS_ROOM = "Sąsiedzka świetlica";
  static final String PCPR_HOURS_AGREED = "wtorki 10:00–14:00, punkt konsultacyjny w GOPS";
  static final String PCPR_HOURS_CHANGED = "wtorki i czwartki 10:00–16:00, punkt konsultacyjny w GOPS";
  static final String PZK_MINUTES = "protokół PZK 1/2026";

  /** The basket's services are offered from this day (the school's from the school year). */
  private static final LocalDate SERVICES_SINCE = LocalDate.of(2026, 1, 2);
  /** The partners confirmed their services before the PZK meeting. */
  private static final LocalDate VERIFIED_ON = LocalDate.of(2026, 1, 20);
  /** The PZK meeting of step 6.3 that agrees the basket. */
  static final LocalDate AGREED_ON = LocalDate.of(2026, 1, 28);
  /** The PCPR changes its service. */
  private static final LocalDate CHANGED_ON = LocalDate.of(2026, 3, 10);
  /** The day the basket is checked and published. */
  static final LocalDate CHECKED_ON = LocalDate.of(2026, 11, 30);

  /** The names of the fields the basket's history records. */
  private static final Map<String, Label> BASKET_FIELDS = Map.ofEntries(
      Map.entry("provider", Label.of("partner", "partner")),
      Map.entry("name", Label.of("nazwa", "name")),
      Map.entry("description", Label.of("opis", "description")),
      Map.entry("fields", Label.of("sfery usług społecznych", "fields of social services")),
      Map.entry("access.minAge", Label.of("najniższy wiek", "lowest age")),
      Map.entry("access.maxAge", Label.of("najwyższy wiek", "highest age")),
      Map.entry("access.targetGroups", Label.of("dla kogo", "for whom")),
      Map.entry("access.territory", Label.of("obszar (TERYT)", "area (TERYT)")),
      Map.entry("access.referral", Label.of("skierowanie", "referral")),
      Map.entry("access.cost", Label.of("odpłatność", "cost")),
      Map.entry("access.fee", Label.of("opłata", "fee")),
      Map.entry("access.languages", Label.of("języki", "languages")),
      Map.entry("access.capacity", Label.of("liczba miejsc", "places")),
      Map.entry("access.description", Label.of("warunki dostępu", "access conditions")),
      Map.entry("contacts", Label.of("osoby do kontaktu", "contact people")),
      Map.entry("availability", Label.of("dostępność", "availability")),
      Map.entry("since", Label.of("oferowana od", "offered from")),
      Map.entry("until", Label.of("oferowana do", "offered until")),
      Map.entry("lastVerifiedOn", Label.of("aktualność potwierdzono", "last verified")),
      Map.entry("withdrawnOn", Label.of("wycofana od", "withdrawn from")));

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
    tellTheBasket();
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

  // ------------------------------------------------------------------ the Local Service Basket

  /**
   * The Local Service Basket of the team (seed 004): added and agreed on the first run, found on
   * a later one; then, on every run, a refused change, the check, the publication and the
   * history of the service changed after the agreement.
   */
  private void tellTheBasket() {
    say("");
    say(text("== Lokalny Koszyk Usług ==", "== The Local Service Basket =="));
    Optional<ServiceBasket> stored = lsw.basket().find(team.id());
    if (stored.isPresent() && !stored.get().services().isEmpty()) {
      say(text("Koszyk zespołu jest już w bazie (wersja " + stored.get().version() + ", "
              + services(stored.get().services().size()) + "): pokazuję zapisany koszyk zamiast"
              + " dodawać usługi ponownie.",
          "The team's basket is already in the database (version " + stored.get().version() + ", "
              + stored.get().services().size() + " services): showing the stored basket instead of"
              + " adding the services again."));
      stored.get().lastAgreement().ifPresent(this::sayAgreement);
    } else {
      addThePartnersServices();
      agreeTheBasketAtAPzkMeeting();
      changeAServiceAfterTheAgreement();
    }
    refuseAChangeOfAnotherPartnersService();
    checkTheBasket();
    publishTheBasket();
    printTheHistoryOfTheChangedService();
  }

  /** The GOPS, the PCPR, the school and the commune each add their services, by their own people. */
  private void addThePartnersServices() {
    ActingPerson gops = as(GOPS_HEAD, ActingRole.PARTNER_REPRESENTATIVE);
    addService(gops, basketService(organisations.get(1), SOCIAL_WORK,
        "Rozeznanie sytuacji rodziny, praca socjalna i poradnictwo w sprawach świadczeń",
        EnumSet.of(SocialServiceField.SOCIAL_ASSISTANCE, SocialServiceField.FAMILY_SUPPORT),
        SERVICES_SINCE)
        .targetGroups(Set.of(TargetGroup.ALL_RESIDENTS))
        .referral(ReferralRule.OPEN_ACCESS).cost(ParticipantCost.FREE)
        .accessDescription("Bez skierowania; wizyta w ośrodku lub w domu rodziny")
        .contacts(List.of(new ContactPersonDraft(GOPS_SOCIAL_WORKER, "pracownik socjalny",
            "praca.socjalna@zielona-dolina.example.org", "+48 81 555 10 21")))
        .availability("pon.–pt. 7:30–15:30, GOPS, Zielona Dolina 3"));
    addService(gops, basketService(organisations.get(1), FAMILY_ASSISTANT,
        "Asystent rodziny wspiera rodziców w prowadzeniu domu i w opiece nad dziećmi",
        EnumSet.of(SocialServiceField.FAMILY_SUPPORT), SERVICES_SINCE)
        .targetGroups(Set.of(TargetGroup.FAMILIES_WITH_CHILDREN))
        .referral(ReferralRule.REFERRAL_REQUIRED).cost(ParticipantCost.FREE).capacity(15)
        .accessDescription("Na wniosek pracownika socjalnego GOPS, za zgodą rodziny")
        .contacts(List.of(new ContactPersonDraft(GOPS_ANIMATOR, "starsza pracownica socjalna",
            "asystent@zielona-dolina.example.org", "+48 81 555 10 22")))
        .availability("w domu rodziny, w uzgodnionych godzinach"));
    addService(as(PCPR_ANIMATOR, ActingRole.PARTNER_REPRESENTATIVE), basketService(
        organisations.get(3), PCPR_COUNSELLING,
        "Konsultacje psychologa, pedagoga i prawnika PCPR na miejscu w gminie",
        EnumSet.of(SocialServiceField.FAMILY_SUPPORT), SERVICES_SINCE)
        .targetGroups(Set.of(TargetGroup.FAMILIES_WITH_CHILDREN, TargetGroup.PEOPLE_IN_CRISIS))
        .referral(ReferralRule.OPEN_ACCESS).cost(ParticipantCost.FREE).capacity(8)
        .accessDescription("Zapisy telefoniczne w PCPR")
        .contacts(List.of(new ContactPersonDraft(PCPR_ANIMATOR, "specjalista pracy z rodziną",
            "poradnictwo@nadrzecze.example.org", "+48 81 555 20 30")))
        .availability(PCPR_HOURS_AGREED));
    addService(as(SCHOOL_PEDAGOGUE, ActingRole.PARTNER_REPRESENTATIVE), basketService(
        organisations.get(4), SCHOOL_CLASSES,
        "Zajęcia wyrównawcze z matematyki i języka polskiego oraz świetlica po lekcjach",
        EnumSet.of(SocialServiceField.PUBLIC_EDUCATION), LocalDate.of(2025, 9, 1))
        .minAge(7).maxAge(15).targetGroups(Set.of(TargetGroup.CHILDREN))
        .referral(ReferralRule.OPEN_ACCESS).cost(ParticipantCost.FREE).capacity(25)
        .contacts(List.of(ContactPersonDraft.byEmail(SCHOOL_PEDAGOGUE, "pedagog szkolny",
            "pedagog@zielona-dolina.example.org")))
        .availability("pon.–czw. 12:30–16:00, Szkoła Podstawowa w Zielonej Dolinie"));
    addService(as(PLENIPOTENTIARY, ActingRole.PARTNER_REPRESENTATIVE), basketService(commune(),
        NEIGHBOURS_ROOM, "Popołudniowe zajęcia dla dzieci i spotkania rodziców w świetlicy wiejskiej",
        EnumSet.of(SocialServiceField.CIVIC_ACTIVITY), SERVICES_SINCE)
        .targetGroups(Set.of(TargetGroup.CHILDREN, TargetGroup.PARENTS))
        .referral(ReferralRule.OPEN_ACCESS).cost(ParticipantCost.FREE).capacity(20)
        .contacts(List.of(ContactPersonDraft.byEmail(PLENIPOTENTIARY, "pełnomocniczka wójta",
            "kooperacja@zielona-dolina.example.org")))
        .availability("wt. i pt. 15:00–18:00, świetlica wiejska w Zielonej Dolinie"));
    ServiceBasket basket = lsw.basket().find(team.id()).orElseThrow();
    say(text("Partnerzy dodali do koszyka " + services(basket.services().size())
            + ", każdą z warunkami dostępu i osobą do kontaktu:",
        "The partners added " + basket.services().size()
            + " services to the basket, each with its access conditions and a contact person:"));
    for (BasketService s : basket.services()) {
      say("  + " + s.name() + " (" + organisationName(s.provider()) + ")");
    }
  }

  /** The PZK meets on the day of step 6.3 and agrees the basket there. */
  private void agreeTheBasketAtAPzkMeeting() {
    Either<pl.lsw.core.kernel.Refusal, pl.lsw.core.kernel.Change<Partnership>> recorded =
        partnerships.recordMeeting(team.id(), pzk(GOPS_ANIMATOR), MeetingDetails.builder()
            .body(partnerCooperationTeam().id()).date(AGREED_ON).duration(Duration.ofHours(2))
            .chair(person(GOPS_ANIMATOR)).host(organisations.get(1).id())
            .attendees(partnerCooperationTeam().members().stream().map(CooperationTeamMember::person)
                .toList())
            .minutesReference(PZK_MINUTES).build());
    team = accepted(recorded);
    MeetingId meeting = recorded.get().createdId(MeetingId.class);
    ServiceBasket basket = Outcomes.applied(lsw.basket().agree(team.id(), pzk(GOPS_ANIMATOR),
        meeting, AGREED_ON));
    sayAgreement(basket.lastAgreement().orElseThrow());
  }

  private void sayAgreement(BasketAgreement agreement) {
    String minutes = team.meeting(agreement.meeting()).flatMap(m -> m.minutesReference()).orElse("-");
    say(text("Koszyk uzgodniono na posiedzeniu PZK " + agreement.date() + " (" + minutes + "): "
            + services(agreement.services().size()) + ".",
        "The basket was agreed at the PZK meeting of " + agreement.date() + " (" + minutes + "): "
            + agreement.services().size() + " services."));
  }

  /** The PCPR extends its consultations after the meeting: the change is not agreed yet. */
  private void changeAServiceAfterTheAgreement() {
    BasketService before = service(PCPR_COUNSELLING);
    ServiceBasket basket = Outcomes.applied(lsw.basket().changeService(
        team.id(), as(PCPR_ANIMATOR, ActingRole.PARTNER_REPRESENTATIVE), before.id(),
        BasketServiceDraft.from(before).withAvailability(PCPR_HOURS_CHANGED).withCapacity(12)
            .withLastVerifiedOn(CHANGED_ON)));
    say(text("Po posiedzeniu PCPR zmienia usługę „" + PCPR_COUNSELLING + "”: "
            + PCPR_HOURS_CHANGED + ", 12 miejsc (wersja koszyka " + basket.version() + ").",
        "After the meeting the PCPR changes the service \"" + PCPR_COUNSELLING + "\": "
            + PCPR_HOURS_CHANGED + ", 12 places (basket version " + basket.version() + ")."));
  }

  /**
   * The school's pedagogue, as a partner's representative, tries to change a GOPS service and
   * leaves it without a contact person: refused with both reasons, and nothing changes.
   */
  private void refuseAChangeOfAnotherPartnersService() {
    BasketService assistant = service(FAMILY_ASSISTANT);
    long version = lsw.basket().find(team.id()).orElseThrow().version();
    Either<pl.lsw.core.kernel.Refusal, pl.lsw.core.kernel.Change<ServiceBasket>> refused =
        lsw.basket().changeService(team.id(),
            as(SCHOOL_PEDAGOGUE, ActingRole.PARTNER_REPRESENTATIVE), assistant.id(), BasketServiceDraft.from(assistant)
                .withContacts(List.of()).withAvailability("tylko w szkole, po lekcjach"));
    if (refused.isRight()) {
      throw new IllegalStateException("the example expected the school to be refused");
    }
    say(text("Pedagog szkolny jako przedstawiciel szkoły próbuje zmienić usługę GOPS „"
            + FAMILY_ASSISTANT + "” i usunąć z niej osobę do kontaktu — odmowa:",
        "The school's pedagogue, as the school's representative, tries to change the GOPS service \""
            + FAMILY_ASSISTANT + "\" and remove its contact person — refused:"));
    System.out.print(Outcomes.reasons(refused.getLeft().reasons(), options.locale()));
    long after = lsw.basket().find(team.id()).orElseThrow().version();
    if (after != version) {
      throw new IllegalStateException("a refused command changed the basket");
    }
    say(text("  Koszyk bez zmian (wersja " + after + ").",
        "  The basket is unchanged (version " + after + ")."));
  }

  /** {@code BASKET-CURRENT} and {@code BASKET-AGREED} as of a fixed day, so every run prints the same. */
  private void checkTheBasket() {
    RuleReport report = BasketRules.check(lsw.basket().find(team.id()).orElseThrow(), CHECKED_ON,
        lsw.ruleEnvironment());
    say(text("Sprawdzenie koszyka na dzień " + CHECKED_ON + " (" + rules(report) + "): ",
        "The basket checked as of " + CHECKED_ON + " (" + rules(report) + "): ")
        + (report.findings().isEmpty() ? text("bez uwag.", "no findings.")
            : text("uwagi: " + report.findings().size() + ".",
                "findings: " + report.findings().size() + ".")));
    for (Finding f : report.findings()) {
      say("  - [" + f.code() + ", " + f.severity() + "] " + f.message(options.locale()));
    }
  }

  private static String rules(RuleReport report) {
    return report.rulesEvaluated().stream().map(r -> r.code().toString())
        .collect(Collectors.joining(", "));
  }

  /** The basket in force at the end of the story, as the partners publish it. */
  private void publishTheBasket() {
    BasketPublication publication = lsw.basket().publication(team.id(), CHECKED_ON,
        id -> organisations.stream().filter(o -> o.id().equals(id)).map(Organisation::name)
            .findFirst()).get();
    say(text("Publikacja koszyka:", "The basket's publication:"));
    System.out.print(publication.render(options.locale()));
  }

  /** The history of the PCPR service: added, then changed field by field. */
  private void printTheHistoryOfTheChangedService() {
    ServiceBasket basket = lsw.basket().find(team.id()).orElseThrow();
    BasketService changed = service(PCPR_COUNSELLING);
    say(text("Historia usługi „" + changed.name() + "”:",
        "The history of the service \"" + changed.name() + "\":"));
    for (Revision r : basket.historyOf(changed.id())) {
      BasketRevisionKind kind = BasketRevisionKind.valueOf(r.kind());
      String what = kind == BasketRevisionKind.ADDED
          ? r.changes().stream().filter(c -> c.field().equals("since")).findFirst()
              .flatMap(c -> c.to()).map(d -> text("oferowana od ", "offered from ") + d).orElse("")
          : r.changes().stream().map(this::fieldChange)
              .collect(Collectors.joining("; "));
      say("  " + kind.display(options.locale()) + " — " + who(r.actor()) + ": " + what);
    }
  }

  private String fieldChange(FieldChange c) {
    return Optional.ofNullable(BASKET_FIELDS.get(c.field())).map(l -> l.display(options.locale()))
        .orElse(c.field()) + ": " + c.from().map(v -> fieldValue(c.field(), v)).orElse("∅")
        + " → " + c.to().map(v -> fieldValue(c.field(), v)).orElse("∅");
  }

  /** A recorded value as people read it: names instead of ids and enumeration codes. */
  private String fieldValue(String field, String recorded) {
    switch (field) {
      case "provider":
        return organisations.stream().filter(o -> o.id().toString().equals(recorded))
            .map(Organisation::name).findFirst().orElse(recorded);
      case "fields":
        return Arrays.stream(recorded.split(", "))
            .map(f -> SocialServiceField.valueOf(f).display(options.locale()))
            .collect(Collectors.joining(", "));
      case "access.targetGroups":
        return Arrays.stream(recorded.split(", "))
            .map(g -> TargetGroup.builtIn().stream().filter(t -> t.code().equals(g)).findFirst()
                .map(t -> t.display(options.locale())).orElse(g))
            .collect(Collectors.joining(", "));
      default:
        return HistoryFields.display(field, recorded, options.locale());
    }
  }

  /** The name and the role of an actor reference ({@code person:<id>/<ROLE>}). */
  private String who(String reference) {
    String[] parts = reference.substring("person:".length()).split("/");
    String person = team.persons().stream().filter(p -> p.id().toString().equals(parts[0]))
        .map(Person::name).findFirst().orElse(parts[0]);
    return person + " (" + ActingRole.valueOf(parts[1]).display(options.locale()) + ")";
  }

  private BasketServiceDraft.Builder basketService(Organisation provider, String name,
      String description, Set<SocialServiceField> fields, LocalDate since) {
    return BasketServiceDraft.builder().provider(provider.id()).name(name).description(description)
        .fields(fields).territory(List.of(COMMUNE_TERYT)).languages(List.of("pl"))
        .since(since).lastVerifiedOn(VERIFIED_ON);
  }

  private void addService(ActingPerson actor, BasketServiceDraft.Builder draft) {
    Outcomes.applied(lsw.basket().addService(team.id(), actor, draft.build()));
  }

  private BasketService service(String name) {
    return lsw.basket().find(team.id()).orElseThrow().services().stream()
        .filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no service " + name));
  }

  private CooperationTeam partnerCooperationTeam() {
    return team.cooperationTeams().stream()
        .filter(t -> t.kind() == BodyKind.PARTNER_COOPERATION_TEAM).findFirst().orElseThrow();
  }

  private String organisationName(OrganisationId id) {
    return organisations.stream().filter(o -> o.id().equals(id)).map(Organisation::name)
        .findFirst().orElse("?");
  }

  /** "1 usługa", "3 usługi", "5 usług" in Polish. */
  private static String services(int n) {
    int tens = n % 100;
    int units = n % 10;
    String word = n == 1 ? "usługa"
        : units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? "usługi" : "usług";
    return n + " " + word;
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
