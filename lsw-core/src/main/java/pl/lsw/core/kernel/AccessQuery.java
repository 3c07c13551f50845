package pl.lsw.core.kernel;

import java.util.Objects;
import java.util.Optional;

/**
 * One command as the embedder's {@link pl.lsw.core.kernel.port.AccessPolicy access policy} sees
 * it before the library runs it: which capability, which command, who gives it and, for a command
 * to something stored, the id of that aggregate.
 *
 * <p>The capability is named as its entry point on {@code Lsw} ({@code "smallGrants"}, {@code
 * "partnerships"} …) and the command as the service's method ({@code "publish"}, {@code
 * "admitMember"} …), the names used in {@code docs/ACCESS.md}.
 *
 * <p>Immutable. Polish: <i>pytanie o dostęp (polecenie przed wykonaniem)</i>.
 *
 * @param capability the capability, e.g. {@code "contracts"}
 * @param command the command, e.g. {@code "amend"}
 * @param actor who gives the command
 * @param aggregateId the id of the aggregate the command changes; empty for a command that
 *     creates one
 */
public record AccessQuery(String capability, String command, Actor actor,
    Optional<Object> aggregateId) {

  /** Refuses null components. */
  public AccessQuery {
    Objects.requireNonNull(capability, "capability");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(aggregateId, "aggregateId");
  }

  /**
   * The query for a command that creates an aggregate.
   *
   * @param capability the capability
   * @param command the command
   * @param actor who gives it
   * @return the query
   */
  public static AccessQuery creating(String capability, String command, Actor actor) {
    return new AccessQuery(capability, command, actor, Optional.empty());
  }

  /**
   * The query for a command to a stored aggregate.
   *
   * @param capability the capability
   * @param command the command
   * @param actor who gives it
   * @param aggregateId the aggregate's id
   * @return the query
   */
  public static AccessQuery to(String capability, String command, Actor actor, Object aggregateId) {
    return new AccessQuery(capability, command, actor,
        Optional.of(Objects.requireNonNull(aggregateId, "aggregateId")));
  }
}
