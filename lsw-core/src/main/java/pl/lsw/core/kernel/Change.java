package pl.lsw.core.kernel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an accepted command did: the new state of the aggregate, the events that say what
 * happened (in order), and — for a command that creates something (an organisation, a person, a
 * meeting, a decision …) — the new thing's id. An aggregate returns the change with the state
 * not yet stored; the application service stores it and returns the change with the state as
 * stored (its new version). Every command of every capability answers {@code Either<Refusal,
 * Change<S>>}.
 *
 * <p>Immutable and thread-safe when the state is. Polish: <i>wynik przyjętego polecenia</i>.
 *
 * @param state the new state
 * @param events what happened, in order
 * @param createdId the id of what the command created, if it created something
 * @param <S> the aggregate's type
 */
public record Change<S>(S state, List<DomainEvent> events, Optional<Object> createdId) {

  /**
   * Refuses nulls and copies the events.
   *
   * @param state the new state
   * @param events what happened
   * @param createdId the id of what was created
   */
  public Change {
    Objects.requireNonNull(state, "state");
    events = List.copyOf(events);
    Objects.requireNonNull(createdId, "createdId");
  }

  /**
   * A change that creates nothing.
   *
   * @param state the new state
   * @param events what happened, in order
   * @param <S> the aggregate's type
   * @return the change
   */
  public static <S> Change<S> of(S state, List<? extends DomainEvent> events) {
    return new Change<>(state, List.copyOf(events), Optional.empty());
  }

  /**
   * A change with one event that creates nothing.
   *
   * @param state the new state
   * @param event what happened
   * @param <S> the aggregate's type
   * @return the change
   */
  public static <S> Change<S> of(S state, DomainEvent event) {
    return new Change<>(state, List.of(event), Optional.empty());
  }

  /**
   * A change that created something with this id.
   *
   * @param state the new state
   * @param createdId the new thing's id
   * @param events what happened, in order
   * @param <S> the aggregate's type
   * @return the change
   */
  public static <S> Change<S> created(S state, Object createdId, List<? extends DomainEvent> events) {
    return new Change<>(state, List.copyOf(events), Optional.of(createdId));
  }

  /**
   * The id of what the command created, as its own type:
   * {@code change.createdId(PersonId.class)}.
   *
   * @param type the id's type
   * @param <I> the id's type
   * @return the id
   * @throws IllegalStateException when the command created nothing, or something of another type
   */
  public <I> I createdId(Class<I> type) {
    Object id = createdId.orElseThrow(
        () -> new IllegalStateException("this change created nothing"));
    if (!type.isInstance(id)) {
      throw new IllegalStateException("this change created a " + id.getClass().getSimpleName()
          + ", not a " + type.getSimpleName());
    }
    return type.cast(id);
  }

  /**
   * The events of one type, in order.
   *
   * @param type the event type
   * @param <E> the event type
   * @return the events of that type
   */
  public <E> List<E> events(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The same change with another state (the state as stored, with its new version).
   *
   * @param stored the state as stored
   * @return the change with that state
   */
  public Change<S> withState(S stored) {
    return new Change<>(stored, events, createdId);
  }

  /**
   * This change followed by another of the same aggregate: the later state, both lists of events,
   * and the created id of this one or else of the later one.
   *
   * @param later the change made after this one
   * @return the combined change
   */
  public Change<S> andThen(Change<S> later) {
    List<DomainEvent> all = new java.util.ArrayList<>(events);
    all.addAll(later.events);
    return new Change<>(later.state, all, createdId.isPresent() ? createdId : later.createdId);
  }
}
