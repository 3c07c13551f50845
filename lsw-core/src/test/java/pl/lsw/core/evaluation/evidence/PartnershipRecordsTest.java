package pl.lsw.core.evaluation.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.evaluation.evidence.RecordsFixture.FIRST;
import static pl.lsw.core.evaluation.evidence.RecordsFixture.LAST;
import static pl.lsw.core.evaluation.evidence.RecordsFixture.PERIOD;
import static pl.lsw.core.partnership.PartnershipFixture.DISTRICT;
import static pl.lsw.core.partnership.PartnershipFixture.FORMER;
import static pl.lsw.core.partnership.PartnershipFixture.NGO;
import static pl.lsw.core.partnership.PartnershipFixture.OPS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.evaluation.CooperationRecord;
import pl.lsw.core.evaluation.EvaluationRules;
import pl.lsw.core.evaluation.EvaluationParameters;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.partnership.governance.BodyKind;

class PartnershipRecordsTest {

  private final PartnershipRecords records = RecordsFixture.records();

  @Test
  void membersAreThoseOfTheMembershipsCoveringAnyDayOfThePeriod() {
    assertEquals(List.of(DISTRICT, NGO, OPS, FORMER), records.members());
    assertEquals("Fundacja Kokon", records.displayName(NGO));
  }

  @Test
  void meetingsOnTheFirstAndLastDayCountTheDayBeforeAndAfterDoNot() {
    assertEquals(List.of(FIRST, LAST), records.meetings().stream()
        .map(PartnershipRecords.RecordedMeeting::on).toList());
    assertEquals(BodyKind.STEERING_COMMITTEE, records.meetings().get(0).body());
    assertEquals(Set.of(DISTRICT, NGO), records.meetings().get(0).present());
    assertEquals(Set.of(DISTRICT), records.meetings().get(1).present());
    assertEquals(1, records.meetingsOfPartners(2).size(), "the Task Team's meeting is one office");
    assertEquals(2, records.meetingsOfPartners(1).size());
  }

  @Test
  void decisionsOfThePeriodWithTheProposersOrganisation() {
    assertEquals(List.of(FIRST, LAST), records.decisions().stream()
        .map(PartnershipRecords.RecordedDecision::on).toList());
    assertTrue(records.decisions().stream().allMatch(d -> d.proposer().orElseThrow()
        .equals(DISTRICT)));
    assertEquals(List.of("plan wsparcia rodzin 2026"), records.jointDecisions().stream()
        .map(PartnershipRecords.RecordedDecision::subject).toList(),
        "an objected decision is not a joint one");
  }

  @Test
  void jointActionsThatRanInThePeriod() {
    assertEquals(List.of("Klub Rodzica — ferie", "Klub Rodzica — wiosna"),
        records.jointActions().stream().map(PartnershipRecords.JointAction::name).toList());
    PartnershipRecords.JointAction ferie = records.jointActions().get(0);
    assertEquals(DateRange.of(LocalDate.of(2026, 1, 10), FIRST), ferie.dates());
    assertEquals(Set.of(NGO, OPS), ferie.partners());
    assertEquals(DateRange.of(LAST, LAST), records.jointActions().get(1).dates(),
        "a running action is read up to the period's last day");
  }

  @Test
  void dispatchesAreTakenToDaysInWarsawAndToAllMeansEveryMemberOfThatDay() {
    assertEquals(List.of("Nabór do Banku Inicjatyw", "Zaproszenie na spotkanie",
        "Podsumowanie lutego"), records.information().stream()
        .map(PartnershipRecords.SentInformation::subject).toList());
    assertEquals(List.of(FIRST, LAST), records.informationToAll().stream()
        .map(PartnershipRecords.SentInformation::on).toList(),
        "the organisation that left on 20 February need not get the dispatch of the 28th");
    assertEquals(DISTRICT, records.information().get(0).sender().orElseThrow());
  }

  @Test
  void aPartnershipWithoutRecordsHasNone() {
    PartnershipRecords none = RecordsFixture.noRecords();
    assertTrue(none.isEmpty());
    assertFalse(records.isEmpty());
  }

  @Test
  void theCooperationRecordOfTheThreatDetectors() {
    CooperationRecord.Resource method = new CooperationRecord.Resource("metoda pracy z rodziną",
        FIRST, NGO, Set.of(OPS), true, false);
    CooperationRecord r = records.toCooperationRecord(List.of(method));
    assertEquals(PERIOD, r.period());
    assertEquals(records.members(), r.members());
    assertEquals(2, r.decisions().size());
    assertTrue(r.decisions().stream().allMatch(d -> d.proposer().equals(DISTRICT) && !d.imposed()));
    assertEquals(2, r.meetings().size());
    assertEquals(2, r.jointActions().size());
    assertEquals(List.of(method), r.resources());
    assertEquals("Urząd Dzielnicy Praga-Północ", r.displayName(DISTRICT));
    // 601: to NGO, OPS, FORMER; 602: to NGO; 603: to NGO, OPS
    assertEquals(6, r.exchanges().size());
    assertTrue(r.exchanges().stream().allMatch(e -> e.from().equals(DISTRICT)));
    var report = EvaluationRules.check(r, EvaluationParameters.defaults());
    assertTrue(report.findings().stream().anyMatch(f -> f.code().value().equals("TYP-DRAINING")),
        "the detectors run over the record: " + report.findings());
  }
}
