package pl.lsw.core.financing.competition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pl.lsw.core.financing.offer.OfferId;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Money;

/**
 * What happened to a competition. Each event names the competition and when it happened.
 *
 * <p>Polish: <i>zdarzenie konkursu</i>.
 */
public sealed interface CompetitionEvent extends DomainEvent {

  /** The competition. */
  CompetitionId competition();

  @Override
  default String aggregateId() {
    return competition().toString();
  }

  /** {@code Competition} followed by the event's simple name, e.g. {@code CompetitionAnnounced}. */
  @Override
  default String type() {
    return "Competition" + getClass().getSimpleName();
  }

  /**
   * The competition was announced (Polish: <i>ogłoszono konkurs</i>).
   *
   * @param competition the competition
   * @param occurredAt when
   * @param lastPublication the day of the last publication
   * @param offerDeadline the offer deadline
   */
  record Announced(CompetitionId competition, Instant occurredAt, LocalDate lastPublication,
      LocalDate offerDeadline) implements CompetitionEvent {}

  /**
   * A competition was drafted and stored (Polish: <i>przygotowano projekt konkursu</i>).
   *
   * @param competition the competition
   * @param occurredAt when
   */
  record Drafted(CompetitionId competition, Instant occurredAt) implements CompetitionEvent {}

  /**
   * An offer was received (Polish: <i>wpłynęła oferta</i>).
   *
   * @param competition the competition
   * @param occurredAt when
   * @param offer the offer
   */
  record OfferReceived(CompetitionId competition, Instant occurredAt, OfferId offer) implements CompetitionEvent {}

  /**
   * The committee was appointed (Polish: <i>powołano komisję konkursową</i>).
   *
   * @param competition the competition
   * @param occurredAt when
   * @param members the number of members
   */
  record CommitteeAppointed(CompetitionId competition, Instant occurredAt, int members) implements CompetitionEvent {}

  /**
   * The offer period was closed (Polish: <i>zamknięto nabór ofert</i>).
   *
   * @param competition the competition
   * @param occurredAt when
   * @param closedOn the day
   * @param offers the number of offers received
   */
  record OffersClosed(CompetitionId competition, Instant occurredAt, LocalDate closedOn, int offers)
      implements CompetitionEvent {}

  /**
   * An offer was assessed (Polish: <i>oceniono ofertę</i>).
   *
   * @param competition the competition
   * @param occurredAt when
   * @param offer the offer
   * @param meetsRequirements the verdict on the requirements
   */
  record OfferAssessed(CompetitionId competition, Instant occurredAt, OfferId offer, boolean meetsRequirements)
      implements CompetitionEvent {}

  /**
   * Offers were chosen and grants awarded (Polish: <i>rozstrzygnięto konkurs</i>).
   *
   * @param competition the competition
   * @param occurredAt when
   * @param chosen the offers chosen
   * @param total the total awarded
   */
  record Decided(CompetitionId competition, Instant occurredAt, List<OfferId> chosen, Money total)
      implements CompetitionEvent {
    /** Copies the list. */
    public Decided {
      chosen = List.copyOf(chosen);
    }
  }

  /**
   * The competition was annulled (Polish: <i>unieważniono konkurs</i>).
   *
   * @param competition the competition
   * @param occurredAt when
   * @param reason the ground
   */
  record Annulled(CompetitionId competition, Instant occurredAt, AnnulmentReason reason) implements CompetitionEvent {}
}
