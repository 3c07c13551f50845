package pl.lsw.core.basket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.partnership.governance.MeetingId;

/**
 * The basket agreed at a partnership meeting: the meeting, the day, and the services in force
 * that day, which the partners agreed as the basket (seed 004: the basket is best accepted when
 * discussed at formal meetings).
 *
 * <p>Immutable. Polish: <i>uzgodnienie Lokalnego Koszyka Usług</i>.
 *
 * @param meeting the partnership meeting where it was agreed (recorded by the partnership)
 * @param date the day it was agreed
 * @param services the services agreed, in the basket's order; copied
 * @param recordedAt when the agreement was recorded
 */
public record BasketAgreement(MeetingId meeting, LocalDate date, List<BasketServiceId> services,
    Instant recordedAt) {

  /** Refuses nulls and copies the services. */
  public BasketAgreement {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(date, "date");
    services = List.copyOf(services);
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** Whether the service was agreed in this agreement. */
  public boolean covers(BasketServiceId service) {
    return services.contains(service);
  }
}
