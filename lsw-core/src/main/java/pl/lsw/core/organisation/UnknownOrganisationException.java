package pl.lsw.core.organisation;

/**
 * An operation named an organisation that is not in the registry.
 *
 * <p>Polish: <i>nieznana organizacja</i>.
 */
public final class UnknownOrganisationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final OrganisationId id;

  /** Creates the exception for the id that was not found. */
  public UnknownOrganisationException(OrganisationId id) {
    super("no organisation with id " + id + " in the registry");
    this.id = id;
  }

  /** The id that was not found. */
  public OrganisationId id() {
    return id;
  }
}
