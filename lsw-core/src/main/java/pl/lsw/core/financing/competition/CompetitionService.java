package pl.lsw.core.financing.competition;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;
import pl.lsw.core.financing.port.CompetitionRepository;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.rules.ParameterSet;

/**
 * The application service of competitions: loads a competition, asks it to carry out a command,
 * stores the result and publishes its events after the save. Commands come as functions of the
 * competition and the current instant, e.g.
 * {@code service.handle(id, (c, now) -> c.closeOffers(day, now))}.
 *
 * <p>Polish: <i>usługa obsługi konkursów</i>.
 */
public final class CompetitionService {

  private final CompetitionRepository repository;
  private final EventPublisher events;
  private final Clock clock;
  private final ParameterSet parameters;

  /**
   * A service over the given ports.
   *
   * @param repository where competitions are kept
   * @param events where events go after a save
   * @param clock the time of events
   * @param parameters the parameter values commands check rules with
   */
  public CompetitionService(CompetitionRepository repository, EventPublisher events, Clock clock,
      ParameterSet parameters) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** The parameter values given to commands that check parameterised rules. */
  public ParameterSet parameters() {
    return parameters;
  }

  /** Stores a new competition (a draft) as it is. */
  public Competition create(Competition draft) {
    return repository.save(draft);
  }

  /**
   * Loads the competition, runs {@code command} on it, and on success saves the new state and
   * publishes its events.
   *
   * @return the refusal, or the competition as stored
   * @throws IllegalArgumentException when no competition has this id
   * @throws pl.lsw.core.kernel.VersionConflictException when it changed meanwhile
   */
  public Either<Refusal, Competition> handle(CompetitionId id,
      BiFunction<Competition, Instant, Either<Refusal, Changed<Competition>>> command) {
    Competition current = repository.findById(id)
        .getOrElseThrow(() -> new IllegalArgumentException("no competition " + id));
    return command.apply(current, clock.instant()).map(changed -> {
      Competition saved = repository.save(changed.aggregate());
      changed.events().forEach(events::publish);
      return saved;
    });
  }
}
