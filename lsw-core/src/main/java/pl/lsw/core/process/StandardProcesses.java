package pl.lsw.core.process;

import java.util.List;

/**
 * The process definitions the library ships, faithful to the source documents. Each is version 1
 * and keeps its codes for ever; a changed definition would get a new version.
 *
 * <p>Polish: <i>standardowe definicje procesów</i>.
 *
 * <ul>
 *   <li>{@link #LSW_STAGES}: the four stages of building a local support system (LSW), 16 steps,
 *       each needing the one before it (so, through it, all earlier ones) [000 §Etapy realizacji
 *       zadań w obszarze „Współpraca”]. Stage 1 has no listed steps, so its single step is the
 *       stage itself, coded {@code 1.1}.
 *   <li>{@link #ACTION_BANK_LOOP}: Map of Local Potentials → recommendations → Action Base →
 *       verification, in sequence, and the loop {@code NEXT_ITERATION} after the verification back
 *       to the map, carrying the verification's conclusions (required) [000 Rysunek 5].
 *   <li>{@link #DPZM_CYCLE}: Diagnose, Plan, Ensure, Monitor, Evaluate (stages {@code D, P, Z, M,
 *       O} after the Polish verbs), 14 steps in the order of the DPZM scheme, each needing the one
 *       before it; the last step is the conclusions for the next period's diagnosis, and the loop
 *       {@code NEXT_PERIOD} after it starts the next period at {@code D.1}, carrying the
 *       conclusions (required) [002 Model DPZM – schemat].
 *   <li>{@link #COOPERATION_MODEL_FIRST_IMPLEMENTATION}: Model Kooperacji, 4 stages, 10 steps,
 *       25 completable steps, 3 standing tasks, and the loop {@code CONTINUE_FROM_2_2}: the
 *       decision to continue recorded at 9.2 starts a new iteration at 2.2, in which 2.2 and every
 *       later step is done again while 1.1, 1.2 and 2.1 stay done [003 schemat: pierwsze wdrażanie
 *       Modelu Kooperacji w gminach wiejskich; DOMAIN Appendix A].
 * </ul>
 *
 * <p>Prerequisites of Model Kooperacji where the source is not explicit (the slide numbers the
 * steps but draws no arrows): each step needs the whole of the step before it (step 2 needs all of
 * step 1, and so on: a step with sub-steps stands for all of them). Within a step the sub-steps
 * are sequential in their numbered order (1.1 → 1.2; 2.1 → 2.2 → 2.3 → 2.4; 5.1 → 5.2 → 5.3; 9.1 →
 * 9.2 → 9.3; 10.1 → 10.2 → 10.3 → 10.4), because each builds on the one before (the decision 2.2
 * follows the information meeting 2.1; the PZK 5.2 is founded from the team chosen in 5.1; the
 * summary 9.2 follows the evaluation 9.1). The exceptions are steps 6 and 7, whose sub-steps are
 * parallel strands of work that each need only the previous step: 6.1 training, 6.2 work plan and
 * 6.3 list of services; 7.1 work for the bodies, 7.2 work with persons and families and 7.3
 * projects and committees. Step 9.2 is a decision point: its completion records whether the PZK
 * continues ({@link ContinuationDecision#CONTINUE}) or closes. Step 10 needs the whole of step 9,
 * so a process whose PZK continues reaches the final evaluation only in an iteration that closes.
 * After a decision to continue, 9.3 is not blocked (the team may still close the work with some
 * persons or families and hand them over); the loop and 9.3 are both available until the new
 * iteration starts.
 */
public final class StandardProcesses {

  private StandardProcesses() {}

  /** Code of {@link #LSW_STAGES}. */
  public static final String LSW_STAGES_CODE = "LSW_STAGES";
  /** Code of {@link #ACTION_BANK_LOOP}. */
  public static final String ACTION_BANK_LOOP_CODE = "ACTION_BANK_LOOP";
  /** Code of {@link #DPZM_CYCLE}. */
  public static final String DPZM_CYCLE_CODE = "DPZM_CYCLE";
  /** Code of {@link #COOPERATION_MODEL_FIRST_IMPLEMENTATION}. */
  public static final String COOPERATION_MODEL_CODE = "COOPERATION_MODEL_FIRST_IMPLEMENTATION";

  /** Code of the action-bank loop's only loop. */
  public static final String ACTION_BANK_NEXT_ITERATION = "NEXT_ITERATION";
  /** Code of the DPZM cycle's only loop. */
  public static final String DPZM_NEXT_PERIOD = "NEXT_PERIOD";
  /** Code of the Model Kooperacji loop from 9.2 back to 2.2. */
  public static final String COOPERATION_MODEL_CONTINUE = "CONTINUE_FROM_2_2";

  private static Title t(String polish, String english) {
    return Title.of(polish, english);
  }

  /** The four LSW stages with their steps. Polish: <i>etapy budowania LSW</i>. */
  public static final ProcessDefinition LSW_STAGES = ProcessDefinition.builder(LSW_STAGES_CODE, 1,
          t("Etapy budowania Lokalnego Systemu Wsparcia", "Stages of building a Local Support System"),
          "000 §Etapy realizacji zadań w obszarze „Współpraca”")
      .stage("1", t("Diagnoza sytuacji rodzin na obszarze objętym wsparciem",
          "Diagnosis of the families' situation in the supported area"))
      .step("1.1", t("Diagnoza sytuacji rodzin na obszarze objętym wsparciem",
          "Diagnosis of the families' situation in the supported area"))
      .stage("2", t("Inicjacja prac LSW", "Initiation of the LSW's work"))
      .step("2.1", t("Diagnoza aktywności lokalnych podmiotów w zakresie rozwiązywania problemów społecznych",
          "Diagnosis of local entities' activity in solving social problems"), "1.1")
      .step("2.2", t("Wybór członków Komitetu Sterującego LSW",
          "Choosing the members of the LSW Steering Committee"), "2.1")
      .step("2.3", t("Powołanie LSW", "Founding the LSW"), "2.2")
      .step("2.4", t("Powołanie Zespołu Zadaniowego LSW", "Founding the LSW Task Team"), "2.3")
      .step("2.5", t("Ustalenie szczegółowych zasad współpracy",
          "Agreeing the detailed rules of cooperation"), "2.4")
      .stage("3", t("Planowanie", "Planning"))
      .step("3.1", t("Opracowanie Mapy lokalnych potencjałów – usług lokalnie dostępnych w pracy z rodziną",
          "The Map of Local Potentials: services locally available for work with families"), "2.5")
      .step("3.2", t("Przygotowanie rekomendacji działań przez Zespół Zadaniowy",
          "The Task Team's recommendations of actions"), "3.1")
      .step("3.3", t("Wybór działań do banku działań w ramach LSW",
          "Choosing actions for the LSW Action Base"), "3.2")
      .step("3.4", t("Przygotowanie ogłoszenia konkursowego i przeprowadzenie konkursu",
          "Announcing and running the competition"), "3.3")
      .step("3.5", t("Wybór Konsorcjum Wykonawczego / Konsorcjów Wykonawczych LSW",
          "Choosing the LSW Executive Consortium or Consortia"), "3.4")
      .step("3.6", t("Dobór rodzin wymagających wsparcia", "Selecting the families that need support"), "3.5")
      .stage("4", t("Bieżąca działalność i ewaluacja", "Running and evaluation"))
      .step("4.1", t("Monitorowanie sytuacji rodzin", "Monitoring the families' situation"), "3.6")
      .step("4.2", t("Spotkania Komitetu Sterującego, Zespołu Zadaniowego i Konsorcjum Wykonawczego LSW, w tym spotkania wspólne",
          "Meetings of the Steering Committee, the Task Team and the Executive Consortium, joint meetings included"), "4.1")
      .step("4.3", t("Monitorowanie narzędzi oddziaływania", "Monitoring the tools of intervention"), "4.2")
      .step("4.4", t("Ewaluacja działań", "Evaluation of the actions"), "4.3")
      .buildOrThrow();

  /** The action-bank loop. Polish: <i>bank działań w ramach LSW – etapy tworzenia</i>. */
  public static final ProcessDefinition ACTION_BANK_LOOP = ProcessDefinition.builder(ACTION_BANK_LOOP_CODE, 1,
          t("Bank działań w ramach LSW – etapy tworzenia", "The LSW Action Base: stages of building it"),
          "000 Rysunek 5. Bank działań w ramach LSW – etapy tworzenia")
      .stage("A", t("Bank działań w ramach LSW", "The LSW Action Base"))
      .step("1", t("Tworzenie mapy potencjałów", "Building the Map of Local Potentials"))
      .step("2", t("Rekomendacje działań w ramach LSW (Zespół Zadaniowy dla Komitetu Sterującego)",
          "Recommendations of actions within the LSW (by the Task Team to the Steering Committee)"), "1")
      .step("3", t("Bank działań w ramach LSW: decyzja Komitetu Sterującego o zakresie działań i budżecie",
          "The LSW Action Base: the Steering Committee decides the scope of actions and the budget"), "2")
      .step("4", t("Weryfikacja działań z banku działań", "Verification of the actions of the Action Base"), "3")
      .loop(ACTION_BANK_NEXT_ITERATION,
          t("Kolejna iteracja z wnioskami z weryfikacji", "Next iteration with the verification's conclusions"),
          "4", "1", LoopCondition.AFTER_STEP, true)
      .buildOrThrow();

  /** The DPZM cycle. Polish: <i>model DPZM: diagnozuj, planuj, zapewniaj, monitoruj, oceniaj</i>. */
  public static final ProcessDefinition DPZM_CYCLE = ProcessDefinition.builder(DPZM_CYCLE_CODE, 1,
          t("Proces organizowania sieci pomocy: model DPZM",
              "Organising a network of help: the DPZM cycle"),
          "002 Model DPZM – schemat")
      .stage("D", t("Diagnozuj", "Diagnose"))
      .step("D.1", t("Diagnoza problemów społecznych i zapotrzebowania na usługi pomocy społecznej",
          "Diagnosis of social problems and of the demand for social-assistance services"))
      .step("D.2", t("Ocena zasobów pomocy społecznej", "Assessment of social-assistance resources"), "D.1")
      .stage("P", t("Planuj", "Plan"))
      .step("P.1", t("Strategia rozwiązywania problemów społecznych", "Strategy for solving social problems"), "D.2")
      .step("P.2", t("Lokalne programy pomocy społecznej", "Local social-assistance programmes"), "P.1")
      .step("P.3", t("Harmonogramy działań, budżety", "Schedules of actions and budgets"), "P.2")
      .step("P.4", t("Przygotowanie standardów usług", "Preparing service standards"), "P.3")
      .stage("Z", t("Zapewniaj", "Ensure"))
      .step("Z.1", t("Konkursy ofert na świadczenie usług przez sieci publiczno-niepubliczne",
          "Competitions of offers for services delivered by public–non-public networks"), "P.4")
      .step("Z.2", t("Podpisanie umów z konsorcjami sieciowymi", "Signing contracts with network consortia"), "Z.1")
      .stage("M", t("Monitoruj", "Monitor"))
      .step("M.1", t("Przygotowanie narzędzi monitoringu w oparciu o standardy usług",
          "Preparing monitoring tools built on the service standards"), "Z.2")
      .step("M.2", t("Monitoring usług pod względem zgodności ze standardami",
          "Monitoring the services for compliance with the standards"), "M.1")
      .stage("O", t("Oceniaj", "Evaluate"))
      .step("O.1", t("Oszacowanie wpływu świadczonych usług na sytuację klientów",
          "Estimating the impact of the services on the clients' situation"), "M.2")
      .step("O.2", t("Ewaluacja usług pod względem ich użyteczności, skuteczności, efektywności",
          "Evaluating the services for usefulness, effectiveness and efficiency"), "O.1")
      .step("O.3", t("Wnioski do aktualizacji bieżących działań", "Conclusions for updating current actions"), "O.2")
      .step("O.4", t("Wnioski do diagnozy problemów i potrzeb na kolejny okres",
          "Conclusions for the diagnosis of problems and needs in the next period"), "O.3")
      .loop(DPZM_NEXT_PERIOD,
          t("Kolejny okres: diagnoza z wnioskami z oceny", "Next period: a diagnosis informed by the evaluation's conclusions"),
          "O.4", "D.1", LoopCondition.AFTER_STEP, true)
      .buildOrThrow();

  /** Model Kooperacji, first implementation. Polish: <i>pierwsze wdrażanie Modelu Kooperacji</i>. */
  public static final ProcessDefinition COOPERATION_MODEL_FIRST_IMPLEMENTATION = ProcessDefinition.builder(
          COOPERATION_MODEL_CODE, 1,
          t("Pierwsze wdrażanie Modelu Kooperacji w gminach wiejskich",
              "First implementation of the Cooperation Model (Model Kooperacji) in rural communes"),
          "003 schemat: pierwsze wdrażanie Modelu Kooperacji w gminach wiejskich")
      .stage("I", t("Koordynacja i upowszechnianie Modelu Kooperacji",
          "Coordination and dissemination of the Cooperation Model"))
      .step("1", t("Spotkania upowszechniające i powołanie Wojewódzkiego Zespołu Kooperacji",
          "Dissemination meetings and founding the Voivodeship Cooperation Team"))
      .subStep("1.1", t("Organizacja spotkań dla dyrektorów i pracowników PCPR, wójtów, starostów",
          "Meetings for directors and staff of PCPRs, commune heads (wójt) and county heads (starosta)"))
      .subStep("1.2", t("Powołanie Wojewódzkiego Zespołu Kooperacji: pracownicy ROPS ds. Modelu, podmioty wojewódzkie, członek zarządu województwa, przedstawiciele uczelni",
          "Founding the Voivodeship Cooperation Team (WZK): ROPS staff for the model, voivodeship-level bodies, a member of the voivodeship board, university representatives"), "1.1")
      .stage("II", t("Organizacja", "Organisation"))
      .step("2", t("Spotkanie informacyjne, diagnoza i decyzja o wdrażaniu Modelu",
          "Information meeting, diagnosis and the decision to implement the model"), "1")
      .subStep("2.1", t("Spotkanie informacyjne w PCPR dla GOPS-ów oraz diagnoza sytuacji powiatowo-gminnej (analiza OZPS)",
          "Information meeting at the PCPR for the GOPSs, and diagnosis of the county–commune situation (analysis of the OZPS)"))
      .subStep("2.2", t("Decyzja władz gminno-powiatowych oraz PCPR i GOPS o wdrażaniu Modelu",
          "Decision of the commune and county authorities, the PCPR and the GOPS to implement the model"), "2.1")
      .subStep("2.3", t("Wybór radnych powiatu i gminy; liderów-animatorów PCPR i GOPS",
          "Choosing county and commune councillors, and leader-animators of the PCPR and GOPS"), "2.2")
      .subStep("2.4", t("Zgłoszenie do ROPS", "Notifying the ROPS"), "2.3")
      .step("3", t("Zawarcie porozumienia powiat – gmina/-y na wdrażanie Modelu",
          "Agreement between the county and the commune(s) on implementing the model"), "2")
      .step("4", t("Szkolenie animatorów PCPR i GOPS, radnych / członków zarządu do realizacji Modelu (Szkoła Kooperacji, platforma); przygotowanie szkoleń odpowiadających na potrzeby PZK",
          "Training the PCPR and GOPS animators and councillors / board members for the model (School of Cooperation, the platform); preparing trainings that answer the PZK's needs"), "3")
      .step("5", t("Utworzenie Partnerskiego Zespołu Kooperacji", "Forming the Partner Cooperation Team"), "4")
      .subStep("5.1", t("Dobór zespołu oraz instytucji do realizacji pracy",
          "Choosing the team and the institutions to do the work"))
      .subStep("5.2", t("Powołanie zespołu gminno-powiatowego (PZK – Partnerski Zespół Kooperacji), zawarcie porozumienia pomiędzy instytucjami",
          "Founding the commune–county Partner Cooperation Team (PZK) and an agreement between the institutions"), "5.1")
      .subStep("5.3", t("Pozyskanie i włączenie lidera – osoby / rodziny do PZK",
          "Winning a leader person or family and including them in the PZK"), "5.2")
      .step("6", t("Przygotowanie merytoryczne i organizacyjne PZK",
          "Substantive and organisational preparation of the PZK"), "5")
      .subStep("6.1", t("Szkolenie podmiotów do pracy w Modelu – Szkoła Kooperacji, platforma",
          "Training the bodies to work in the model: School of Cooperation, the platform"))
      .subStep("6.2", t("Opracowanie planu pracy, upowszechnienie informacji o pracy Modelem",
          "A work plan, and spreading information about working with the model"))
      .subStep("6.3", t("Opracowanie gminno-powiatowej listy aktywności i usług",
          "The commune–county list of activities and services"))
      .stage("III", t("Realizacja Modelu Kooperacji / ewaluacja", "Implementation of the Cooperation Model / evaluation"))
      .step("7", t("Praca merytoryczna", "Substantive work"), "6")
      .subStep("7.1", t("Na rzecz podmiotów: szkolenia wewnętrzne i zewnętrzne (Szkoła Kooperacji), coaching, superwizje, doradztwo, aktualizacja listy usług",
          "For the bodies: internal and external trainings (School of Cooperation), coaching, supervision, advice, updating the list of services"))
      .subStep("7.2", t("Z osobą / rodziną / grupą: zgłaszanie, screening, diagnozowanie wielowymiarowe, indywidualne programy pomocy, kontrakty, współpraca z wykorzystaniem lokalnie dostępnych aktywności i usług, monitorowanie i ewaluacja, konsultowanie, usługi podmiotów PZK",
          "With the person / family / group: referral, screening, multidimensional diagnosis, individual support programmes, contracts, work using locally available activities and services, monitoring and evaluation, consulting, services of the PZK bodies"))
      .subStep("7.3", t("Realizacja projektów socjalnych, usług, działań środowiskowych, udział w pracach komisji społecznych gmin / powiatów",
          "Social projects, services and community actions; taking part in the social committees of communes and counties"))
      .step("8", t("Organizacja spotkań WZK oraz animatorów / ewaluacja",
          "Meetings of the WZK and of the animators; evaluation"), "7")
      .step("9", t("Ewaluacja działań PZK", "Evaluation of the PZK's work"), "8")
      .subStep("9.1", t("Ewaluacja pracy z osobą / rodziną / grupą (etapy pracy po zakończeniu wsparcia)",
          "Evaluation of the work with the person / family / group (stages of work after support ends)"))
      .subStep("9.2", t("Podsumowanie efektów, ewentualna decyzja PZK o kontynuacji prac",
          "Summary of the effects and, possibly, the PZK's decision to continue"), "9.1")
      .decisionPoint()
      .subStep("9.3", t("Zakończenie pracy, ustalenie przekazania osób / rodzin",
          "Closing the work and agreeing the handover of the persons / families"), "9.2")
      .stage("IV", t("Ewaluacja końcowa", "Final evaluation"))
      .step("10", t("Ewaluacja pracy Modelem", "Evaluation of the work with the model"), "9")
      .subStep("10.1", t("Prezentacja efektów podczas komisji i sesji w gminie, starostwie, dla władz, zarządu województwa",
          "Presenting the effects at committees and sessions of the commune and the county office, to the authorities and the voivodeship board"))
      .subStep("10.2", t("Wypracowanie rekomendacji powiatowo-gminnych, wojewódzkich dotyczących zmian prawnych i organizacyjnych, rekomendacje w OZPS",
          "County–commune and voivodeship recommendations on legal and organisational changes; recommendations in the OZPS"), "10.1")
      .subStep("10.3", t("Zabezpieczenie szkoleń i usług na potrzeby Modelu w kolejnych latach, zmiany w programach, strategiach",
          "Securing trainings and services for the model in later years; changes in programmes and strategies"), "10.2")
      .subStep("10.4", t("Referencje dla podmiotów i zespołów – spotkanie wojewódzkie ROPS / WZK / animatorzy, radni / członkowie zarządu",
          "References for bodies and teams at a voivodeship meeting (ROPS, WZK, animators, councillors, board members)"), "10.3")
      .standingTask("S1", t("Prowadzenie platformy Modelu Kooperacji (e-Szkoły Kooperacji) oraz funkcjonowanie doradcy / pracownika ds. Modelu",
          "Running the Model Kooperacji platform (e-School of Cooperation) and the model adviser's post"))
      .standingTask("S2", t("Prowadzenie i aktualizacja wojewódzkiej listy aktywności i usług; Szkoła Kooperacji",
          "Keeping the voivodeship list of activities and services current; the School of Cooperation"))
      .standingTask("S3", t("Promocja Modelu (np. kampania edukacyjna, promocja gmin i powiatów realizujących pracę Modelem)",
          "Promoting the model (e.g. an educational campaign, promoting the communes and counties that work with it)"))
      .loop(COOPERATION_MODEL_CONTINUE,
          t("Decyzja PZK o kontynuacji prac: przejście do kroku 2.2",
              "The PZK's decision to continue: back to step 2.2"),
          "9.2", "2.2", LoopCondition.AFTER_DECISION_TO_CONTINUE, false)
      .buildOrThrow();

  /** The four standard definitions, in the order above. */
  public static List<ProcessDefinition> all() {
    return List.of(LSW_STAGES, ACTION_BANK_LOOP, DPZM_CYCLE, COOPERATION_MODEL_FIRST_IMPLEMENTATION);
  }
}
