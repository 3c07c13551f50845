package pl.lsw.core.kernel.service;

import io.vavr.control.Either;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.VersionConflictException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import pl.lsw.core.kernel.AccessDecision;
import pl.lsw.core.kernel.AccessQuery;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;

/**
 * The one shape of every application service: ask the embedder's {@link AccessPolicy} whether
 * the actor may give the command, load the aggregate (an unknown id is a refusal with a code,
 * never an exception), ask it to run the command, store the new state together with the change's
 * events and the command's actor, then deliver the events. A refused command stores and publishes
 * nothing.
 *
 * <p>The store step receives the events with the state, so a store can write them in the same
 * transaction as the change.
 *
 * <p>Thread-safe when its collaborators are. Polish: <i>schemat usługi aplikacyjnej</i>.
 *
 * @param <I> the aggregate's id type
 * @param <S> the aggregate's type
 */
public final class CommandRunner<I, S> {

  /**
   * Where the aggregate is read and written.
   *
   * @param <I> the aggregate's id type
   * @param <S> the aggregate's type
   */
  public interface Store<I, S> {

    /**
     * The aggregate with this id.
     *
     * @param id the id
     * @return the aggregate, or empty when there is none
     */
    Optional<S> find(I id);

    /**
     * Stores the new state of an aggregate with the events of its change.
     *
     * @param state the new state (with the version it was read at)
     * @param events the events of the change, in order
     * @return the state as stored (its new version)
     * @throws VersionConflictException when someone else changed it meanwhile; nothing is written
     */
    S save(S state, List<DomainEvent> events);

    /**
     * A store over a repository that keeps the state alone (its events are published, not
     * stored).
     *
     * @param find how the aggregate is read, e.g. {@code repository::findById}
     * @param save how the aggregate is written, e.g. {@code repository::save}
     * @param <I> the aggregate's id type
     * @param <S> the aggregate's type
     * @return the store
     */
    static <I, S> Store<I, S> of(Function<I, Optional<S>> find, UnaryOperator<S> save) {
      Objects.requireNonNull(find, "find");
      Objects.requireNonNull(save, "save");
      return new Store<>() {
        @Override
        public Optional<S> find(I id) {
          return find.apply(id);
        }

        @Override
        public S save(S state, List<DomainEvent> events) {
          return save.apply(state);
        }
      };
    }
  }

  private final Store<I, S> store;
  private final EventPublisher events;
  private final Optional<EventDelivery> delivery;
  private final Function<I, Problem> unknown;
  private final String capability;
  private final AccessPolicy policy;

  /**
   * A runner over a store.
   *
   * @param capability the capability's name as the access policy sees it, e.g. {@code
   *     "smallGrants"} (see {@link AccessQuery#capability()})
   * @param store where the aggregate is read and written
   * @param events where events go: an {@link EventDelivery} writes them to the store's outbox in
   *     the same unit as the change and delivers them after the commit; any other publisher is
   *     called after the save, and its failure is the command's
   * @param unknown the problem that refuses a command to an id that is not stored, e.g. {@code
   *     PARTNERSHIP_UNKNOWN}
   * @param policy the embedder's access policy, asked before every command
   */
  public CommandRunner(String capability, Store<I, S> store, EventPublisher events,
      Function<I, Problem> unknown, AccessPolicy policy) {
    this.capability = Objects.requireNonNull(capability, "capability");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.store = Objects.requireNonNull(store, "store");
    this.events = Objects.requireNonNull(events, "events");
    this.delivery = events instanceof EventDelivery d ? Optional.of(d) : Optional.empty();
    this.unknown = Objects.requireNonNull(unknown, "unknown");
  }

  /**
   * Asks the access policy whether the actor may give the command.
   *
   * @param command the command's name, e.g. {@code "publish"}
   * @param actor who gives it
   * @param aggregateId the aggregate it changes; empty for a creating command
   * @return the actor when permitted, or the refusal with the policy's problems
   */
  public Either<Refusal, Actor> authorise(String command, Actor actor, Optional<?> aggregateId) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(actor, "actor");
    AccessDecision decision = policy.decide(new AccessQuery(capability, command, actor,
        aggregateId.map(Object.class::cast)));
    return decision.isPermitted() ? Either.right(actor) : Either.left(Refusal.of(decision.problems()));
  }

  /**
   * Runs a creating command after the access policy permits it: on success stores the new
   * aggregate and its events. Under an idempotency key already used ({@link EventDelivery#withKey})
   * the command is not run again: the answer is the change recorded the first time, with the
   * aggregate as stored now.
   *
   * @param command the command's name for the access policy
   * @param actor who gives the command; recorded with its events
   * @param run the command, answering the refusal or the change (with the new aggregate's id
   *     as its created id)
   * @return the refusal, or the change with the state as stored
   */
  public Either<Refusal, Change<S>> create(String command, Actor actor,
      Supplier<Either<Refusal, Change<S>>> run) {
    Objects.requireNonNull(actor, "actor");
    Either<Refusal, Actor> permitted = authorise(command, actor, Optional.empty());
    if (permitted.isLeft()) {
      return Either.left(permitted.getLeft());
    }
    Optional<Change<S>> replayed = replayed();
    if (replayed.isPresent()) {
      return Either.right(replayed.get());
    }
    return run.get().map(change -> commit(actor, change.createdId(), change));
  }

  /**
   * Asks the access policy, loads the aggregate, runs the command on it and on success stores the
   * new state and its events. Under an idempotency key already used ({@link
   * EventDelivery#withKey}) the command is not run again: the answer is the change recorded the
   * first time.
   *
   * @param command the command's name for the access policy
   * @param id the aggregate's id
   * @param actor who gives the command; recorded with its events
   * @param run the command, answering the refusal or the change
   * @return the refusal (also for an unknown id), or the change with the state as stored
   * @throws VersionConflictException when the aggregate changed meanwhile; nothing is stored
   */
  public Either<Refusal, Change<S>> run(String command, I id, Actor actor,
      Function<S, Either<Refusal, Change<S>>> run) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Either<Refusal, Actor> permitted = authorise(command, actor, Optional.of(id));
    if (permitted.isLeft()) {
      return Either.left(permitted.getLeft());
    }
    Optional<Change<S>> replayed = replayed();
    if (replayed.isPresent()) {
      return Either.right(replayed.get());
    }
    Optional<S> current = store.find(id);
    if (current.isEmpty()) {
      return Either.left(Refusal.of(unknown.apply(id)));
    }
    return run.apply(current.get()).map(change -> commit(actor, Optional.of(id), change));
  }

  /**
   * Like {@link #run(String, Object, Actor, Function)}, with the library's own access check on the
   * loaded aggregate between loading and the command: when the check finds problems, the command
   * is refused for them alone and is not run.
   *
   * @param command the command's name for the access policy
   * @param id the aggregate's id
   * @param actor who gives the command
   * @param access the library's check of the actor against the aggregate (for example: does the
   *     official act for the body that owns it?); no problems when permitted
   * @param run the command
   * @return the refusal, or the change with the state as stored
   */
  public Either<Refusal, Change<S>> run(String command, I id, Actor actor,
      Function<S, List<Problem>> access, Function<S, Either<Refusal, Change<S>>> run) {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(run, "run");
    return run(command, id, actor, state -> {
      List<Problem> refused = access.apply(state);
      return refused.isEmpty() ? run.apply(state) : Either.left(Refusal.of(refused));
    });
  }

  /**
   * Loads the aggregate.
   *
   * @param id the aggregate's id
   * @return the aggregate, or the refusal for an unknown id
   */
  public Either<Refusal, S> load(I id) {
    Objects.requireNonNull(id, "id");
    return store.find(id).<Either<Refusal, S>>map(Either::right)
        .orElseGet(() -> Either.left(Refusal.of(unknown.apply(id))));
  }

  /**
   * Stores an accepted change of an aggregate the caller loaded or made itself, and its events.
   * The caller has asked the policy first ({@link #authorise}).
   *
   * @param id the aggregate's id
   * @param actor who gave the command
   * @param change the change
   * @return the change with the state as stored
   */
  public Change<S> commit(I id, Actor actor, Change<S> change) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    return commit(actor, Optional.of(id), change);
  }

  /**
   * Stores an accepted change whose repetition is harmless because it replaces the aggregate
   * under a natural key (for example a body's programme for a year), and its events. It is not
   * recorded under an idempotency key. The caller has asked the policy first ({@link
   * #authorise}).
   *
   * @param actor who gave the command
   * @param change the change
   * @return the change with the state as stored
   */
  public Change<S> commitReplacing(Actor actor, Change<S> change) {
    Objects.requireNonNull(actor, "actor");
    return commit(actor, Optional.empty(), change);
  }

  private Change<S> commit(Actor actor, Optional<Object> aggregateId, Change<S> change) {
    if (delivery.isPresent()) {
      S saved = delivery.get().record(actor, change.events(), aggregateId, change.createdId(),
          () -> store.save(change.state(), change.events()));
      return change.withState(saved);
    }
    S saved = store.save(change.state(), change.events());
    change.events().forEach(events::publish);
    return change.withState(saved);
  }

  @SuppressWarnings("unchecked")
  private Optional<Change<S>> replayed() {
    return delivery.flatMap(EventDelivery::recorded).map(recorded -> {
      I id = (I) recorded.command().aggregateId();
      S state = store.find(id).orElseThrow(() -> new IllegalStateException(
          "the aggregate " + id + " recorded under key " + recorded.command().key()
              + " is no longer stored"));
      return new Change<>(state, recorded.events(), recorded.command().createdId());
    });
  }
}
