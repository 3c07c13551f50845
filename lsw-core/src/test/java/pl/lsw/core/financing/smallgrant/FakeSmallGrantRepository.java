package pl.lsw.core.financing.smallgrant;

import java.util.Optional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;

/** A simple in-memory repository for tests of the service and of the contract itself. */
public final class FakeSmallGrantRepository implements SmallGrantRepository {

  private final Map<GrantId, SmallGrant> grants = new HashMap<>();
  private final Map<List<Object>, PlannedGrantBudget> budgets = new HashMap<>();
  /** How many pages were read, to show that listings are paged. */
  public int pagesRead;

  @Override
  public synchronized SmallGrant save(SmallGrant grant) {
    SmallGrant stored = grants.get(grant.id());
    long expected = grant.version();
    if (stored == null && expected > 0) {
      throw new NoLongerStoredException("SmallGrant", grant.id().toString(), grant.version());
    }
    if (expected == 0 ? stored != null : stored == null || stored.version() != expected) {
      throw new VersionConflictException("SmallGrant", grant.id().toString(), expected);
    }
    SmallGrant saved = grant.withVersion(expected + 1);
    grants.put(grant.id(), saved);
    return saved;
  }

  @Override
  public synchronized Optional<SmallGrant> findById(GrantId id) {
    return Optional.ofNullable(grants.get(id));
  }

  @Override
  public Page<SmallGrant> findByOrganisationAndYear(OrganisationId organisation, int year, PageRequest page) {
    return page(g -> g.applicant().equals(organisation) && g.grantYear() == year, page);
  }

  @Override
  public Page<SmallGrant> findByBodyAndYear(TerytCode bodyArea, int year, PageRequest page) {
    return page(g -> g.body().area().equals(bodyArea) && g.grantYear() == year, page);
  }

  private synchronized Page<SmallGrant> page(Predicate<SmallGrant> which, PageRequest request) {
    pagesRead++;
    List<SmallGrant> all = new ArrayList<>(grants.values().stream().filter(which).toList());
    all.sort(SmallGrant.ACCUMULATION_ORDER);
    int from = (int) Math.min(all.size(), request.offset());
    int to = Math.min(all.size(), from + request.size());
    return new Page<>(all.subList(from, to), request, all.size());
  }

  @Override
  public synchronized PlannedGrantBudget savePlannedBudget(PlannedGrantBudget budget) {
    budgets.put(List.of(budget.body().area(), budget.year()), budget);
    return budget;
  }

  @Override
  public synchronized Optional<PlannedGrantBudget> findPlannedBudget(TerytCode bodyArea, int year) {
    return Optional.ofNullable(budgets.get(List.of(bodyArea, year)));
  }
}
