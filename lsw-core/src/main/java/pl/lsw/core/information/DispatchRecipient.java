package pl.lsw.core.information;

import java.util.Objects;
import pl.lsw.core.organisation.OrganisationId;

/**
 * One recipient of a dispatch as recorded: the member organisation and what became of the
 * message for it.
 *
 * <p>Immutable. Polish: <i>adresat wysyłki z wynikiem doręczenia</i>.
 *
 * @param organisation the member organisation
 * @param outcome delivered or failed
 */
public record DispatchRecipient(OrganisationId organisation, DeliveryOutcome outcome) {

  /**
   * Refuses nulls.
   *
   * @param organisation the organisation
   * @param outcome the outcome
   */
  public DispatchRecipient {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(outcome, "outcome");
  }
}
