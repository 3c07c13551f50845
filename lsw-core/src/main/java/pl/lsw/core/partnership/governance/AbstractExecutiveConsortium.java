package pl.lsw.core.partnership.governance;

import java.util.List;
import org.immutables.value.Value;
import pl.lsw.core.organisation.OrganisationId;

/**
 * An Executive Consortium: specialists of several organisations who work directly with families
 * on one concrete problem, chosen in a competition; several may exist; the Task Team monitors
 * them [000 §Konsorcjum Wykonawcze].
 *
 * <p>Polish: <i>Konsorcjum Wykonawcze (KW)</i>.
 */
@Value.Immutable
abstract class AbstractExecutiveConsortium {

  /** The body's id. */
  public abstract BodyId id();

  /** The problem the consortium addresses. */
  public abstract String problem();

  /** The reference of the competition it was chosen in (e.g. its number in the city's system). */
  public abstract String competitionReference();

  /** The member organisations. */
  public abstract List<OrganisationId> organisations();

  /** The specialists (persons of the member organisations). */
  public abstract List<PersonId> persons();
}
