package pl.lsw.core.financing.smallgrant;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.organisation.OrganisationId;

/**
 * What an organisation's small-grant offer says, as entered when it comes in; {@link
 * SmallGrant#receive} checks it and starts a {@link SmallGrant}. Nothing is checked when the
 * offer is built, so that {@code receive} can report every problem at once.
 *
 * <p>Polish: <i>oferta realizacji zadania publicznego w trybie art. 19a (uproszczona)</i>.
 */
@Value.Immutable
abstract class AbstractSmallGrantOffer {

  /** The body the offer is addressed to. */
  public abstract GrantingBody body();

  /** The applicant organisation. */
  public abstract OrganisationId applicant();

  /** The applicant's NIP, when given on the offer. */
  public abstract Optional<Nip> applicantNip();

  /** The task's title, not blank. */
  public abstract String taskTitle();

  /** Whether the task is of local or regional character (art. 19a ust. 1 pkt 1). */
  public abstract boolean localOrRegional();

  /** The days the task runs, both ends included. */
  public abstract DateRange taskPeriod();

  /** The grant asked for, positive. */
  public abstract Money amount();

  /** Support (co-financing) or entrusting (financing), as the organisation chose. */
  public abstract FundingMode mode();

  /** The day the offer came in. */
  public abstract LocalDate offerReceived();
}
