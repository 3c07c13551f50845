package pl.lsw.core.financing.contract;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;
import pl.lsw.core.financing.port.ContractRepository;
import pl.lsw.core.financing.competition.Changed;
import pl.lsw.core.financing.competition.Refusal;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.rules.ParameterSet;

/**
 * The application service of contracts: loads a contract, asks it to carry out a command,
 * stores the result and publishes its events after the save. Commands come as functions of the
 * contract and the current instant, e.g.
 * {@code service.handle(id, (c, now) -> c.recordReturn(r, now))}.
 *
 * <p>Polish: <i>usługa obsługi umów dotacyjnych</i>.
 */
public final class ContractService {

  private final ContractRepository repository;
  private final EventPublisher events;
  private final Clock clock;
  private final ParameterSet parameters;

  /**
   * A service over the given ports.
   *
   * @param repository where contracts are kept
   * @param events where events go after a save
   * @param clock the time of events
   * @param parameters the parameter values commands check rules with
   */
  public ContractService(ContractRepository repository, EventPublisher events, Clock clock,
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

  /** Stores a new contract (signed) as it is. */
  public Contract create(Contract draft) {
    return repository.save(draft);
  }

  /**
   * Loads the contract, runs {@code command} on it, and on success saves the new state and
   * publishes its events.
   *
   * @return the refusal, or the contract as stored
   * @throws IllegalArgumentException when no contract has this id
   * @throws pl.lsw.core.kernel.VersionConflictException when it changed meanwhile
   */
  public Either<Refusal, Contract> handle(ContractId id,
      BiFunction<Contract, Instant, Either<Refusal, Changed<Contract>>> command) {
    Contract current = repository.findById(id)
        .getOrElseThrow(() -> new IllegalArgumentException("no contract " + id));
    return command.apply(current, clock.instant()).map(changed -> {
      Contract saved = repository.save(changed.aggregate());
      changed.events().forEach(events::publish);
      return saved;
    });
  }
}
