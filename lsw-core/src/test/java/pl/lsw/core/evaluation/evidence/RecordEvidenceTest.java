package pl.lsw.core.evaluation.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.evaluation.evidence.RecordsFixture.AFTER;
import static pl.lsw.core.evaluation.evidence.RecordsFixture.PERIOD;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.initiative.InitiativeBase;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.typology.EvidenceSource;
import pl.lsw.core.typology.Indicator;
import pl.lsw.core.typology.Ladder;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.Ladders;

class RecordEvidenceTest {

  private static final LocalDate ON = LocalDate.of(2026, 3, 2);
  private final PartnershipRecords records = RecordsFixture.records();

  @Test
  void theSeedLadderFromRecordsOnlyReachesCooperation() {
    List<Evidence> evidence = RecordEvidence.evidence(Ladders.SEED_001, records);
    assertEquals(List.of("INFORMATION_EXCHANGE", "INFORMATION_EXCHANGE", "MUTUAL_ADJUSTMENT",
        "JOINT_PLANNING"), evidence.stream().map(Evidence::indicator).toList());
    assertTrue(evidence.stream().allMatch(e -> e.source() == EvidenceSource.RECORDS));
    LadderAssessment a = RecordEvidence.assess(Ladders.SEED_001, ON, records, List.of());
    assertEquals("COOPERATION", a.reached().orElseThrow().code());
    assertEquals(List.of("MUTUAL_TRUST", "OPENNESS_TO_CHANGE", "MUTUAL_LEARNING"),
        a.missingForNext().stream().map(Indicator::code).toList());
  }

  @Test
  void notesNameTheDaysCountsAndOrganisationsNotIds() {
    List<Evidence> evidence = RecordEvidence.evidence(Ladders.SEED_001, records);
    String info = evidence.get(0).note();
    assertEquals("Dokumentacja partnerstwa, okres 01.02.2026–28.02.2026: informacja wysłana do"
        + " wszystkich członków – 2 (wymagane co najmniej 1): 01.02.2026 „Nabór do Banku"
        + " Inicjatyw”; 28.02.2026 „Podsumowanie lutego”", info);
    String meetings = evidence.get(1).note();
    assertTrue(meetings.contains("01.02.2026 Komitet Sterujący, obecni: Urząd Dzielnicy"
        + " Praga-Północ, Fundacja Kokon"), meetings);
    String action = evidence.get(2).note();
    assertTrue(action.contains("„Klub Rodzica — ferie” 10.01.2026–01.02.2026, partnerzy: Fundacja"
        + " Kokon, Ośrodek Pomocy Społecznej Dzielnicy Praga-Północ"), action);
    assertTrue(action.contains("– 2 "), action);
    String decision = evidence.get(3).note();
    assertTrue(decision.contains("28.02.2026 „plan wsparcia rodzin 2026”, z wniosku: Urząd"
        + " Dzielnicy Praga-Północ"), decision);
    for (Evidence e : evidence) {
      assertFalse(e.note().contains(PartnershipFixture.uuid(1).toString()), e.note());
    }
  }

  @Test
  void notesInEnglish() {
    List<Evidence> evidence = RecordEvidence.evidence(Ladders.SEED_001,
        RecordEvidenceMap.SEED_001, records, ParameterSet.empty(), Locale.ENGLISH);
    assertTrue(evidence.get(0).note().startsWith("The partnership's records, period 2026-02-01"
        + " to 2026-02-28: information sent to all members, 2 (at least 1 required)"),
        evidence.get(0).note());
  }

  @Test
  void aPartnershipWithNoRecordsGivesNoRecordEvidence() {
    PartnershipRecords none = RecordsFixture.noRecords();
    for (Ladder l : Ladders.all()) {
      assertEquals(List.of(), RecordEvidence.evidence(l, none), l.code());
    }
    EvidenceOverview o = RecordEvidence.overview(Ladders.SEED_001, ON, none, List.of());
    assertTrue(o.assessment().reached().isEmpty());
    assertEquals(List.of("INFORMATION_EXCHANGE", "MUTUAL_ADJUSTMENT", "JOINT_PLANNING"),
        codes(o.notInRecords()));
    assertEquals(List.of("MUTUAL_TRUST", "OPENNESS_TO_CHANGE", "MUTUAL_LEARNING"),
        codes(o.notRecordable()));
  }

  @Test
  void eventsOnlyOnTheDayAfterThePeriodGiveNoEvidence() {
    PartnershipRecords march = PartnershipRecords.of(DateRange.single(AFTER.plusDays(1)),
        RecordsFixture.partnership(), Optional.of(RecordsFixture.actionBase()),
        RecordsFixture.dispatches(), PartnershipFixture::organisationName);
    assertTrue(march.meetings().isEmpty() && march.decisions().isEmpty()
        && march.information().isEmpty());
    // the running action "marzec" started on 1 March is still running on 2 March
    assertEquals(List.of("MUTUAL_ADJUSTMENT"), RecordEvidence.evidence(Ladders.SEED_001, march)
        .stream().map(Evidence::indicator).toList());
    PartnershipRecords dayAfter = PartnershipRecords.of(DateRange.single(AFTER),
        PartnershipFixture.governed(), Optional.of(InitiativeBase.empty(PartnershipFixture.ID)),
        List.of(RecordsFixture.dispatches().get(3)), PartnershipFixture::organisationName);
    assertEquals(1, dayAfter.informationToAll().size(), "00:30 in Warsaw is the next day");
    PartnershipRecords february = PartnershipRecords.of(PERIOD, PartnershipFixture.governed(),
        Optional.empty(), List.of(RecordsFixture.dispatches().get(3)),
        PartnershipFixture::organisationName);
    assertEquals(List.of(), RecordEvidence.evidence(Ladders.SEED_001, february));
  }

  @Test
  void personsAddWhatRecordsCannotShow() {
    List<Evidence> persons = List.of(
        Evidence.fromPerson("MUTUAL_TRUST", "wywiad z dyrektorem OPS, 01.03.2026"),
        Evidence.fromPerson("OPENNESS_TO_CHANGE", "ankieta Zespołu Zadaniowego"),
        Evidence.fromPerson("MUTUAL_LEARNING", "obserwacja superwizora"),
        Evidence.fromPerson("JOINT_PLANNING", "relacja kierownika Zespołu Zadaniowego"));
    EvidenceOverview o = RecordEvidence.overview(Ladders.SEED_001, ON, records, persons);
    assertEquals("PARTNERSHIP", o.assessment().reached().orElseThrow().code());
    assertEquals(List.of("INFORMATION_EXCHANGE", "MUTUAL_ADJUSTMENT", "JOINT_PLANNING"),
        codes(o.fromRecords()));
    assertEquals(List.of("JOINT_PLANNING", "MUTUAL_TRUST", "OPENNESS_TO_CHANGE",
        "MUTUAL_LEARNING"), codes(o.fromPersons()));
    assertEquals(List.of(), o.missing());
    List<String> lines = o.explanation(Locale.forLanguageTag("pl"));
    assertTrue(lines.contains("„wspólne planowanie zmieniające formy pracy”: dowód z dokumentacji"
        + " partnerstwa i z relacji osoby"), String.join("\n", lines));
    assertTrue(lines.contains("„wzajemna znajomość i zaufanie”: dowód z relacji osoby"),
        String.join("\n", lines));
    assertEquals(RecordEvidence.assess(Ladders.SEED_001, ON, records, persons), o.assessment());
  }

  @Test
  void explanationSaysWhatAPersonMustSay() {
    EvidenceOverview o = RecordEvidence.overview(Ladders.SEED_001, ON,
        RecordsFixture.noRecords(), List.of());
    List<String> en = o.explanation(Locale.ENGLISH);
    assertTrue(en.contains("\"mutual learning\": no evidence; the partnership's records cannot"
        + " show it, a person must say"), String.join("\n", en));
    assertTrue(en.stream().anyMatch(l -> l.startsWith("\"exchanging information\": no evidence;"
        + " the records of 2026-02-01 to 2026-02-28 hold none")), String.join("\n", en));
  }

  @Test
  void thresholdsAreDatedParameters() {
    ParameterSet two = ParameterSet.empty()
        .with(RecordEvidenceParameters.MIN_MEETINGS, LocalDate.of(2026, 1, 1), 2)
        .with(RecordEvidenceParameters.MIN_INFORMATION_TO_ALL, LocalDate.of(2026, 3, 1), 5);
    List<Evidence> e = RecordEvidence.evidence(Ladders.SEED_001, RecordEvidenceMap.SEED_001,
        records, two, Locale.ROOT);
    assertEquals(List.of("INFORMATION_EXCHANGE", "MUTUAL_ADJUSTMENT", "JOINT_PLANNING"),
        e.stream().map(Evidence::indicator).toList(),
        "one partners' meeting is below 2; the higher dispatch threshold is not valid yet");
    assertTrue(e.get(0).note().contains("informacja wysłana"), e.get(0).note());
    ParameterSet oneOrganisation = ParameterSet.empty()
        .with(RecordEvidenceParameters.MIN_MEETINGS, LocalDate.of(2026, 1, 1), 2)
        .with(RecordEvidenceParameters.MEETING_MIN_ORGANISATIONS, LocalDate.of(2026, 1, 1), 1);
    assertEquals(4, RecordEvidence.evidence(Ladders.SEED_001, RecordEvidenceMap.SEED_001,
        records, oneOrganisation, Locale.ROOT).size());
    assertEquals(5, RecordEvidenceParameters.keys().size());
    assertTrue(RecordEvidenceParameters.keys().stream()
        .allMatch(RecordEvidenceParameters.defaults()::contains));
  }

  @Test
  void everyShippedLadderHasAMapOfItsOwnIndicators() {
    for (Ladder l : Ladders.all()) {
      RecordEvidenceMap m = RecordEvidenceMap.forLadder(l);
      assertEquals(l.code(), m.ladderCode());
      assertEquals(m, RecordEvidenceMap.of(l, m.signals()), l.code());
      assertFalse(m.signals().isEmpty(), l.code());
    }
    assertEquals(List.of(RecordSignal.JOINT_DECISIONS),
        RecordEvidenceMap.SEED_001.signalsFor(Ladders.SEED_001.indicator("JOINT_PLANNING")
            .orElseThrow()));
    assertFalse(RecordEvidenceMap.HIMMELMAN.recordable(Ladders.HIMMELMAN
        .indicator("SHARING_RESOURCES").orElseThrow()));
    Ladder own = Ladder.of("OWN_LADDER", "własna", "own", "warsztat",
        pl.lsw.core.typology.LadderStage.of("ONE", "jeden", "one",
            Indicator.of("TALKING", "rozmowy", "talking")));
    assertTrue(RecordEvidenceMap.forLadder(own).signals().isEmpty());
    assertEquals(List.of(), RecordEvidence.evidence(own, records));
  }

  @Test
  void aMapIsCheckedAgainstItsLadder() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RecordEvidenceMap.of(Ladders.SEED_001, Map.of("NO_SUCH", List.of(
            RecordSignal.JOINT_ACTIONS), "MUTUAL_TRUST", List.of())));
    assertEquals(2, e.problems().size());
  }

  @Test
  void frey2006FromRecords() {
    LadderAssessment a = RecordEvidence.assess(Ladders.FREY_2006, ON, records, List.of());
    assertEquals("COALITION", a.reached().orElseThrow().code());
  }

  private static List<String> codes(List<Indicator> indicators) {
    return indicators.stream().map(Indicator::code).toList();
  }
}
