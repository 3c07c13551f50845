package pl.lsw.core.partnership.governance;

import java.util.Objects;

/**
 * A seat on the Steering Committee: a person representing a partner, with or without a mandate
 * to commit that partner ({@code GOV-MANDATE}, 001 §5.1.1).
 *
 * <p>Polish: <i>członek Komitetu Sterującego (z upoważnieniem lub bez)</i>.
 *
 * @param person the person
 * @param mandate whether the person may commit their organisation
 */
public record SteeringCommitteeMember(PersonId person, boolean mandate) {

  /** Refuses a null person. */
  public SteeringCommitteeMember {
    Objects.requireNonNull(person, "person");
  }

  /** A member holding a mandate. */
  public static SteeringCommitteeMember withMandate(PersonId person) {
    return new SteeringCommitteeMember(person, true);
  }

  /** A member without a mandate. */
  public static SteeringCommitteeMember withoutMandate(PersonId person) {
    return new SteeringCommitteeMember(person, false);
  }
}
