package pl.lsw.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.testing.Property;

class NetworkMeasuresPropertyTest {

  private static boolean inUnitInterval(Ratio r) {
    return r.signum() >= 0 && !r.isGreaterThan(Ratio.ONE);
  }

  @Test
  void densities_and_centralisation_lie_between_zero_and_one() {
    AtomicInteger sparse = new AtomicInteger();
    AtomicInteger dense = new AtomicInteger();
    Property.forAll("measures in [0, 1]", rnd -> {
      NetworkSurvey s = NetworkFixtures.random(rnd);
      for (UndirectedTieRule rule : UndirectedTieRule.values()) {
        NetworkMeasures m = s.measures(rule);
        assertTrue(inUnitInterval(m.directedDensity()), m.directedDensity()::toString);
        assertTrue(inUnitInterval(m.undirectedDensity()), m.undirectedDensity()::toString);
        m.degreeCentralisation().ifPresent(c -> assertTrue(inUnitInterval(c), c::toString));
        assertEquals(s.members().size() >= 3, m.degreeCentralisation().isPresent());
        int sumOfDegrees = m.degrees().values().stream().mapToInt(MemberDegree::undirected).sum();
        assertEquals(2 * m.undirectedTies(), sumOfDegrees);
        int in = m.degrees().values().stream().mapToInt(MemberDegree::in).sum();
        int out = m.degrees().values().stream().mapToInt(MemberDegree::out).sum();
        assertEquals(m.directedTies(), in);
        assertEquals(m.directedTies(), out);
        m.trustScores().values().forEach(t -> assertTrue(!t.isLessThan(Ratio.ONE)
            && !t.isGreaterThan(Ratio.of(4))));
      }
      NetworkMeasures either = s.measures(UndirectedTieRule.EITHER);
      NetworkMeasures both = s.measures(UndirectedTieRule.BOTH);
      assertTrue(!both.undirectedDensity().isGreaterThan(either.undirectedDensity()));
      if (either.directedDensity().signum() == 0) {
        sparse.incrementAndGet();
      }
      if (either.undirectedDensity().equals(Ratio.ONE)) {
        dense.incrementAndGet();
      }
    });
    assertTrue(sparse.get() > 0 && dense.get() > 0,
        "the generator reaches empty and complete networks: " + sparse + ", " + dense);
  }

  @Test
  void measures_do_not_depend_on_the_order_of_members_or_ratings() {
    Property.forAll("permutation invariance", rnd -> {
      NetworkSurvey s = NetworkFixtures.random(rnd);
      List<OrganisationId> members = new ArrayList<>(s.members());
      List<RelationshipRating> ratings = new ArrayList<>(s.ratings());
      Collections.shuffle(members, rnd);
      Collections.shuffle(ratings, rnd);
      NetworkSurvey shuffled = NetworkSurvey.of(members, ratings);
      for (UndirectedTieRule rule : UndirectedTieRule.values()) {
        NetworkMeasures a = s.measures(rule);
        NetworkMeasures b = shuffled.measures(rule);
        assertEquals(a.directedDensity(), b.directedDensity());
        assertEquals(a.undirectedDensity(), b.undirectedDensity());
        assertEquals(a.degreeCentralisation(), b.degreeCentralisation());
        assertEquals(sorted(a.degrees()), sorted(b.degrees()));
        assertEquals(sorted(a.trustScores()), sorted(b.trustScores()));
        assertEquals(sorted(a.valueScores()), sorted(b.valueScores()));
        assertEquals(a.overallTrust(), b.overallTrust());
        assertEquals(a.overallValue(), b.overallValue());
      }
    });
  }

  @Test
  void every_star_has_centralisation_one_and_every_complete_network_zero() {
    Property.forAll("star and complete", 20, rnd -> {
      int n = 3 + rnd.nextInt(10);
      assertEquals(Ratio.ONE, NetworkFixtures.star(n).measures().degreeCentralisation().orElseThrow());
      assertEquals(Ratio.ZERO,
          NetworkFixtures.complete(n).measures().degreeCentralisation().orElseThrow());
      assertEquals(Ratio.of(2, n), NetworkFixtures.star(n).measures().undirectedDensity());
    });
  }

  private static <V> Map<String, V> sorted(Map<OrganisationId, V> m) {
    Map<String, V> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k.toString(), v));
    return out;
  }
}
