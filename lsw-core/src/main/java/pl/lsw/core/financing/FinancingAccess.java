package pl.lsw.core.financing;

import static pl.lsw.core.financing.FinancingProblems.PROBLEMS;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;

/**
 * The library's own access checks of the financing services, made after the embedder's access
 * policy and before the command: an official acts only for the body that owns the grant,
 * competition, contract, proposal, programme or planned budget ({@code
 * OFFICIAL_OF_ANOTHER_BODY}); an organisation's representative only for its own organisation's
 * offer, grant, proposal or contract ({@code REPRESENTATIVE_OF_ANOTHER_ORGANISATION}); a command
 * that only an official or a representative may give refuses any other actor ({@code
 * FINANCING_ROLE_NOT_ALLOWED}). Each answers the problems found, none when permitted.
 *
 * <p>Polish: <i>sprawdzenie uprawnień w usługach finansowania</i>.
 */
public final class FinancingAccess {

  private FinancingAccess() {}

  /**
   * An official of the owning body.
   *
   * @param official who gives the command
   * @param owner the body that owns what the command changes
   * @return {@code OFFICIAL_OF_ANOTHER_BODY}, or nothing
   */
  public static List<Problem> official(GrantingOfficial official, GrantingBody owner) {
    Objects.requireNonNull(official, "official");
    Objects.requireNonNull(owner, "owner");
    if (official.body().equals(owner)) {
      return List.of();
    }
    return List.of(PROBLEMS.problem("official", "OFFICIAL_OF_ANOTHER_BODY", "official",
        official.position(), "actorBody", official.body().name(), "body", owner.name()));
  }

  /**
   * A representative of one of the organisations the matter is about.
   *
   * @param representative who gives the command
   * @param organisations the applicant, the offer's applicants, the contract's parties …
   * @return {@code REPRESENTATIVE_OF_ANOTHER_ORGANISATION}, or nothing
   */
  public static List<Problem> representative(OrganisationRepresentative representative,
      Collection<OrganisationId> organisations) {
    Objects.requireNonNull(representative, "representative");
    if (organisations.contains(representative.organisation())) {
      return List.of();
    }
    return List.of(PROBLEMS.problem("representative", "REPRESENTATIVE_OF_ANOTHER_ORGANISATION",
        "representative", representative.name()));
  }

  /**
   * An official of the owning body, or a representative of one of the organisations; any other
   * actor is refused.
   *
   * @param actor who gives the command
   * @param owner the owning body
   * @param organisations the organisations the matter is about
   * @return the problems, or nothing
   */
  public static List<Problem> officialOrRepresentative(Actor actor, GrantingBody owner,
      Collection<OrganisationId> organisations) {
    Objects.requireNonNull(actor, "actor");
    if (actor instanceof GrantingOfficial official) {
      return official(official, owner);
    }
    if (actor instanceof OrganisationRepresentative representative) {
      return representative(representative, organisations);
    }
    return List.of(PROBLEMS.problem("actor", "FINANCING_ROLE_NOT_ALLOWED", "actor", actor,
        "allowed", List.of(FinancingRole.GRANTING_OFFICIAL, FinancingRole.ORGANISATION_REPRESENTATIVE)));
  }
}
