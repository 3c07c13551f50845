package pl.lsw.core.financing.initiative;

import java.util.Optional;
import java.util.List;
import pl.lsw.core.financing.GrantingBody;

/**
 * Where own-initiative proposals (UDPP art. 12) are kept, with their organisations in order and
 * the body's assessment once made. Implementations are thread-safe; a failure of the store is a
 * {@link pl.lsw.core.kernel.StoreException}, never an empty result.
 *
 * <p>Polish: <i>repozytorium ofert złożonych z własnej inicjatywy</i>.
 */
public interface OwnInitiativeProposalRepository {

  /**
   * Stores a proposal: a new one (version 0) is inserted, an existing one (version n) replaced
   * only when the stored version is still n. All of it is written, or nothing.
   *
   * @return the proposal as stored, with version n + 1
   * @throws pl.lsw.core.kernel.VersionConflictException when the stored version is not n (for
   *     version 0: when a proposal with that id exists)
   * @throws pl.lsw.core.kernel.NoLongerStoredException when the version is above 0 but nothing is
   *     stored under that id (deleted meanwhile, or never stored): a retry will not help; nothing
   *     is written
   */
  OwnInitiativeProposal save(OwnInitiativeProposal proposal);

  /** The proposal with this id, or none. */
  Optional<OwnInitiativeProposal> findById(ProposalId id);

  /**
   * The proposals made to a body (matched by the TERYT code of its area) and received in {@code
   * year}, ordered by the day of receipt, then id as text.
   */
  List<OwnInitiativeProposal> findByBodyAndYear(GrantingBody body, int year);
}
