package pl.lsw.core.financing.smallgrant;

import java.util.Optional;
import java.util.function.Consumer;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.OrganisationId;

/**
 * Stores small grants and the budgets bodies planned for NGO grants.
 *
 * <p>A grant belongs to the year {@link SmallGrant#grantYear()} (the year of its contract date, or
 * of its offer receipt date before the contract) and to the body of {@link
 * SmallGrant#body()}{@code .area()} — one executive organ per local government unit, so a body is
 * matched by the TERYT code of its area. Listings are ordered by {@link
 * SmallGrant#ACCUMULATION_ORDER} (grant date, then id as text) and paged; they hold grants of every
 * status (the caller skips refused and withdrawn ones where they do not count).
 *
 * <p>Polish: <i>repozytorium małych grantów</i>.
 */
public interface SmallGrantRepository {

  /**
   * Stores a grant: a new one (version 0) is inserted, an existing one (version n) is replaced only
   * when the stored version is still n. All of it is written, or nothing.
   *
   * @return the grant as stored, with version n + 1
   * @throws pl.lsw.core.kernel.VersionConflictException when the stored version is not n (or, for
   *     version 0, when a grant with that id exists); nothing is written
   * @throws pl.lsw.core.kernel.NoLongerStoredException when the version is above 0 but nothing is
   *     stored under that id (deleted meanwhile, or never stored): a retry will not help; nothing
   *     is written
   * @throws pl.lsw.core.kernel.StoreException when the store fails
   */
  SmallGrant save(SmallGrant grant);

  /** The grant with this id, or none. */
  Optional<SmallGrant> findById(GrantId id);

  /** One page of the grants of an organisation whose grant year is {@code year}. */
  Page<SmallGrant> findByOrganisationAndYear(OrganisationId organisation, int year, PageRequest page);

  /** One page of the grants made by the body of {@code bodyArea} whose grant year is {@code year}. */
  Page<SmallGrant> findByBodyAndYear(TerytCode bodyArea, int year, PageRequest page);

  /**
   * Stores the planned NGO-grant budget of a body (matched by its area) and year, replacing an
   * earlier one of the same body and year.
   *
   * @return the budget as stored
   */
  PlannedGrantBudget savePlannedBudget(PlannedGrantBudget budget);

  /** The planned NGO-grant budget of the body of {@code bodyArea} for {@code year}, or none. */
  Optional<PlannedGrantBudget> findPlannedBudget(TerytCode bodyArea, int year);

  /**
   * Every grant of an organisation and year, in listing order, read page by page (so 3 000 grants
   * are never held at once by the store).
   */
  default void forEachOfOrganisationAndYear(OrganisationId organisation, int year, Consumer<SmallGrant> action) {
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<SmallGrant> page = findByOrganisationAndYear(organisation, year, request);
      page.items().forEach(action);
      if (!page.hasNext()) {
        return;
      }
      request = request.next();
    }
  }

  /** Every grant of a body (by area) and year, in listing order, read page by page. */
  default void forEachOfBodyAndYear(TerytCode bodyArea, int year, Consumer<SmallGrant> action) {
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<SmallGrant> page = findByBodyAndYear(bodyArea, year, request);
      page.items().forEach(action);
      if (!page.hasNext()) {
        return;
      }
      request = request.next();
    }
  }
}
