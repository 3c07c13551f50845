package pl.lsw.core.financing.programme;

import java.util.Optional;
import java.util.List;
import pl.lsw.core.financing.GrantingBody;

/**
 * Where the yearly programmes of cooperation with NGOs (UDPP art. 5a) are kept: one programme per
 * body (matched by the TERYT code of its area) and year. A programme has no version: a save
 * replaces what is stored for that body and year, so of two saves the last one wins.
 * Implementations are thread-safe; a failure of the store is a {@link
 * pl.lsw.core.kernel.StoreException}, never an empty result.
 *
 * <p>Polish: <i>repozytorium rocznych programów współpracy</i>.
 */
public interface CooperationProgrammeRepository {

  /**
   * Stores a programme, inserting it or replacing the one stored for the same body area and year
   * (with every part: the body's name and kind, contents, planned funds, days). All of it is
   * written, or nothing; the last save wins.
   *
   * @return the programme as stored
   */
  CooperationProgramme save(CooperationProgramme programme);

  /** The programme of the body of this area for {@code year}, or none. */
  Optional<CooperationProgramme> find(GrantingBody body, int year);

  /** Every programme of the body of this area, ordered by year. */
  List<CooperationProgramme> findByBody(GrantingBody body);
}
