package pl.lsw.store.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.initiative.OwnInitiativeProposal;
import pl.lsw.core.financing.initiative.ProposalId;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepository;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;

/**
 * The own-initiative proposals in memory: one immutable persistent map in an {@link
 * AtomicReference}, replaced by compare-and-set after the version check against the same
 * snapshot (see {@link MemoryPartnershipRepository}). A body's proposals are matched by the TERYT
 * code of the body's area and the year of receipt.
 */
final class MemoryOwnInitiativeProposalRepository implements OwnInitiativeProposalRepository {

  private static final String AGGREGATE = "OwnInitiativeProposal";

  /** Listing order: day of receipt, then id as text (documented in the port). */
  private static final Comparator<OwnInitiativeProposal> ORDER =
      Comparator.comparing(OwnInitiativeProposal::receivedOn).thenComparing(p -> p.id().toString());

  private final AtomicReference<Map<ProposalId, OwnInitiativeProposal>> state =
      new AtomicReference<>(HashMap.empty());

  @Override
  public OwnInitiativeProposal save(OwnInitiativeProposal proposal) {
    OwnInitiativeProposal stored = proposal.withVersion(proposal.version() + 1);
    while (true) {
      Map<ProposalId, OwnInitiativeProposal> current = state.get();
      Option<OwnInitiativeProposal> previous = current.get(proposal.id());
      long storedVersion = previous.map(OwnInitiativeProposal::version).getOrElse(0L);
      if (previous.isEmpty() && proposal.version() > 0) {
        throw new NoLongerStoredException(AGGREGATE, proposal.id().toString(), proposal.version());
      }
      if (previous.isDefined() == (proposal.version() == 0)
          || storedVersion != proposal.version()) {
        throw new VersionConflictException(AGGREGATE, proposal.id().toString(), proposal.version());
      }
      if (state.compareAndSet(current, current.put(stored.id(), stored))) {
        return stored;
      }
    }
  }

  @Override
  public java.util.Optional<OwnInitiativeProposal> findById(ProposalId id) {
    return state.get().get(id).toJavaOptional();
  }

  @Override
  public List<OwnInitiativeProposal> findByBodyAndYear(GrantingBody body, int year) {
    return state.get().values().toJavaStream()
        .filter(p -> p.receivedOn().getYear() == year && p.body().area().equals(body.area()))
        .sorted(ORDER)
        .toList();
  }
}
