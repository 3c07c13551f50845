package pl.lsw.core.financing.smallgrant;

import java.util.Optional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.PlannedGrantBudget;
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
   * The total of the counted grants of every body of {@code grant}'s local government ({@link
   * GrantingBody#localGovernment()}: for a Warsaw district board, the city and all its district
   * boards) in {@code grant}'s grant year that come before it; the base of {@code
   * FIN-SMALL-GRANT-BUDGET-SHARE}.
   */
  Money bodyTotalBefore(SmallGrant grant);

  /**
   * The total of the counted grants of {@code grant}'s body alone (matched by its area) in {@code
   * grant}'s grant year that come before it; the base of {@code FIN-SMALL-GRANT-DISTRICT-ALLOTMENT}.
   * For a body whose area is its local government this equals {@link #bodyTotalBefore}, which is
   * what this default answers.
   */
  default Money areaTotalBefore(SmallGrant grant) {
    return bodyTotalBefore(grant);
  }

  /**
   * The NGO-grant budget planned under {@code bodyArea} for {@code year}, or none: a local
   * government's plan under its own code, a district's own allotment under the district's code.
   */
  Optional<PlannedGrantBudget> plannedBudget(TerytCode bodyArea, int year);

  /** The planned budget of {@code body} (matched by its area) for {@code year}, or none. */
  default Optional<PlannedGrantBudget> plannedBudget(GrantingBody body, int year) {
    return plannedBudget(body.area(), year);
  }

  /** No other grants and no planned budgets. */
  static GrantHistory none() {
    return fixed(Money.ZERO, Money.ZERO, Optional.empty());
  }

  /**
   * A history answering the same totals and budget for every grant; the body's own total equals the
   * local government's total.
   */
  static GrantHistory fixed(Money organisationTotalBefore, Money bodyTotalBefore, Optional<PlannedGrantBudget> budget) {
    Objects.requireNonNull(budget, "budget");
    return fixed(organisationTotalBefore, bodyTotalBefore, bodyTotalBefore, budget.stream().toList());
  }

  /**
   * A history answering the same totals for every grant, with planned budgets matched by area and
   * year (a later one of the same area and year wins).
   *
   * @param organisationTotalBefore the organisation's total before (yearly cap)
   * @param bodyTotalBefore the local government's total before (budget share)
   * @param areaTotalBefore the body's own total before (district allotment)
   * @param budgets the planned budgets
   */
  static GrantHistory fixed(Money organisationTotalBefore, Money bodyTotalBefore, Money areaTotalBefore,
      java.util.Collection<PlannedGrantBudget> budgets) {
    Objects.requireNonNull(organisationTotalBefore, "organisationTotalBefore");
    Objects.requireNonNull(bodyTotalBefore, "bodyTotalBefore");
    Objects.requireNonNull(areaTotalBefore, "areaTotalBefore");
    Map<Object, PlannedGrantBudget> planned = new HashMap<>();
    budgets.forEach(b -> planned.put(List.of(b.body().area(), b.year()), b));
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
      public Money areaTotalBefore(SmallGrant grant) {
        return areaTotalBefore;
      }

      @Override
      public Optional<PlannedGrantBudget> plannedBudget(TerytCode bodyArea, int year) {
        return Optional.ofNullable(planned.get(List.of(bodyArea, year)));
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
    Map<Object, List<SmallGrant>> byArea = new HashMap<>();
    for (SmallGrant g : grants) {
      byOrganisation.computeIfAbsent(organisationKey(g), k -> new ArrayList<>()).add(g);
      byBody.computeIfAbsent(localGovernmentKey(g), k -> new ArrayList<>()).add(g);
      byArea.computeIfAbsent(List.of(g.body().area(), g.grantYear()), k -> new ArrayList<>()).add(g);
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
        return totalBefore(byBody.getOrDefault(localGovernmentKey(grant), List.of()), grant);
      }

      @Override
      public Money areaTotalBefore(SmallGrant grant) {
        return totalBefore(byArea.getOrDefault(List.of(grant.body().area(), grant.grantYear()), List.of()), grant);
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
        long sum = 0;
        for (TerytCode area : areasOf(grant.body().localGovernment())) {
          sum += sumBefore(area, grant);
        }
        return Money.ofGrosze(sum);
      }

      @Override
      public Money areaTotalBefore(SmallGrant grant) {
        return Money.ofGrosze(sumBefore(grant.body().area(), grant));
      }

      private long sumBefore(TerytCode area, SmallGrant grant) {
        long[] sum = {0};
        repository.forEachOfBodyAndYear(area, grant.grantYear(), g -> {
          if (precedesAndCounts(g, grant)) {
            sum[0] += g.amount().grosze();
          }
        });
        return sum[0];
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
   * The key under which the budget share accumulates: the local government that gives the grant and
   * the grant year.
   */
  static List<Object> localGovernmentKey(SmallGrant grant) {
    return List.of(grant.body().localGovernment(), grant.grantYear());
  }

  /**
   * Every area whose body acts for the local government {@code jst}: the unit itself, and for a
   * city with districts or delegations (Warsaw; Kraków, Łódź, Poznań, Wrocław) every well-formed
   * district or delegation code of that city, for an urban-rural commune its town and rural area.
   */
  static List<TerytCode> areasOf(TerytCode jst) {
    List<TerytCode> out = new ArrayList<>();
    out.add(jst);
    String v = jst.value();
    if (v.length() != 7) {
      return out;
    }
    String county = v.substring(0, 4);
    if (v.endsWith("3")) {
      out.add(TerytCode.of(v.substring(0, 6) + "4"));
      out.add(TerytCode.of(v.substring(0, 6) + "5"));
    } else if (v.equals(county + "011")
        && (county.equals(TerytCode.WARSAW_COUNTY) || TerytCode.DELEGATION_CITY_COUNTIES.contains(county))) {
      char type = county.equals(TerytCode.WARSAW_COUNTY) ? '8' : '9';
      for (int n = 1; n <= 99; n++) {
        String code = county + String.format("%02d", n) + type;
        TerytCode.parse(code).forEach(out::add);
      }
    }
    return out;
  }

  /**
   * The key under which the yearly cap accumulates: the applicant, the local government that gives
   * the grant and the grant year.
   */
  static List<Object> organisationKey(SmallGrant grant) {
    return List.of(grant.applicant(), grant.body().localGovernment(), grant.grantYear());
  }
}
