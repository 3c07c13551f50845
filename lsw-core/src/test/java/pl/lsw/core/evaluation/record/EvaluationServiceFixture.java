package pl.lsw.core.evaluation.record;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import pl.lsw.core.StandardRules;
import pl.lsw.core.information.InMemoryDispatches;
import pl.lsw.core.initiative.InMemoryInitiativeBases;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.partnership.InMemoryOrganisations;
import pl.lsw.core.partnership.InMemoryPartnerships;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.rules.RuleEnvironment;

/**
 * An evaluation service over in-memory ports, with a fixed clock (1 December 2026, Warsaw), ids
 * counted from a prefix of the test's own and the events it published.
 */
public final class EvaluationServiceFixture {

  /** The instant of every change. */
  public static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  /** The rules' environment: the standard parameters and the Polish calendar. */
  public static final RuleEnvironment ENVIRONMENT =
      RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish());

  /** Where the service keeps the evaluations. */
  public final InMemoryEvaluations evaluations = new InMemoryEvaluations();
  /** The Action Bases the service reads. */
  public final InMemoryInitiativeBases actionBases = new InMemoryInitiativeBases();
  /** The dispatches the service reads. */
  public final InMemoryDispatches dispatches = new InMemoryDispatches();
  /** The events the service published, in order. */
  public final List<DomainEvent> published = new ArrayList<>();
  /** The service. */
  public final EvaluationService service;

  private EvaluationServiceFixture(long idPrefix, Partnership partnership) {
    InMemoryPartnerships partnerships = new InMemoryPartnerships();
    partnerships.save(partnership.withVersion(0));
    AtomicLong n = new AtomicLong(1000);
    service = new EvaluationService(evaluations, partnerships, actionBases, dispatches,
        new InMemoryOrganisations(), Clock.fixed(NOW, ZoneId.of("Europe/Warsaw")),
        () -> new UUID(idPrefix, n.incrementAndGet()), published::add, ENVIRONMENT, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
  }

  /**
   * A service that knows one partnership.
   *
   * @param idPrefix the high bits of the ids it makes
   * @param partnership the partnership
   * @return the fixture
   */
  public static EvaluationServiceFixture of(long idPrefix, Partnership partnership) {
    return new EvaluationServiceFixture(idPrefix, partnership);
  }

  /**
   * A service that knows the governed partnership of {@link PartnershipFixture#governed()}.
   *
   * @param idPrefix the high bits of the ids it makes
   * @return the fixture
   */
  public static EvaluationServiceFixture governed(long idPrefix) {
    return of(idPrefix, PartnershipFixture.governed());
  }
}
