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
import pl.lsw.core.kernel.port.EventPublisher;

/**
 * The one shape of every application service: load the aggregate (an unknown id is a refusal
 * with a code, never an exception), ask it to run the command, store the new state together with
 * the change's events and the command's actor, then deliver the events. A refused command stores
 * and publishes nothing.
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

  /**
   * A runner over a store.
   *
   * @param store where the aggregate is read and written
   * @param events where events go: an {@link EventDelivery} writes them to the store's outbox in
   *     the same unit as the change and delivers them after the commit; any other publisher is
   *     called after the save, and its failure is the command's
   * @param unknown the problem that refuses a command to an id that is not stored, e.g. {@code
   *     PARTNERSHIP_UNKNOWN}
   */
  public CommandRunner(Store<I, S> store, EventPublisher events, Function<I, Problem> unknown) {
    this.store = Objects.requireNonNull(store, "store");
    this.events = Objects.requireNonNull(events, "events");
    this.delivery = events instanceof EventDelivery d ? Optional.of(d) : Optional.empty();
    this.unknown = Objects.requireNonNull(unknown, "unknown");
  }

  /**
   * Runs a creating command: on success stores the new aggregate and its events. Under an
   * idempotency key already used ({@link EventDelivery#withKey}) the command is not run again: the
   * answer is the change recorded the first time, with the aggregate as stored now.
   *
   * @param actor who gives the command; recorded with its events
   * @param command the command, answering the refusal or the change (with the new aggregate's id
   *     as its created id)
   * @return the refusal, or the change with the state as stored
   */
  public Either<Refusal, Change<S>> create(Actor actor, Supplier<Either<Refusal, Change<S>>> command) {
    Objects.requireNonNull(actor, "actor");
    Optional<Change<S>> replayed = replayed();
    if (replayed.isPresent()) {
      return Either.right(replayed.get());
    }
    return command.get().map(change -> commit(actor, change.createdId(), change));
  }

  /**
   * Loads the aggregate, runs the command on it and on success stores the new state and its
   * events. Under an idempotency key already used ({@link EventDelivery#withKey}) the command is
   * not run again: the answer is the change recorded the first time.
   *
   * @param id the aggregate's id
   * @param actor who gives the command; recorded with its events
   * @param command the command, answering the refusal or the change
   * @return the refusal (also for an unknown id), or the change with the state as stored
   * @throws VersionConflictException when the aggregate changed meanwhile; nothing is stored
   */
  public Either<Refusal, Change<S>> run(I id, Actor actor,
      Function<S, Either<Refusal, Change<S>>> command) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Optional<Change<S>> replayed = replayed();
    if (replayed.isPresent()) {
      return Either.right(replayed.get());
    }
    Optional<S> current = store.find(id);
    if (current.isEmpty()) {
      return Either.left(Refusal.of(unknown.apply(id)));
    }
    return command.apply(current.get()).map(change -> commit(actor, Optional.of(id), change));
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
   * recorded under an idempotency key.
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
