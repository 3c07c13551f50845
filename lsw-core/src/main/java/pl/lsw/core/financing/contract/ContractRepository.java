package pl.lsw.core.financing.contract;

import java.util.Optional;
import java.util.List;
import pl.lsw.core.financing.GrantingBody;

/**
 * Where grant contracts are kept, with everything they hold (parties, budget, expected results,
 * amendments, cost shifts, report demands and reports, misuse findings and returns).
 * Implementations are thread-safe; a failure of the store is a {@link
 * pl.lsw.core.kernel.StoreException}, never an empty result.
 *
 * <p>Polish: <i>repozytorium umów dotacyjnych</i>.
 */
public interface ContractRepository {

  /**
   * Stores a contract: a new one (version 0) is inserted, an existing one (version n) replaced
   * only when the stored version is still n. All of it is written, or nothing.
   *
   * @return the contract as stored, with version n + 1
   * @throws pl.lsw.core.kernel.VersionConflictException when the stored version is not n (for
   *     version 0: when a contract with that id exists)
   * @throws pl.lsw.core.kernel.NoLongerStoredException when the version is above 0 but nothing is
   *     stored under that id (deleted meanwhile, or never stored): a retry will not help; nothing
   *     is written
   */
  Contract save(Contract contract);

  /** The contract with this id, or none. */
  Optional<Contract> findById(ContractId id);

  /**
   * The contracts of a body whose task period starts in {@code year} (the budget year it is
   * settled in), ordered by signing date, then id.
   */
  List<Contract> findByBodyAndYear(GrantingBody body, int year);
}
