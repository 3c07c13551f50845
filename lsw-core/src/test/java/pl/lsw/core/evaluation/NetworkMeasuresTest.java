package pl.lsw.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.evaluation.NetworkFixtures.org;
import static pl.lsw.core.evaluation.NetworkFixtures.orgs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;

class NetworkMeasuresTest {

  @Test
  void a_star_of_four_has_half_its_ties_and_centralisation_one() {
    NetworkMeasures m = NetworkFixtures.star(4).measures();
    assertEquals(6, m.directedTies());
    assertEquals(12, m.possibleDirectedTies());
    assertEquals(Ratio.of(1, 2), m.directedDensity());
    assertEquals(3, m.undirectedTies());
    assertEquals(Ratio.of(1, 2), m.undirectedDensity());
    assertEquals(Optional.of(Ratio.ONE), m.degreeCentralisation());
    assertEquals(new MemberDegree(3, 3, 3), m.degree(org(1)));
    assertEquals(new MemberDegree(1, 1, 1), m.degree(org(4)));
  }

  @Test
  void a_star_reported_only_by_its_centre_differs_by_the_tie_rule() {
    List<OrganisationId> m = orgs(4);
    List<RelationshipRating> r = new ArrayList<>();
    for (int i = 1; i < 4; i++) {
      r.add(RelationshipRating.unscoredTie(m.get(0), m.get(i)));
      r.add(RelationshipRating.noTie(m.get(i), m.get(0)));
    }
    NetworkSurvey s = NetworkSurvey.of(m, r);
    NetworkMeasures either = s.measures(UndirectedTieRule.EITHER);
    NetworkMeasures both = s.measures(UndirectedTieRule.BOTH);
    assertEquals(Ratio.of(1, 4), either.directedDensity());
    assertEquals(Ratio.of(1, 2), either.undirectedDensity());
    assertEquals(Optional.of(Ratio.ONE), either.degreeCentralisation());
    assertEquals(Ratio.ZERO, both.undirectedDensity());
    assertEquals(Optional.of(Ratio.ZERO), both.degreeCentralisation());
    assertEquals(new MemberDegree(0, 3, 3), either.degree(m.get(0)));
    assertEquals(new MemberDegree(1, 0, 1), either.degree(m.get(1)));
    assertEquals(new MemberDegree(0, 3, 0), both.degree(m.get(0)));
    assertEquals(Optional.empty(), either.overallTrust());
  }

  @Test
  void a_chain_of_four_has_centralisation_one_third() {
    NetworkMeasures m = NetworkFixtures.chain(4).measures();
    assertEquals(Ratio.of(1, 2), m.directedDensity());
    assertEquals(Ratio.of(1, 2), m.undirectedDensity());
    // degrees 1, 2, 2, 1; sum of (2 - d) = 2; (n - 1)(n - 2) = 6
    assertEquals(Optional.of(Ratio.of(1, 3)), m.degreeCentralisation());
    assertEquals(new BigDecimal("0.3333"), m.degreeCentralisation().orElseThrow().decimal());
    assertEquals(Percent.of("33.33"), m.degreeCentralisation().orElseThrow().percent());
  }

  @Test
  void a_complete_network_has_density_one_and_centralisation_zero() {
    for (int n = 3; n <= 7; n++) {
      NetworkMeasures m = NetworkFixtures.complete(n).measures();
      assertEquals(Ratio.ONE, m.directedDensity());
      assertEquals(Ratio.ONE, m.undirectedDensity());
      assertEquals(Optional.of(Ratio.ZERO), m.degreeCentralisation());
      assertEquals(Optional.of(Ratio.of(4)), m.overallTrust());
      assertEquals(Ratio.ONE, NetworkMeasures.shareOfMaximum(m.overallTrust().orElseThrow()));
    }
  }

  @Test
  void a_pair_that_disagrees_keeps_each_direction() {
    OrganisationId a = org(1);
    OrganisationId b = org(2);
    OrganisationId c = org(3);
    NetworkSurvey s = NetworkSurvey.of(List.of(a, b, c), List.of(
        RelationshipRating.tie(a, b, new RelationshipScores(4, 4, 4, 3, 3, 3)),
        RelationshipRating.noTie(b, a)));
    NetworkMeasures either = s.measures();
    assertEquals(1, either.directedTies());
    assertEquals(Ratio.of(1, 6), either.directedDensity());
    assertEquals(Ratio.of(1, 3), either.undirectedDensity());
    assertEquals(Ratio.ZERO, s.measures(UndirectedTieRule.BOTH).undirectedDensity());
    assertEquals(new MemberDegree(0, 1, 1), either.degree(a));
    assertEquals(new MemberDegree(1, 0, 1), either.degree(b));
    assertEquals(new MemberDegree(0, 0, 0), either.degree(c));
    // max degree 1: (1-1) + (1-1) + (1-0) = 1 over (2)(1)
    assertEquals(Optional.of(Ratio.of(1, 2)), either.degreeCentralisation());
    assertEquals(Optional.of(Ratio.of(4)), either.trust(b));
    assertEquals(Optional.of(Ratio.of(3)), either.value(b));
    assertEquals(Optional.empty(), either.trust(a), "B gave A no score");
    assertEquals(Optional.of(Ratio.of(4)), either.overallTrust());
    assertEquals(Optional.of(Ratio.of(3)), either.overallValue());
    assertEquals(Ratio.of(3, 4), NetworkMeasures.shareOfMaximum(either.overallValue().orElseThrow()));
  }

  @Test
  void a_members_trust_is_the_mean_of_what_others_gave_it_never_its_own() {
    OrganisationId x = org(1);
    OrganisationId y = org(2);
    OrganisationId z = org(3);
    NetworkSurvey s = NetworkSurvey.of(List.of(x, y, z), List.of(
        RelationshipRating.tie(y, x, new RelationshipScores(4, 3, 2, 1, 2, 3)),
        RelationshipRating.tie(z, x, new RelationshipScores(1, 1, 2, 4, 4, 4)),
        RelationshipRating.tie(x, y, RelationshipScores.uniform(1))));
    NetworkMeasures m = s.measures();
    // trust of x: (4+3+2 + 1+1+2) / 6 = 13/6; value: (1+2+3 + 4+4+4) / 6 = 3
    assertEquals(Optional.of(Ratio.of(13, 6)), m.trust(x));
    assertEquals(new BigDecimal("2.1667"), m.trust(x).orElseThrow().decimal());
    assertEquals(Optional.of(Ratio.of(3)), m.value(x));
    assertEquals(Optional.of(Ratio.ONE), m.trust(y));
    assertEquals(Optional.empty(), m.trust(z));
    // overall: (9 + 4 + 3) / 9 trust items
    assertEquals(Optional.of(Ratio.of(16, 9)), m.overallTrust());
  }

  @Test
  void centralisation_needs_three_members() {
    NetworkSurvey pair = NetworkSurvey.of(orgs(2), NetworkFixtures.mutual(org(1), org(2), 2));
    assertEquals(Optional.empty(), pair.measures().degreeCentralisation());
    assertEquals(Ratio.ONE, pair.measures().undirectedDensity());
  }

  @Test
  void every_problem_of_a_survey_is_listed_at_once() {
    OrganisationId a = org(1);
    OrganisationId stranger = org(99);
    List<RelationshipRating> ratings = List.of(RelationshipRating.noTie(a, stranger),
        RelationshipRating.noTie(stranger, a), RelationshipRating.noTie(a, stranger));
    var v = NetworkSurvey.validate(List.of(a, a), ratings);
    assertTrue(v.isInvalid());
    List<String> codes = v.getError().map(Problem::code).toJavaList();
    assertEquals(List.of("NETWORK_MEMBER_DUPLICATE", "NETWORK_TOO_SMALL", "RATING_UNKNOWN_MEMBER",
        "RATING_UNKNOWN_MEMBER", "RATING_UNKNOWN_MEMBER", "RATING_DUPLICATE"), codes);
    assertEquals("ratings[1].rater", v.getError().get(3).path());
    assertTrue(v.getError().get(1).message(Messages.POLISH).contains("co najmniej 2"));
  }

  @Test
  void ratings_and_scores_refuse_bad_input_with_every_problem() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new RelationshipScores(0, 5, 1, 4, 9, 2));
    assertEquals(List.of("reliability", "missionSupport", "involvement"),
        e.problems().stream().map(Problem::path).toList());
    assertTrue(e.problems().get(0).message(java.util.Locale.ENGLISH)
        .contains("from 1 to 4, and it is 0"));
    var r = RelationshipRating.validate(org(1), org(1), false,
        Optional.of(RelationshipScores.uniform(2)));
    assertEquals(List.of("RATING_SELF", "RATING_SCORES_WITHOUT_TIE"),
        r.getError().map(Problem::code).toJavaList());
    assertTrue(RelationshipScores.validate(1, 2, 3, 4, 4, 4).isValid());
  }

  @Test
  void a_non_member_has_no_degree() {
    assertThrows(IllegalArgumentException.class,
        () -> NetworkFixtures.star(3).measures().degree(org(42)));
  }
}
