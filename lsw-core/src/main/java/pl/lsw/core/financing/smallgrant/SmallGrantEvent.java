package pl.lsw.core.financing.smallgrant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.kernel.DomainEvent;

/**
 * What happened to a small grant; published by {@link SmallGrantService} after the grant was stored.
 *
 * <p>Polish: <i>zdarzenie w postępowaniu o mały grant</i>.
 */
public sealed interface SmallGrantEvent extends DomainEvent {

  /** The grant's id. */
  GrantId grantId();

  /** The grant's id as text. */
  @Override
  default String aggregateId() {
    return grantId().toString();
  }

  /**
   * An offer came in. Polish: <i>wpływ oferty</i>.
   *
   * @param grantId the grant
   * @param received the receipt date
   * @param occurredAt when recorded
   */
  record OfferReceived(GrantId grantId, LocalDate received, Instant occurredAt) implements SmallGrantEvent {
    /** Refuses nulls. */
    public OfferReceived {
      Objects.requireNonNull(grantId, "grantId");
      Objects.requireNonNull(received, "received");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The offer was posted in a place. Polish: <i>zamieszczenie oferty</i>.
   *
   * @param grantId the grant
   * @param publication the posting
   * @param occurredAt when recorded
   */
  record OfferPublished(GrantId grantId, Publication publication, Instant occurredAt) implements SmallGrantEvent {
    /** Refuses nulls. */
    public OfferPublished {
      Objects.requireNonNull(grantId, "grantId");
      Objects.requireNonNull(publication, "publication");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A comment came in. Polish: <i>wpływ uwagi</i>.
   *
   * @param grantId the grant
   * @param index the comment's position (from 0)
   * @param comment the comment
   * @param occurredAt when recorded
   */
  record CommentReceived(GrantId grantId, int index, Comment comment, Instant occurredAt) implements SmallGrantEvent {
    /** Refuses nulls. */
    public CommentReceived {
      Objects.requireNonNull(grantId, "grantId");
      Objects.requireNonNull(comment, "comment");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A comment was considered. Polish: <i>rozpatrzenie uwagi</i>.
   *
   * @param grantId the grant
   * @param index the comment's position (from 0)
   * @param consideration the consideration
   * @param occurredAt when recorded
   */
  record CommentConsidered(GrantId grantId, int index, Consideration consideration, Instant occurredAt)
      implements SmallGrantEvent {
    /** Refuses nulls. */
    public CommentConsidered {
      Objects.requireNonNull(grantId, "grantId");
      Objects.requireNonNull(consideration, "consideration");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The comment period was closed. Polish: <i>zamknięcie okresu uwag</i>.
   *
   * @param grantId the grant
   * @param closedOn the day it was closed
   * @param occurredAt when recorded
   */
  record CommentPeriodClosed(GrantId grantId, LocalDate closedOn, Instant occurredAt) implements SmallGrantEvent {
    /** Refuses nulls. */
    public CommentPeriodClosed {
      Objects.requireNonNull(grantId, "grantId");
      Objects.requireNonNull(closedOn, "closedOn");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The contract was signed. Polish: <i>zawarcie umowy</i>.
   *
   * @param grantId the grant
   * @param contractDate the contract date
   * @param occurredAt when recorded
   */
  record Contracted(GrantId grantId, LocalDate contractDate, Instant occurredAt) implements SmallGrantEvent {
    /** Refuses nulls. */
    public Contracted {
      Objects.requireNonNull(grantId, "grantId");
      Objects.requireNonNull(contractDate, "contractDate");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The body refused the task. Polish: <i>odmowa</i>.
   *
   * @param grantId the grant
   * @param on the day of the refusal
   * @param reason the reason given
   * @param occurredAt when recorded
   */
  record Refused(GrantId grantId, LocalDate on, String reason, Instant occurredAt) implements SmallGrantEvent {
    /** Refuses nulls. */
    public Refused {
      Objects.requireNonNull(grantId, "grantId");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The organisation withdrew its offer. Polish: <i>wycofanie oferty</i>.
   *
   * @param grantId the grant
   * @param on the day of the withdrawal
   * @param occurredAt when recorded
   */
  record Withdrawn(GrantId grantId, LocalDate on, Instant occurredAt) implements SmallGrantEvent {
    /** Refuses nulls. */
    public Withdrawn {
      Objects.requireNonNull(grantId, "grantId");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }
}
