package pl.lsw.core.financing.cooperative;

import java.util.List;
import java.util.Objects;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.contract.Contract;

/**
 * One case of cooperative problem solving as checked by {@code FIN-COOP-JOINT-OFFER}: the
 * competition that defined the problem and the contracts signed from it (none yet before the
 * decision).
 *
 * <p>Polish: <i>przypadek kooperacyjnego rozwiązywania problemu</i>.
 *
 * @param competition the competition
 * @param contracts the contracts signed from it
 */
public record CooperativeProblemSolving(Competition competition, List<Contract> contracts) {

  /** Copies the list. */
  public CooperativeProblemSolving {
    Objects.requireNonNull(competition, "competition");
    contracts = List.copyOf(contracts);
  }

  /** A case with the competition only. */
  public static CooperativeProblemSolving of(Competition competition) {
    return new CooperativeProblemSolving(competition, List.of());
  }
}
