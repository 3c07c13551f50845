package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.financing.contract.ContractRepository;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;

/**
 * The grant contracts in memory: one immutable persistent map in an {@link AtomicReference},
 * replaced by compare-and-set after the version check against the same snapshot (see
 * {@link MemoryPartnershipRepository}). A body's contracts are matched by the TERYT code of the
 * body's area, as the grants of a body are.
 */
final class MemoryContractRepository implements ContractRepository {

  private static final String AGGREGATE = "Contract";

  /** Listing order: signing date, then id as text (documented in the port). */
  private static final Comparator<Contract> ORDER =
      Comparator.comparing(Contract::signedOn).thenComparing(c -> c.id().toString());

  private final AtomicReference<Map<ContractId, Contract>> state =
      new AtomicReference<>(HashMap.empty());

  @Override
  public Contract save(Contract contract) {
    Contract stored = contract.withVersion(contract.version() + 1);
    while (true) {
      Map<ContractId, Contract> current = state.get();
      Option<Contract> previous = current.get(contract.id());
      long storedVersion = previous.map(Contract::version).getOrElse(0L);
      if (previous.isEmpty() && contract.version() > 0) {
        throw new NoLongerStoredException(AGGREGATE, contract.id().toString(), contract.version());
      }
      if (previous.isDefined() == (contract.version() == 0)
          || storedVersion != contract.version()) {
        throw new VersionConflictException(AGGREGATE, contract.id().toString(),
            contract.version());
      }
      if (state.compareAndSet(current, current.put(stored.id(), stored))) {
        return stored;
      }
    }
  }

  @Override
  public java.util.Optional<Contract> findById(ContractId id) {
    return state.get().get(id).toJavaOptional();
  }

  @Override
  public List<Contract> findByBodyAndYear(GrantingBody body, int year) {
    return state.get().values().toJavaStream()
        .filter(c -> c.year() == year && c.body().area().equals(body.area()))
        .sorted(ORDER)
        .toList();
  }
}
