package pl.lsw.core.financing.contract;

import static pl.lsw.core.financing.FinancingProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.financing.FinancingAccess;
import pl.lsw.core.financing.GrantingOfficial;
import pl.lsw.core.financing.OrganisationRepresentative;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.offer.OfferId;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.service.CommandRunner;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.rules.RuleEnvironment;

/**
 * The application service of grant contracts ({@link CommandRunner}): loads a contract, asks it
 * to carry out a command, stores the result with its events and publishes them after the save.
 * Every command names its actor; a command to a contract that is not stored is refused with
 * {@code CONTRACT_UNKNOWN}.
 *
 * <p>Every command is asked of the embedder's access policy first, then checked by {@link
 * FinancingAccess}: the body's commands (signing, annexes, report demands, misuse findings,
 * returns) only by an official of the contract's body ({@code OFFICIAL_OF_ANOTHER_BODY}), the
 * reports only by a representative of one of its parties ({@code
 * REPRESENTATIVE_OF_ANOTHER_ORGANISATION}), a cost shift by either.
 *
 * <p>Polish: <i>usługa obsługi umów dotacyjnych</i>.
 */
public final class ContractService {

  private final ContractRepository repository;
  private final Clock clock;
  private final IdSource ids;
  private final RuleEnvironment environment;
  private final CommandRunner<ContractId, Contract> runner;

  /**
   * A service over the given ports.
   *
   * @param repository where contracts are kept
   * @param events where events go after a save
   * @param clock the time of events
   * @param ids the source of new contract ids
   * @param environment the rules' environment (parameters, working-day calendar, reference data)
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public ContractService(ContractRepository repository, EventPublisher events, Clock clock, IdSource ids,
      RuleEnvironment environment,
      AccessPolicy policy) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.runner = new CommandRunner<>("contracts", CommandRunner.Store.of(repository::findById, repository::save), Objects.requireNonNull(events, "events"),
        id -> PROBLEMS.problem("", "CONTRACT_UNKNOWN", "id", id.toString()), policy);
  }

  /** @return the rules' environment commands check rules in */
  public RuleEnvironment environment() {
    return environment;
  }

  /**
   * Stores a newly signed contract: one not stored before, without annexes, cost shifts, report
   * demands, reports, misuse findings or returns; refused with {@code CONTRACT_NOT_NEW}
   * otherwise.
   *
   * @param official who signs it for the body
   * @param signed the contract
   * @return the refusal, or the change with the contract's id ({@code
   *     change.createdId(ContractId.class)})
   */
  public Either<Refusal, Change<Contract>> sign(GrantingOfficial official, Contract signed) {
    return sign("sign", official, signed);
  }

  private Either<Refusal, Change<Contract>> sign(String commandName, GrantingOfficial official,
      Contract signed) {
    Objects.requireNonNull(official, "official");
    Objects.requireNonNull(signed, "signed");
    boolean fresh = signed.version() == 0 && signed.amendments().isEmpty() && signed.costShifts().isEmpty()
        && signed.partialReportDemands().isEmpty() && signed.finalReport().isEmpty()
        && signed.misuseFindings().isEmpty() && signed.returns().isEmpty();
    return runner.create(commandName, official, () -> {
      List<pl.lsw.core.kernel.Problem> access = FinancingAccess.official(official, signed.body());
      if (!access.isEmpty()) {
        return Either.left(Refusal.of(access));
      }
      return fresh
          ? Either.right(Change.created(signed, signed.id(),
              List.of(new ContractEvent.Signed(signed.id(), clock.instant()))))
          : Either.left(PROBLEMS.refusal("", "CONTRACT_NOT_NEW"));
    });
  }

  /**
   * Signs the contract for an offer chosen in a decided competition (see {@link
   * Contract#fromAward}), with a new id.
   *
   * @param official who signs it for the body
   * @param competition the decided competition
   * @param offer the chosen offer
   * @param signedOn the signing day
   * @param allowedShiftShare the share of shifts between cost items the contract allows
   * @return the refusal, or the change with the contract's id
   */
  public Either<Refusal, Change<Contract>> signForAward(GrantingOfficial official, Competition competition,
      OfferId offer, LocalDate signedOn, Percent allowedShiftShare) {
    Objects.requireNonNull(official, "official");
    Objects.requireNonNull(competition, "competition");
    return runner.authorise("signForAward", official, Optional.empty())
        .flatMap(permitted -> {
          List<pl.lsw.core.kernel.Problem> access =
              FinancingAccess.official(official, competition.body());
          return access.isEmpty() ? Either.<Refusal, Object>right(permitted)
              : Either.left(Refusal.of(access));
        })
        .flatMap(permitted -> Contract.fromAward(ContractId.of(ids.nextId()), competition, offer,
            signedOn, allowedShiftShare))
        .flatMap(c -> sign("signForAward", official, c));
  }

  /**
   * Signs an annex (see {@link Contract#amend}).
   *
   * @param id the contract
   * @param official who signs it for the body
   * @param amendment the annex
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Contract>> amend(ContractId id, GrantingOfficial official, Amendment amendment) {
    Objects.requireNonNull(official, "official");
    return runner.run("amend", id, official,
        c -> FinancingAccess.official(official, c.body()),
        c -> c.amend(amendment, clock.instant()));
  }

  /**
   * Records a shift between cost items (see {@link Contract#shiftCost}).
   *
   * @param id the contract
   * @param actor who records it: an official of the contract's body or a representative of one of
   *     its parties
   * @param shift the shift
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Contract>> shiftCost(ContractId id, Actor actor, CostShift shift) {
    Objects.requireNonNull(actor, "actor");
    return runner.run("shiftCost", id, actor,
        c -> FinancingAccess.officialOrRepresentative(actor, c.body(), c.parties()),
        c -> c.shiftCost(shift, environment, clock.instant()));
  }

  /**
   * Demands a partial report (see {@link Contract#demandPartialReport}).
   *
   * @param id the contract
   * @param official who demands it
   * @param demandedOn the day of the demand
   * @param dueOn the due date
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Contract>> demandPartialReport(ContractId id, GrantingOfficial official,
      LocalDate demandedOn, LocalDate dueOn) {
    Objects.requireNonNull(official, "official");
    return runner.run("demandPartialReport", id, official,
        c -> FinancingAccess.official(official, c.body()),
        c -> c.demandPartialReport(demandedOn, dueOn, environment, clock.instant()));
  }

  /**
   * Records a partial report (see {@link Contract#submitPartialReport}).
   *
   * @param id the contract
   * @param representative who submits it for one of the contract's parties
   * @param demand the demand's index
   * @param submittedOn the day
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Contract>> submitPartialReport(ContractId id,
      OrganisationRepresentative representative, int demand, LocalDate submittedOn) {
    Objects.requireNonNull(representative, "representative");
    return runner.run("submitPartialReport", id, representative,
        c -> FinancingAccess.representative(representative, c.parties()),
        c -> c.submitPartialReport(demand, submittedOn, clock.instant()));
  }

  /**
   * Records the final report (see {@link Contract#submitFinalReport}).
   *
   * @param id the contract
   * @param representative who submits it for one of the contract's parties
   * @param report the report
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Contract>> submitFinalReport(ContractId id,
      OrganisationRepresentative representative, FinalReport report) {
    Objects.requireNonNull(representative, "representative");
    return runner.run("submitFinalReport", id, representative,
        c -> FinancingAccess.representative(representative, c.parties()),
        c -> c.submitFinalReport(report, clock.instant()));
  }

  /**
   * Records a finding of misuse (see {@link Contract#recordMisuse}).
   *
   * @param id the contract
   * @param official who found it
   * @param finding the finding
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Contract>> recordMisuse(ContractId id, GrantingOfficial official,
      MisuseFinding finding) {
    Objects.requireNonNull(official, "official");
    return runner.run("recordMisuse", id, official,
        c -> FinancingAccess.official(official, c.body()),
        c -> c.recordMisuse(finding, clock.instant()));
  }

  /**
   * Records a return of the grant (see {@link Contract#recordReturn}).
   *
   * @param id the contract
   * @param official who records it for the contract's body
   * @param grantReturn the return
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Contract>> recordReturn(ContractId id, GrantingOfficial official,
      GrantReturn grantReturn) {
    Objects.requireNonNull(official, "official");
    return runner.run("recordReturn", id, official,
        c -> FinancingAccess.official(official, c.body()),
        c -> c.recordReturn(grantReturn, clock.instant()));
  }

  /**
   * The stored contract.
   *
   * @param id the contract
   * @return the contract, or empty when none is stored
   */
  public Optional<Contract> find(ContractId id) {
    return repository.findById(id);
  }
}
