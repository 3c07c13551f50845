package pl.lsw.core.kernel.port;

import pl.lsw.core.kernel.AccessDecision;
import pl.lsw.core.kernel.AccessQuery;

/**
 * What the embedding system knows about access and the library cannot: whether this registry
 * clerk works for the registry, whether a person really is the organisation's representative,
 * whether an official really holds the position named. Every application service asks the policy
 * first, before its own checks, for every command it runs; a refusal by the policy is the
 * command's refusal, with the policy's problems, and nothing changes.
 *
 * <p>The library's own checks come after the policy and cannot be switched off by it: an official
 * acts only for the body that owns the grant, competition, contract, proposal, programme or
 * budget; an organisation's representative only for its own organisation's offer, grant, proposal
 * or contract; a person of a partnership only in a role they hold (see {@code docs/ACCESS.md}).
 * A policy can only refuse more.
 *
 * <p>Implementations must be thread-safe and must not change anything. Polish: <i>polityka
 * dostępu systemu osadzającego</i>.
 */
@FunctionalInterface
public interface AccessPolicy {

  /**
   * Decides whether the command may be run.
   *
   * @param query the capability, the command, its actor and the aggregate's id
   * @return permitted, or refused with every reason (in Polish and English)
   */
  AccessDecision decide(AccessQuery query);

  /**
   * The default policy: it permits every command, so a command is permitted exactly when the
   * library's own role checks permit it.
   *
   * @return the policy of the library's role checks alone
   */
  static AccessPolicy libraryRoles() {
    return query -> AccessDecision.permitted();
  }
}
