package pl.lsw.core.financing.advice;

import java.time.LocalDate;
import org.immutables.value.Value;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.organisation.OrganisationId;

/**
 * A task for which an organisation and a body look for a lawful funding procedure.
 *
 * <p>Build one with {@code ProcedureQuestion.builder().amount(..).taskPeriod(..).organisation(..)
 * .body(..).date(..).build()}; the other fields have defaults.
 *
 * <p>Polish: <i>pytanie o dopuszczalne tryby zlecenia zadania</i>.
 */
@Value.Immutable
abstract class AbstractProcedureQuestion {

  /** The grant asked for. */
  public abstract Money amount();

  /** The days the task would run, both ends included. */
  public abstract DateRange taskPeriod();

  /** The organisation (for a joint offer: the leading one). */
  public abstract OrganisationId organisation();

  /** The body that would pay. */
  public abstract GrantingBody body();

  /** The date the question is asked as of; it selects the parameters and is the would-be offer date. */
  public abstract LocalDate date();

  /** The task's title, used in messages. */
  @Value.Default
  public String taskTitle() {
    return "zadanie publiczne";
  }

  /** Whether the task is of local or regional character (default yes). */
  @Value.Default
  public boolean localOrRegional() {
    return true;
  }

  /** The mode the organisation would choose for a small grant (default support). */
  @Value.Default
  public FundingMode mode() {
    return FundingMode.SUPPORT;
  }

  /** How many organisations would make the offer together (default 1). */
  @Value.Default
  public int jointOfferOrganisations() {
    return 1;
  }

  /** Whether the local government defined the problem the task addresses (default no). */
  @Value.Default
  public boolean problemDefinedByLocalGovernment() {
    return false;
  }

  /** Refuses a non-positive amount or number of organisations. */
  @Value.Check
  protected void check() {
    if (!amount().isPositive()) {
      throw new IllegalArgumentException("the amount must be positive, was " + amount());
    }
    if (jointOfferOrganisations() < 1) {
      throw new IllegalArgumentException("at least one organisation makes the offer, was " + jointOfferOrganisations());
    }
  }
}
