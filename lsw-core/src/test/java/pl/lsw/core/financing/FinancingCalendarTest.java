package pl.lsw.core.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.FinancingFixtures.NOW;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.Lsw;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.financing.contract.ContractRules;
import pl.lsw.core.financing.contract.FinalReport;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.store.port.LswStore;

/** The working-day calendar given to {@code Lsw.builder().calendar(..)} is the one financing's rules read. */
class FinancingCalendarTest {

  /** Thirty days after the task's end (30 June 2026): Thursday 30 July 2026, a working day in Poland. */
  private static final LocalDate DUE = LocalDate.of(2026, 7, 30);

  private static final WorkingDayCalendar DUE_DAY_OFF = date -> !date.equals(DUE)
      && WorkingDayCalendar.polish().isWorkingDay(date);

  /** A store whose contracts are in memory; the other parts are never used here. */
  private static LswStore store() {
    InMemoryRepositories.Contracts contracts = new InMemoryRepositories.Contracts();
    Map<String, Object> parts = Map.of("outbox", new pl.lsw.core.kernel.service.ListOutbox(), "contracts", contracts,
        "competitions", new InMemoryRepositories.Competitions(),
        "ownInitiativeProposals", new InMemoryRepositories.Proposals(),
        "cooperationProgrammes", new InMemoryRepositories.Programmes());
    return (LswStore) Proxy.newProxyInstance(LswStore.class.getClassLoader(), new Class<?>[] {LswStore.class},
        (proxy, method, args) -> {
          if (parts.containsKey(method.getName())) {
            return parts.get(method.getName());
          }
          if (method.getReturnType().isInterface()) {
            return Proxy.newProxyInstance(LswStore.class.getClassLoader(), new Class<?>[] {method.getReturnType()},
                (p, m, a) -> {
                  throw new UnsupportedOperationException(m.getName());
                });
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private static Lsw lsw(WorkingDayCalendar calendar) {
    return Lsw.builder().store(store()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).ids(UUID::randomUUID)
        .events(e -> { }).calendar(calendar).build();
  }

  /** Signs the fixture contract, submits its final report a day after the Polish due day, checks FIN-REPORT-FINAL. */
  private static List<String> finalReportFindings(Lsw lsw) {
    GrantingOfficial official = new GrantingOfficial(FinancingFixtures.PRESIDENT, "naczelnik wydziału");
    ContractId id = lsw.contracts().sign(official, FinancingFixtures.contract().build()).get()
        .createdId(ContractId.class);
    OrganisationRepresentative contractor = new OrganisationRepresentative(FinancingFixtures.ORG_A,
        "Anna Nowak, prezeska zarządu");
    lsw.contracts().submitFinalReport(id, contractor, new FinalReport(DUE.plusDays(1), Money.ofZloty(8_000))).get();
    Contract stored = lsw.contracts().find(id).orElseThrow();
    return ContractRules.check(stored, LocalDate.of(2026, 12, 31), lsw.ruleEnvironment()).findings().stream()
        .filter(f -> f.code().value().equals("FIN-REPORT-FINAL")).map(Finding::messageKey).toList();
  }

  @Test
  void a_contract_report_deadline_follows_the_calendar_given_to_lsw() {
    assertEquals(List.of("FIN-REPORT-FINAL.late"), finalReportFindings(lsw(WorkingDayCalendar.polish())));
    assertEquals(List.of(), finalReportFindings(lsw(DUE_DAY_OFF)));
  }

  @Test
  void every_financing_capability_gets_the_one_environment_lsw_built() {
    Lsw lsw = lsw(DUE_DAY_OFF);
    assertTrue(lsw.ruleEnvironment().calendar() == DUE_DAY_OFF);
    assertTrue(lsw.ruleEnvironment().referenceData().find(WorkingDayCalendar.class).orElseThrow() == DUE_DAY_OFF);
    assertTrue(lsw.competitions().environment() == lsw.ruleEnvironment());
    assertTrue(lsw.contracts().environment() == lsw.ruleEnvironment());
  }
}
