package pl.lsw.core.partnership.governance;

import java.util.Objects;

/**
 * A person in a Model Kooperacji team and the role they play there.
 *
 * <p>Polish: <i>członek zespołu kooperacji</i>.
 *
 * @param person the person
 * @param role their role in the model
 */
public record CooperationTeamMember(PersonId person, CooperationModelRole role) {

  /** Refuses null components. */
  public CooperationTeamMember {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
  }
}
