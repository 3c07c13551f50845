package pl.lsw.core.financing.smallgrant;

import java.util.Optional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.port.SmallGrantRepository;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.TerytCode;

/**
 * What the cross-grant rules ({@code FIN-SMALL-GRANT-YEARLY-CAP}, {@code
 * FIN-SMALL-GRANT-BUDGET-SHARE}) know of the other small grants: the totals of the grants that come
 * before a grant, and the planned NGO-grant budget of a body and year.
 *
 * <p><b>How grants accumulate.</b> The grants of one organisation (or one body) in one grant year are
 * taken in {@link SmallGrant#ACCUMULATION_ORDER} — by grant date, then by id. The total "before" a
 * grant sums the grants that come before it in that order and {@linkplain
 * SmallGrantStatus#countsTowardsLimits() count} (not refused, not withdrawn); the grant itself is
 * never part of it. So the grant that crosses a limit is the first one reported, and every later
 * counted grant of that year is over the limit too. Because the order is fixed by the grants'
 * dates and ids, the result does not depend on the order in which grants are listed or stored.
 *
 * <p>Build one from the repository ({@link #fromRepository}), from a list of grants ({@link #of}),
 * or with fixed numbers ({@link #fixed}, used by the batch checker after its single pass).
 *
 * <p>Polish: <i>historia małych grantów (dane do limitów łącznych)</i>.
 */
public interface GrantHistory {

  /**
   * The total of the counted grants that {@code grant}'s local government ({@link
   * GrantingBody#localGovernment()}) gave {@code grant}'s applicant in {@code grant}'s grant year
   * and that come before it (see the class documentation).
   */
  Money organisationTotalBefore(SmallGrant grant);

  /**
   * The total of the counted grants of {@code grant}'s body (by area) in {@code grant}'s grant year
   * that come before it.
   */
  Money bodyTotalBefore(SmallGrant grant);

  /** The NGO-grant budget the body of {@code bodyArea} planned for {@code year}, or none. */
  Optional<PlannedGrantBudget> plannedBudget(TerytCode bodyArea, int year);

  /** The planned budget of {@code body} (matched by its area) for {@code year}, or none. */
  default Optional<PlannedGrantBudget> plannedBudget(GrantingBody body, int year) {
    return plannedBudget(body.area(), year);
  }

  /** No other grants and no planned budgets. */
  static GrantHistory none() {
    return fixed(Money.ZERO, Money.ZERO, Optional.empty());
  }

  /** A history answering the same totals and budget for every grant. */
  static GrantHistory fixed(Money organisationTotalBefore, Money bodyTotalBefore, Optional<PlannedGrantBudget> budget) {
    Objects.requireNonNull(organisationTotalBefore, "organisationTotalBefore");
    Objects.requireNonNull(bodyTotalBefore, "bodyTotalBefore");
    Objects.requireNonNull(budget, "budget");
    return new GrantHistory() {
      @Override
      public Money organisationTotalBefore(SmallGrant grant) {
        return organisationTotalBefore;
      }

      @Override
      public Money bodyTotalBefore(SmallGrant grant) {
        return bodyTotalBefore;
      }

      @Override
      public Optional<PlannedGrantBudget> plannedBudget(TerytCode bodyArea, int year) {
        return budget.filter(b -> b.body().area().equals(bodyArea) && b.year() == year);
      }
    };
  }

  /**
   * A history over a list of grants and planned budgets held in memory (for a later planned budget
   * of the same body and year, the later one wins). Each question scans the grants of the
   * organisation or body asked about.
   */
  static GrantHistory of(Iterable<SmallGrant> grants, Iterable<PlannedGrantBudget> budgets) {
    Map<Object, List<SmallGrant>> byOrganisation = new HashMap<>();
    Map<Object, List<SmallGrant>> byBody = new HashMap<>();
    for (SmallGrant g : grants) {
      byOrganisation.computeIfAbsent(organisationKey(g), k -> new ArrayList<>()).add(g);
      byBody.computeIfAbsent(List.of(g.body().area(), g.grantYear()), k -> new ArrayList<>()).add(g);
    }
    Map<Object, PlannedGrantBudget> planned = new HashMap<>();
    budgets.forEach(b -> planned.put(List.of(b.body().area(), b.year()), b));
    return new GrantHistory() {
      @Override
      public Money organisationTotalBefore(SmallGrant grant) {
        return totalBefore(byOrganisation.getOrDefault(organisationKey(grant), List.of()), grant);
      }

      @Override
      public Money bodyTotalBefore(SmallGrant grant) {
        return totalBefore(byBody.getOrDefault(List.of(grant.body().area(), grant.grantYear()), List.of()), grant);
      }

      @Override
      public Optional<PlannedGrantBudget> plannedBudget(TerytCode bodyArea, int year) {
        return Optional.ofNullable(planned.get(List.of(bodyArea, year)));
      }
    };
  }

  /** A history reading the repository: every question reads the grants of one organisation or body and year. */
  static GrantHistory fromRepository(SmallGrantRepository repository) {
    Objects.requireNonNull(repository, "repository");
    return new GrantHistory() {
      @Override
      public Money organisationTotalBefore(SmallGrant grant) {
        List<SmallGrant> list = new ArrayList<>();
        TerytCode government = grant.body().localGovernment();
        repository.forEachOfOrganisationAndYear(grant.applicant(), grant.grantYear(), g -> {
          if (g.body().localGovernment().equals(government)) {
            list.add(g);
          }
        });
        return totalBefore(list, grant);
      }

      @Override
      public Money bodyTotalBefore(SmallGrant grant) {
        long[] sum = {0};
        repository.forEachOfBodyAndYear(grant.body().area(), grant.grantYear(), g -> {
          if (precedesAndCounts(g, grant)) {
            sum[0] += g.amount().grosze();
          }
        });
        return Money.ofGrosze(sum[0]);
      }

      @Override
      public Optional<PlannedGrantBudget> plannedBudget(TerytCode bodyArea, int year) {
        return repository.findPlannedBudget(bodyArea, year);
      }
    };
  }

  /**
   * Whether {@code other} counts towards the limits of {@code grant}: a different grant of the same
   * grant year, counted by its status, coming before {@code grant} in {@link
   * SmallGrant#ACCUMULATION_ORDER}.
   */
  static boolean precedesAndCounts(SmallGrant other, SmallGrant grant) {
    return !other.id().equals(grant.id())
        && other.grantYear() == grant.grantYear()
        && other.status().countsTowardsLimits()
        && SmallGrant.ACCUMULATION_ORDER.compare(other, grant) < 0;
  }

  private static Money totalBefore(List<SmallGrant> grants, SmallGrant grant) {
    long sum = 0;
    for (SmallGrant g : grants) {
      if (precedesAndCounts(g, grant)) {
        sum += g.amount().grosze();
      }
    }
    return Money.ofGrosze(sum);
  }

  /**
   * The key under which the yearly cap accumulates: the applicant, the local government that gives
   * the grant and the grant year.
   */
  static List<Object> organisationKey(SmallGrant grant) {
    return List.of(grant.applicant(), grant.body().localGovernment(), grant.grantYear());
  }
}
