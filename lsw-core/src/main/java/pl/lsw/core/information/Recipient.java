package pl.lsw.core.information;

import java.util.List;
import java.util.Objects;
import pl.lsw.core.organisation.OrganisationId;

/**
 * Whom a message is sent to: a member organisation of the partnership and the professional
 * e-mail addresses of its people registered in the partnership (possibly none: a portal channel
 * needs only the organisation). Never a family.
 *
 * <p>Immutable. Polish: <i>adresat informacji</i>.
 *
 * @param organisation the member organisation
 * @param emails the professional e-mail addresses of its registered people, in registration order
 */
public record Recipient(OrganisationId organisation, List<String> emails) {

  /**
   * Refuses nulls and copies the addresses.
   *
   * @param organisation the organisation
   * @param emails the addresses
   */
  public Recipient {
    Objects.requireNonNull(organisation, "organisation");
    emails = List.copyOf(emails);
  }
}
