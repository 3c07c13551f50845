package pl.lsw.examples;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.Lsw;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.family.SupportedFamily;
import pl.lsw.core.family.plan.IndividualPlan;
import pl.lsw.core.family.plan.PlanDraft;
import pl.lsw.core.family.plan.PlanId;
import pl.lsw.core.family.plan.PlanItem;
import pl.lsw.core.family.plan.PlanKind;
import pl.lsw.core.family.plan.PlanSource;
import pl.lsw.core.information.DeliveryOutcome;
import pl.lsw.core.information.Dispatch;
import pl.lsw.core.information.ExternalContactDraft;
import pl.lsw.core.information.InformationItem;
import pl.lsw.core.information.InformationItemDraft;
import pl.lsw.core.information.InformationKind;
import pl.lsw.core.information.InformationMessage;
import pl.lsw.core.information.Newsletter;
import pl.lsw.core.information.Recipient;
import pl.lsw.core.initiative.Action;
import pl.lsw.core.initiative.ActionId;
import pl.lsw.core.initiative.ActionStatus;
import pl.lsw.core.initiative.BaseChangeKind;
import pl.lsw.core.initiative.CommunityRole;
import pl.lsw.core.initiative.ConsortiumReport;
import pl.lsw.core.initiative.EntrySource;
import pl.lsw.core.initiative.HistoryFields;
import pl.lsw.core.initiative.Implementer;
import pl.lsw.core.initiative.InitiativeBase;
import pl.lsw.core.initiative.InitiativeBaseService;
import pl.lsw.core.initiative.MapEntry;
import pl.lsw.core.initiative.MapEntryDraft;
import pl.lsw.core.initiative.MapEntryId;
import pl.lsw.core.initiative.ParticipantCost;
import pl.lsw.core.initiative.ReferralRule;
import pl.lsw.core.initiative.StalenessReport;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.process.EvidenceReference;
import pl.lsw.core.process.ProcessInstance;
import pl.lsw.core.process.StandardProcesses;

/**
 * Co-informing in Praski Kokon (seed 000 §Płaszczyzna 2, Rysunek 5 and 6): the Map of Local
 * Potentials with entries from inside the LSW and from a partner outside it, the Initiative Bank
 * that only the Task Team fills, and the LSW Action Base run by the Executive Consortium. The
 * example
 *
 * <ol>
 *   <li>adds three entries to the map: a parents' club and a psychologist's consultations of two
 *       NGO partners (inside the LSW), and a parish day-room described by its name, sector and
 *       contact (outside it, bottom-up);
 *   <li>has the Task Team Manager recommend the parents' club into the Bank, and shows a Steering
 *       Committee member's recommendation of the day-room refused with both reasons at once: the
 *       actor (not the Task Team) and the rule (no service conditions, no target group, missing
 *       fields of a Bank entry);
 *   <li>puts an action carrying out the club into the Action Base, refuses the withdrawal of the
 *       club's recommendation that the action uses, records the consortium's report that the
 *       action was suspended and shows the staleness report before and after the change reaches
 *       the base;
 *   <li>records a verification round and feeds its conclusions into the next iteration of the
 *       action-bank loop ({@code ACTION_BANK_LOOP});
 *   <li>prints the history of the club's entry: who changed what, from which value to which.
 * </ol>
 *
 * <p>Running it again on the same database shows the stored bases and their reports instead of
 * adding the entries a second time.
 */
final class CoInformingExample {

  static final String CLUB = "Klub Rodzica „Otwarte Drzwi”";
  static final String CONSULTATIONS = "Konsultacje psychologiczne dla dzieci i rodziców";
  static final String DAY_ROOM = "Świetlica parafialna przy ul. Stalowej";

  private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
      .ofPattern("dd.MM.yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Warsaw"));

  private final Lsw lsw;
  private final ExampleOptions options;
  private final InitiativeBaseService initiatives;
  private Partnership kokon;

  private CoInformingExample(Lsw lsw, ExampleOptions options) {
    this.lsw = lsw;
    this.options = options;
    this.initiatives = lsw.initiatives();
  }

  /** The organisation whose inbox is full, once the registry knows it. */
  private static final java.util.concurrent.atomic.AtomicReference<
      pl.lsw.core.organisation.OrganisationId> FULL_INBOX =
      new java.util.concurrent.atomic.AtomicReference<>();

  static void run(ExampleOptions options) throws Exception {
    CoInformingExample example = new CoInformingExample(ExampleLsw.open(options.database(),
        CoInformingExample::deliver), options);
    FULL_INBOX.set(example.organisation("Ośrodek Pomocy Społecznej Dzielnicy Praga-Północ").id());
    example.tell();
  }

  /**
   * The example's information channel: every member's inbox takes the message except the OPS's,
   * which is full (an e-mail system would answer so).
   */
  private static java.util.Map<pl.lsw.core.organisation.OrganisationId, DeliveryOutcome> deliver(
      InformationMessage message) {
    java.util.Map<pl.lsw.core.organisation.OrganisationId, DeliveryOutcome> outcomes =
        new java.util.LinkedHashMap<>();
    for (Recipient r : message.recipients()) {
      outcomes.put(r.organisation(), r.organisation().equals(FULL_INBOX.get())
          ? DeliveryOutcome.failure("skrzynka odbiorcza pełna / mailbox full")
          : DeliveryOutcome.success());
    }
    return outcomes;
  }

  private void tell() {
    kokon = PartnershipExample.praskiKokon(lsw, options);
    Optional<InitiativeBase> stored = initiatives.find(kokon.id());
    if (stored.isPresent() && !stored.get().entries().isEmpty()) {
      say(text("Bazy współinformowania LSW „" + kokon.name() + "” są już w bazie danych (wersja "
              + stored.get().version() + "): pokazuję zapisany stan.",
          "The co-informing bases of the LSW \"" + kokon.name() + "\" are already in the database"
              + " (version " + stored.get().version() + "): showing the stored state."));
    } else {
      buildTheBases();
    }
    describe(initiatives.find(kokon.id()).orElseThrow());
    printStaleness();
    printHistory();
    printNewsletter();
  }

  // ------------------------------------------------------------------ the story

  private void buildTheBases() {
    say(text("== Mapa Potencjałów Lokalnych ==", "== The Map of Local Potentials =="));
    Organisation od = organisation("Stowarzyszenie Otwarte Drzwi");
    Organisation korale = organisation("Fundacja Wspierania Rodzin \"Korale\"");
    MapEntryId club = added(initiatives.addEntry(kokon.id(), specialist(), MapEntryDraft.builder()
        .name(CLUB)
        .implementer(Implementer.registered(od.id()))
        .description("Cotygodniowe spotkania rodziców dzieci w wieku szkolnym z pedagożką i psychologiem")
        .addressees(Set.of(TargetGroup.FAMILIES_WITH_CHILDREN, TargetGroup.PARENTS))
        .participationRules("Zapisy telefoniczne lub przez OPS; grupa do 12 osób")
        .serviceConditions("Prowadzi pedagożka z co najmniej 3-letnim doświadczeniem; superwizja co miesiąc")
        .fields(Set.of(SocialServiceField.FAMILY_SUPPORT))
        .place("Siedziba stowarzyszenia, Praga-Północ")
        .schedule("Wtorki 17:00–19:00")
        .accessGroups(Set.of(TargetGroup.PARENTS))
        .territory(List.of(PraskiKokon.PRAGA_POLNOC))
        .languages(List.of("pl", "uk"))
        .capacity(12)
        .addContacts(ContactPersonDraft.byEmail("Koordynator projektu", "Stowarzyszenie Otwarte Drzwi",
            "projekt@otwarte-drzwi.example.org"))
        .source(EntrySource.INSIDE_LSW)
        .communityRole(CommunityRole.FOR_THE_COMMUNITY)
        .addedOn(LocalDate.of(2026, 9, 1))
        .build()));
    MapEntryId consultations = added(initiatives.addEntry(kokon.id(), specialist(), MapEntryDraft.builder()
        .name(CONSULTATIONS)
        .implementer(Implementer.registered(korale.id()))
        .description("Indywidualne konsultacje psychologa dziecięcego")
        .addressees(Set.of(TargetGroup.CHILDREN, TargetGroup.PARENTS))
        .participationRules("Skierowanie z OPS albo zgłoszenie rodzica")
        .serviceConditions("Psycholog dziecięcy z certyfikatem")
        .minAge(3).maxAge(17)
        .referral(ReferralRule.REFERRAL_REQUIRED)
        .addContacts(new ContactPersonDraft("Psycholożka, która odeszła z fundacji", "psycholog",
            "konsultacje@korale.example.org", ""))
        .source(EntrySource.INSIDE_LSW)
        .communityRole(CommunityRole.FOR_THE_COMMUNITY)
        .addedOn(LocalDate.of(2025, 5, 5))
        .lastVerifiedOn(LocalDate.of(2025, 6, 1))
        .build()));
    MapEntryId dayRoom = added(initiatives.addEntry(kokon.id(), animator(), MapEntryDraft.builder()
        .name(DAY_ROOM)
        .implementer(Implementer.outside("Parafia rzymskokatolicka św. Floriana", Sector.COMMUNITY_GROUP,
            "kancelaria@parafia.example.org").get())
        .cost(ParticipantCost.FREE)
        .source(EntrySource.OUTSIDE_PARTNER)
        .communityRole(CommunityRole.BY_THE_COMMUNITY)
        .addedOn(LocalDate.of(2026, 10, 1))
        .build()));
    for (MapEntry e : initiatives.find(kokon.id()).orElseThrow().entries()) {
      say("  + " + e.name().orElse("?") + " (" + e.source().display(options.locale()) + "; "
          + e.communityRole().display(options.locale()) + ")");
    }

    say(text("== Bank Inicjatyw ==", "== The Initiative Bank =="));
    Change<InitiativeBase> recommended = accepted(initiatives.recommend(kokon.id(), manager(), club,
        LocalDate.of(2026, 9, 15), Optional.empty()));
    say(text("Kierownik Zespołu Zadaniowego rekomendował do banku: " + CLUB,
        "The Task Team Manager recommended into the Bank: " + CLUB)
        + " (" + recommended.state().bank().size() + ")");
    accepted(initiatives.recommend(kokon.id(), manager(), consultations, LocalDate.of(2025, 6, 10),
        Optional.empty()));
    say(text("W banku jest też, od 2025 r., pozycja: " + CONSULTATIONS,
        "The Bank also holds, since 2025, the entry: " + CONSULTATIONS));
    Either<Refusal, Change<InitiativeBase>> refused = initiatives.recommend(kokon.id(),
        steeringCommitteeMember(), dayRoom, LocalDate.of(2026, 10, 2), Optional.empty());
    say(text("Członkini Komitetu Sterującego próbuje rekomendować „" + DAY_ROOM + "” — odmowa:",
        "A Steering Committee member tries to recommend \"" + DAY_ROOM + "\" — refused:"));
    System.out.print(Outcomes.reasons(refused.getLeft().reasons(), options.locale()));

    say(text("== Baza Działań LSW ==", "== The LSW Action Base =="));
    ActionId action = accepted(initiatives.startAction(kokon.id(), manager(), club,
        "Klub Rodzica — grupa jesienna 2026", kokon.consortia().get(0).id(), ActionStatus.RUNNING,
        LocalDate.of(2026, 10, 1))).createdId(ActionId.class);
    say(text("Działanie w bazie: Klub Rodzica — grupa jesienna 2026 (konsorcjum: "
            + kokon.consortia().get(0).problem() + ")",
        "Action in the base: Klub Rodzica — grupa jesienna 2026 (consortium: "
            + kokon.consortia().get(0).problem() + ")"));
    Either<Refusal, Change<InitiativeBase>> withdrawal = initiatives.withdrawRecommendation(
        kokon.id(), manager(), club, "Zmiana priorytetów");
    say(text("Wycofanie rekomendacji klubu — odmowa:", "Withdrawing the club's recommendation — refused:"));
    System.out.print(Outcomes.reasons(withdrawal.getLeft().reasons(), options.locale()));
    accepted(initiatives.recordConsortiumReport(kokon.id(), consortiumMember(), action,
        new ConsortiumReport(LocalDate.of(2026, 11, 20), ActionStatus.SUSPENDED)));
    say(text("Konsorcjum w sprawozdaniu z 2026-11-20: działanie zawieszone. Raport nieaktualności:",
        "The consortium's report of 2026-11-20: the action is suspended. Staleness report:"));
    printStaleness();
    accepted(initiatives.changeActionStatus(kokon.id(), manager(), action, ActionStatus.SUSPENDED,
        LocalDate.of(2026, 11, 20)));
    say(text("Zmiana stanu dotarła do bazy: działanie zawieszone od 2026-11-20.",
        "The change reached the base: the action is suspended from 2026-11-20."));

    say(text("== Weryfikacja banku działań ==", "== Verification of the action bank =="));
    Change<InitiativeBase> round = accepted(initiatives.recordVerificationRound(kokon.id(), manager(),
        LocalDate.of(2026, 11, 25), List.of(club), List.of(action),
        List.of("Wznowić grupę jesienną po przerwie świątecznej",
            "Dodać do mapy ofertę świetlicy po uzupełnieniu warunków realizacji"), Optional.empty()));
    String conclusions = last(round.state().rounds()).conclusionsText();
    say(text("Wnioski z rundy: ", "The round's conclusions: ") + conclusions);
    feedTheLoop(conclusions);
    informThePartnership();
    planForAFamily(club, consultations);
  }

  /** One sending to every active member at one instant; the OPS's inbox is full. */
  private void informThePartnership() {
    say(text("== Informowanie partnerstwa ==", "== Informing the partnership =="));
    InformationItem item = new InformationItemDraft(InformationKind.MEMBERS_ACTIONS,
        "Bank Inicjatyw: nowa pozycja i weryfikacja",
        "Do Banku Inicjatyw trafił " + CLUB + "; runda weryfikacji z 25.11.2026 zaleca wznowienie"
            + " grupy jesiennej.",
        "The Initiative Bank: a new entry and a verification",
        "The Initiative Bank now holds " + CLUB + "; the verification round of 25 November 2026"
            + " recommends resuming the autumn group.").validate().get();
    Change<Dispatch> sent = lsw.information().send(kokon.id(), specialist(), item).get();
    Dispatch dispatch = sent.state();
    say(text("Wysłano jednocześnie do " + dispatch.recipients().size() + " członków partnerstwa.",
        "Sent at one instant to " + dispatch.recipients().size() + " members of the partnership."));
    findings(text("Sprawdzenie INF-SIMULTANEOUS:", "The INF-SIMULTANEOUS check:"),
        lsw.information().check(dispatch.id()).get());
    Outcomes.applied(lsw.contactBases().addExternalContact(kokon.id(), specialist(),
        new ExternalContactDraft("Poradnia Psychologiczno-Pedagogiczna nr 5", Sector.PUBLIC,
            ContactPersonDraft.byEmail("Sekretariat poradni", "sekretariat",
                "sekretariat@poradnia5.example.org"), "kieruje dzieci na konsultacje")));
    say(text("Baza kontaktów zewnętrznych: ", "The contact base of external partners: ")
        + lsw.contactBases().externalContacts(kokon.id()).externalContacts().size()
        + text(" pozycja; baza wewnętrzna: ", " entry; the internal base: ")
        + lsw.contactBases().internalContacts(kokon.id()).get().size()
        + text(" osób.", " people."));
  }

  /** An individual plan for one pseudonymous family, from two entries of the Bank. */
  private void planForAFamily(MapEntryId club, MapEntryId consultations) {
    say(text("== Plan dla rodziny ==", "== A plan for a family =="));
    FamilyReference family = FamilyReference.of("PK-017");
    lsw.plans().recordFamily(manager(), SupportedFamily.builder().reference(family)
        .partnership(kokon.id()).selectedOn(LocalDate.of(2026, 11, 2))
        .consentGivenOn(LocalDate.of(2026, 11, 2))
        .addNeedFields(SocialServiceField.FAMILY_SUPPORT)
        .addTargetGroups(TargetGroup.PARENTS, TargetGroup.FAMILIES_WITH_CHILDREN)
        .age(9).residenceUnit(pl.lsw.core.kernel.TerytCode.of(PraskiKokon.PRAGA_POLNOC))
        .language("pl").referralHeld(false).build()).get();
    PlanItem clubItem = PlanItem.builder().source(new PlanSource.BankEntry(club))
        .provider(organisation("Stowarzyszenie Otwarte Drzwi").id())
        .startsOn(LocalDate.of(2026, 11, 10)).endsOn(LocalDate.of(2027, 1, 31)).build();
    PlanItem consultationsItem = PlanItem.builder().source(new PlanSource.BankEntry(consultations))
        .provider(organisation("Fundacja Wspierania Rodzin \"Korale\"").id())
        .startsOn(LocalDate.of(2026, 11, 17)).endsOn(LocalDate.of(2027, 1, 31)).build();
    PlanId plan = lsw.plans().prepare(manager(), PlanDraft.builder().family(family)
        .kind(PlanKind.LSW_PLAN).preparedOn(LocalDate.of(2026, 11, 5))
        .periodFrom(LocalDate.of(2026, 11, 10)).periodTo(LocalDate.of(2027, 2, 28))
        .addItems(clubItem, consultationsItem).build()).get().createdId(PlanId.class);
    say(text("Plan rodziny " + family + ": " + CLUB + " i " + CONSULTATIONS
            + ", od 10.11.2026 do 28.02.2027.",
        "The plan of family " + family + ": " + CLUB + " and " + CONSULTATIONS
            + ", from 10 November 2026 to 28 February 2027."));
    findings(text("Sprawdzenie planu:", "The plan's check:"), lsw.plans().check(plan).get());
    Either<Refusal, Change<IndividualPlan>> late = lsw.plans().prepare(manager(), PlanDraft.builder()
        .family(family).kind(PlanKind.UCUS_PLAN).appliedOn(LocalDate.of(2026, 10, 1))
        .preparedOn(LocalDate.of(2026, 11, 5)).coordinationMonths(2)
        .periodFrom(LocalDate.of(2026, 11, 10)).periodTo(LocalDate.of(2027, 11, 30))
        .addItems(clubItem.withEndsOn(LocalDate.of(2027, 1, 31))).build());
    say(text("Indywidualny plan usług społecznych (UCUS) przygotowany 35 dni po wniosku — odmowa:",
        "An individual social services plan (UCUS) prepared 35 days after the application — refused:"));
    System.out.print(Outcomes.reasons(late.getLeft().reasons(), options.locale()));
  }

  /** A report's findings, one line each, under a heading in the reader's language. */
  private void findings(String heading, pl.lsw.core.rules.RuleReport report) {
    say(heading + (report.findings().isEmpty() ? text(" bez uwag.", " nothing found.") : ""));
    for (pl.lsw.core.rules.Finding f : report.findings()) {
      say("    - [" + f.severity() + "] " + f.code() + ": " + f.message(options.locale()));
    }
  }

  private void printNewsletter() {
    LocalDate today = lsw.today();
    pl.lsw.core.kernel.DateRange month = pl.lsw.core.kernel.DateRange.of(today.minusDays(30), today);
    Newsletter newsletter = lsw.information().newsletter(kokon.id(), month,
        initiatives.newsletterItems(kokon.id(), month)).get();
    System.out.print(newsletter.render(options.locale()));
  }

  /** Runs the action-bank loop to its verification step and starts the next iteration from it. */
  private void feedTheLoop(String conclusions) {
    ProcessInstance loop = Outcomes.done(lsw.processes().start(manager(), kokon.id(),
        StandardProcesses.ACTION_BANK_LOOP_CODE, LocalDate.of(2026, 9, 1)));
    loop = Outcomes.done(lsw.processes().completeStep(loop.id(), manager(), "1",
        LocalDate.of(2026, 10, 1), EvidenceReference.of("Mapa Potencjałów Lokalnych: 3 pozycje")));
    loop = Outcomes.done(lsw.processes().completeStep(loop.id(), manager(), "2",
        LocalDate.of(2026, 10, 2), EvidenceReference.of("Rekomendacja: " + CLUB)));
    loop = Outcomes.done(lsw.processes().completeStep(loop.id(), chair(), "3",
        LocalDate.of(2026, 10, 5), EvidenceReference.of("Decyzja Komitetu Sterującego o zakresie działań")));
    loop = Outcomes.done(lsw.processes().completeStep(loop.id(), manager(), "4",
        LocalDate.of(2026, 11, 25), EvidenceReference.of(conclusions)));
    loop = Outcomes.done(lsw.processes().startNextIteration(loop.id(), manager(),
        StandardProcesses.ACTION_BANK_NEXT_ITERATION, LocalDate.of(2026, 11, 26),
        EvidenceReference.of(conclusions)));
    say(text("Pętla banku działań: iteracja " + loop.iterations().size() + " rozpoczęta z wnioskami rundy.",
        "The action-bank loop: iteration " + loop.iterations().size() + " started from the round's conclusions."));
  }

  // ------------------------------------------------------------------ what is shown

  private void describe(InitiativeBase base) {
    say(text("Mapa: " + base.entries().size() + " pozycje, bank: " + base.bank().size()
            + ", baza działań: " + base.actions().size() + ", rundy weryfikacji: " + base.rounds().size(),
        "Map: " + base.entries().size() + " entries, bank: " + base.bank().size()
            + ", action base: " + base.actions().size() + ", verification rounds: " + base.rounds().size()));
    for (Action a : base.actions()) {
      say("  * " + a.name() + ": " + a.status().display(options.locale()) + " ("
          + text("od ", "since ") + a.statusSince() + ")");
    }
  }

  private void printStaleness() {
    StalenessReport report = initiatives.staleness(kokon.id()).get();
    System.out.print(report.render(options.locale()));
  }

  private void printHistory() {
    InitiativeBase base = initiatives.find(kokon.id()).orElseThrow();
    MapEntry club = base.entries().stream().filter(e -> e.name().orElse("").equals(CLUB)).findFirst()
        .orElseThrow();
    say(text("Historia pozycji „" + CLUB + "”:", "The history of the entry \"" + CLUB + "\":"));
    for (Revision r : base.historyOf(club.id())) {
      say("  " + TIME.format(r.at()) + " " + BaseChangeKind.valueOf(r.kind()).display(options.locale()) + " — "
          + who(r.actor()) + ": " + changes(r));
    }
    Optional<Action> action = base.actions().stream().findFirst();
    action.ifPresent(a -> {
      say(text("Historia działania „" + a.name() + "”:", "The history of the action \"" + a.name() + "\":"));
      for (Revision r : base.historyOf(a.id())) {
        say("  " + BaseChangeKind.valueOf(r.kind()).display(options.locale()) + " — " + who(r.actor())
            + ": " + changes(r));
      }
    });
  }

  private String changes(Revision r) {
    StringBuilder sb = new StringBuilder();
    for (FieldChange c : r.changes()) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(HistoryFields.label(c.field()).map(l -> l.display(options.locale())).orElse(c.field()))
          .append(": ").append(c.from().map(v -> value(c.field(), v)).orElse("∅"))
          .append(" → ")
          .append(c.to().map(v -> value(c.field(), v)).orElse("∅"));
      if (sb.length() > 160) {
        sb.append(" …");
        break;
      }
    }
    return sb.toString();
  }

  /** A recorded value as people read it: names instead of the ids the history keeps. */
  private String value(String field, String recorded) {
    switch (field) {
      case "implementer":
        if (recorded.startsWith("organisation:")) {
          return lsw.organisations().findById(pl.lsw.core.organisation.OrganisationId.of(
              recorded.substring("organisation:".length()))).map(Organisation::name).orElse(recorded);
        }
        return recorded;
      case "entry":
        return initiatives.find(kokon.id()).flatMap(b -> b.entry(MapEntryId.of(recorded)))
            .flatMap(MapEntry::name).orElse(recorded);
      case "consortium":
        return kokon.consortia().stream().filter(c -> c.id().toString().equals(recorded))
            .map(c -> c.problem()).findFirst().orElse(recorded);
      default:
        return HistoryFields.display(field, recorded, options.locale());
    }
  }

  /** The name of the person of an actor reference ({@code person:<id>/<ROLE>}), in the role. */
  private String who(String reference) {
    String[] parts = reference.substring("person:".length()).split("/");
    String name = kokon.persons().stream().filter(p -> p.id().toString().equals(parts[0]))
        .map(Person::name).findFirst().orElse(parts[0]);
    return name + " (" + ActingRole.valueOf(parts[1]).display(options.locale()) + ")";
  }

  // ------------------------------------------------------------------ helpers

  private Organisation organisation(String name) {
    return PraskiKokon.partners().stream().filter(p -> p.draft().name().equals(name))
        .map(p -> Outcomes.registerOrFind(lsw.organisations(), p.draft())).findFirst().orElseThrow();
  }

  private PersonId person(String name) {
    return kokon.persons().stream().filter(p -> p.name().equals(name)).map(Person::id).findFirst()
        .orElseThrow(() -> new IllegalStateException("no person " + name));
  }

  private ActingPerson manager() {
    return ActingPerson.of(person(PartnershipExample.TT_MANAGER), ActingRole.TASK_TEAM_MANAGER);
  }

  private ActingPerson specialist() {
    return ActingPerson.of(person(PartnershipExample.KNOWLEDGE_SPECIALIST),
        ActingRole.KNOWLEDGE_MANAGEMENT_SPECIALIST);
  }

  private ActingPerson animator() {
    return ActingPerson.of(person(PartnershipExample.CAL_ANIMATOR), ActingRole.NETWORK_WORKER);
  }

  private ActingPerson steeringCommitteeMember() {
    return ActingPerson.of(person(PartnershipExample.CAL_DELEGATE),
        ActingRole.STEERING_COMMITTEE_MEMBER);
  }

  private ActingPerson consortiumMember() {
    return ActingPerson.of(person(PartnershipExample.CONSORTIUM_COORDINATOR),
        ActingRole.CONSORTIUM_MEMBER);
  }

  private ActingPerson chair() {
    return ActingPerson.of(person(PartnershipExample.DEPUTY_MAYOR), ActingRole.STEERING_COMMITTEE_CHAIR);
  }

  private static MapEntryId added(Either<Refusal, Change<InitiativeBase>> outcome) {
    return accepted(outcome).createdId(MapEntryId.class);
  }

  private static Change<InitiativeBase> accepted(Either<Refusal, Change<InitiativeBase>> outcome) {
    if (outcome.isLeft()) {
      throw new IllegalStateException("the example expected the command to be accepted, but it was "
          + outcome.getLeft());
    }
    return outcome.get();
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
