package pl.lsw.core.financing.smallgrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.GrantingBodyKind;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.rules.RuleCode;

class SmallGrantEntryTest {

  static final RuleCode CAP = RuleCode.of("FIN-SMALL-GRANT-YEARLY-CAP");
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
  static final GrantingBody PRAGA = GrantingBody.builder().name("Zarząd Dzielnicy Praga-Północ")
      .area(TerytCode.of("1465088")).kind(GrantingBodyKind.DISTRICT_BOARD).build();
  final SmallGrantChecker checker = SmallGrantChecker.statutory();

  static SmallGrantEntry entry(String number, String nip, String amount, LocalDate contract) {
    LocalDate received = LocalDate.of(2026, 3, 2);
    return SmallGrantEntry.builder().registerNumber(number).body(PRAGA).applicantNip(Nip.of(nip))
        .applicantName("Fundacja Korale").taskTitle("Piknik").amount(Money.of(amount))
        .taskPeriod(DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 30))).offerReceived(received)
        .publications(List.of(new Publication(PublicationPlace.BIP, received.plusDays(1), received.plusDays(8)),
            new Publication(PublicationPlace.NOTICE_BOARD, received.plusDays(1), received.plusDays(8)),
            new Publication(PublicationPlace.WEBSITE, received.plusDays(1), received.plusDays(8))))
        .localOrRegional(true).contractDate(Optional.ofNullable(contract)).build();
  }

  @Test
  void an_entry_refuses_a_blank_number_and_a_contract_before_the_offer_with_every_problem() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> entry(" ", "5241000122", "100", LocalDate.of(2026, 3, 1)));
    assertEquals(List.of("SMALL_GRANT_ENTRY_NUMBER", "SMALL_GRANT_ENTRY_CONTRACT_BEFORE_RECEIPT"),
        e.problems().stream().map(p -> p.code()).toList());
  }

  @Test
  void a_register_is_reported_by_register_number_with_totals_named_and_per_local_government() {
    List<SmallGrantEntry> entries = List.of(entry("MG/1", "5241000122", "9000", LocalDate.of(2026, 3, 12)),
        entry("MG/2", "5241000122", "9000", LocalDate.of(2026, 3, 13)),
        entry("MG/3", "5241000122", "2000.01", LocalDate.of(2026, 3, 14)));
    List<PlannedGrantBudget> plan = List.of(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(1_000_000)));
    SmallGrantRegisterReport r = checker.checkRegister(entries, plan, List.of(), AS_OF);
    assertEquals(List.of("MG/1", "MG/2", "MG/3"), List.copyOf(r.reports().keySet()));
    assertTrue(r.reportOf("MG/1").isCompliant());
    assertEquals(1, r.reportOf("MG/3").findingsOf(CAP).size());
    assertEquals("MG/3", r.reportOf("MG/3").subjectReference());
    assertTrue(r.hasMustViolations());
    assertEquals("Fundacja Korale", r.organisationTotals().get(0).name());
    assertEquals(Money.of("20000.01"), r.organisationTotals().get(0).totals().total());
    LocalGovernmentYearTotal unit = r.localGovernmentTotals().get(0);
    assertEquals(TerytCode.of("1465011"), unit.localGovernment());
    assertEquals(Optional.of(true), unit.withinLimit());
    assertEquals(Optional.empty(), unit.name());
    assertThrows(IllegalArgumentException.class, () -> r.reportOf("MG/9"));
  }

  @Test
  void the_verdicts_are_those_of_the_batch_check_of_the_same_grants() {
    List<SmallGrantEntry> entries = List.of(entry("A", "5241000122", "9000", null),
        entry("B", "5241000122", "12000", LocalDate.of(2026, 3, 12)));
    SmallGrantRegisterReport r = checker.checkRegister(entries, List.of(), List.of(), AS_OF);
    SmallGrantBatchReport batch = checker.checkAll(entries.stream()
        .map(e -> e.asGrant(SmallGrantChecker.registerGrantId(e.registerNumber()),
            SmallGrantEntry.organisationIdOf(e.applicantNip()))).toList(), List.of(), AS_OF);
    for (SmallGrantEntry e : entries) {
      assertEquals(batch.reportOf(SmallGrantChecker.registerGrantId(e.registerNumber())).findings(),
          r.reportOf(e.registerNumber()).findings());
    }
    assertFalse(r.localGovernmentTotals().get(0).withinLimit().isPresent());
  }

  @Test
  void a_duplicate_register_number_is_refused() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> checker.checkRegister(
        List.of(entry("MG/1", "5241000122", "100", null), entry("MG/1", "5241000122", "200", null)),
        List.of(), List.of(), AS_OF));
    assertEquals("SMALL_GRANT_DUPLICATE_REGISTER_NUMBER", e.problems().get(0).code());
  }
}
