package pl.lsw.core.financing.programme;

import pl.lsw.core.kernel.service.CommandRunner;
import static pl.lsw.core.financing.FinancingProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.financing.FinancingAccess;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.GrantingOfficial;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;

/**
 * The application service of yearly cooperation programmes (UDPP art. 5a): records a body's
 * programme for a year (a programme is stored per body and year, the last record wins), checks it
 * against {@code FIN-PROGRAMME}, and publishes {@link ProgrammeRecorded} after the save. Every
 * command names its actor; asking for a programme that is not stored is refused with {@code
 * PROGRAMME_UNKNOWN}.
 *
 * <p>A programme is recorded only by an official of its body ({@code OFFICIAL_OF_ANOTHER_BODY}),
 * after the embedder's access policy permits it.
 *
 * <p>Polish: <i>obsługa rocznych programów współpracy</i>.
 */
public final class CooperationProgrammeService {

  private final CooperationProgrammeRepository repository;
  private final CommandRunner<GrantingBody, CooperationProgramme> runner;
  private final Clock clock;
  private final RuleEnvironment environment;

  /**
   * A service over the given ports.
   *
   * @param repository where programmes are kept
   * @param events where events go after a save
   * @param clock the time of events and the as-of date of checks
   * @param environment the rules' environment
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public CooperationProgrammeService(CooperationProgrammeRepository repository, EventPublisher events,
      Clock clock, RuleEnvironment environment,
      AccessPolicy policy) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.runner = new CommandRunner<>("cooperationProgrammes", 
        CommandRunner.Store.of(body -> Optional.empty(), repository::save),
        Objects.requireNonNull(events, "events"),
        body -> PROBLEMS.problem("", "PROGRAMME_UNKNOWN", "body", body.name(), "year", 0), policy);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /**
   * Records the body's programme for its year (adopted, changed, or with its report published),
   * replacing what was stored for that body and year.
   *
   * @param official who records it for the programme's body ({@code OFFICIAL_OF_ANOTHER_BODY}
   *     otherwise)
   * @param programme the programme
   * @return the change with the programme as stored and one {@link ProgrammeRecorded}, or the
   *     refusal
   */
  public Either<Refusal, Change<CooperationProgramme>> record(GrantingOfficial official,
      CooperationProgramme programme) {
    Objects.requireNonNull(official, "official");
    Objects.requireNonNull(programme, "programme");
    return runner.authorise("record", official, Optional.empty()).flatMap(permitted -> {
      List<pl.lsw.core.kernel.Problem> access = FinancingAccess.official(official, programme.body());
      if (!access.isEmpty()) {
        return Either.left(Refusal.of(access));
      }
      ProgrammeRecorded event = new ProgrammeRecorded(programme.body(), programme.year(),
          clock.instant());
      return Either.right(runner.commitReplacing(official, Change.of(programme, event)));
    });
  }

  /**
   * Checks the stored programme of a body and year against {@code FIN-PROGRAMME}, as of today.
   *
   * @param body the body
   * @param year the year
   * @return the report, or the refusal {@code PROGRAMME_UNKNOWN}
   */
  public Either<Refusal, RuleReport> check(GrantingBody body, int year) {
    return load(body, year)
        .map(p -> ProgrammeRules.check(p, LocalDate.ofInstant(clock.instant(), clock.getZone()), environment));
  }

  /**
   * The stored programme of a body and year.
   *
   * @param body the body
   * @param year the year
   * @return the programme, or empty when none is stored
   */
  public Optional<CooperationProgramme> find(GrantingBody body, int year) {
    return repository.find(body, year);
  }

  /**
   * Every stored programme of a body.
   *
   * @param body the body
   * @return the programmes, in the repository's order
   */
  public List<CooperationProgramme> findByBody(GrantingBody body) {
    return repository.findByBody(body);
  }

  private Either<Refusal, CooperationProgramme> load(GrantingBody body, int year) {
    return repository.find(body, year).<Either<Refusal, CooperationProgramme>>map(Either::right)
        .orElseGet(() -> Either.left(PROBLEMS.refusal("", "PROGRAMME_UNKNOWN", "body", body.name(),
            "year", String.valueOf(year))));
  }
}
