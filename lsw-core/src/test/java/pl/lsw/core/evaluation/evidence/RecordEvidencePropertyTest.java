package pl.lsw.core.evaluation.evidence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.lsw.core.information.Dispatch;
import pl.lsw.core.initiative.InitiativeBase;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.testing.Property;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.typology.Ladder;
import pl.lsw.core.typology.Ladders;

/** Seeded properties of the records of random periods around February 2026. */
class RecordEvidencePropertyTest {

  private static final Partnership PARTNERSHIP = RecordsFixture.partnership();
  private static final InitiativeBase BASE = RecordsFixture.actionBase();
  private static final List<Dispatch> DISPATCHES = RecordsFixture.dispatches();
  private static final LocalDate ORIGIN = LocalDate.of(2026, 1, 20);

  private static DateRange period(Random rnd) {
    LocalDate start = ORIGIN.plusDays(rnd.nextInt(50));
    return DateRange.of(start, start.plusDays(rnd.nextInt(30)));
  }

  private static PartnershipRecords records(DateRange period) {
    return PartnershipRecords.of(period, PARTNERSHIP, Optional.of(BASE), DISPATCHES,
        PartnershipFixture::organisationName);
  }

  @Test
  void everyEntryIsOfThePeriod() {
    Property.forAll("entries lie in the period", 200, rnd -> {
      DateRange p = period(rnd);
      PartnershipRecords r = records(p);
      assertTrue(r.meetings().stream().allMatch(m -> p.contains(m.on())), p.toString());
      assertTrue(r.decisions().stream().allMatch(d -> p.contains(d.on())), p.toString());
      assertTrue(r.information().stream().allMatch(i -> p.contains(i.on())), p.toString());
      assertTrue(r.jointActions().stream().allMatch(a -> a.dates().overlaps(p)), p.toString());
      r.toCooperationRecord(List.of());
    });
  }

  @Test
  void aLongerPeriodNeverLosesEvidence() {
    Property.forAll("evidence grows with the period", 200, rnd -> {
      DateRange inner = period(rnd);
      DateRange outer = DateRange.of(inner.start().minusDays(rnd.nextInt(10)),
          inner.end().plusDays(rnd.nextInt(10)));
      for (Ladder l : Ladders.all()) {
        Set<String> small = indicators(l, records(inner));
        Set<String> large = indicators(l, records(outer));
        assertTrue(large.containsAll(small),
            l.code() + " " + inner + " " + small + " vs " + outer + " " + large);
      }
    });
  }

  private static Set<String> indicators(Ladder ladder, PartnershipRecords records) {
    return RecordEvidence.evidence(ladder, records).stream().map(Evidence::indicator)
        .collect(Collectors.toSet());
  }
}
