package pl.lsw.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import pl.lsw.core.organisation.OrganisationId;

/** Networks for the measure tests, and a generator of random surveys for property tests. */
final class NetworkFixtures {

  private NetworkFixtures() {}

  static OrganisationId org(int i) {
    return OrganisationId.of(new UUID(0x15A, i));
  }

  static List<OrganisationId> orgs(int n) {
    List<OrganisationId> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(org(i));
    }
    return out;
  }

  /** Both directions of a scored tie. */
  static List<RelationshipRating> mutual(OrganisationId a, OrganisationId b, int score) {
    return List.of(RelationshipRating.tie(a, b, RelationshipScores.uniform(score)),
        RelationshipRating.tie(b, a, RelationshipScores.uniform(score)));
  }

  /** A star of n members: member 1 is the centre; every tie reported by both sides. */
  static NetworkSurvey star(int n) {
    List<OrganisationId> m = orgs(n);
    List<RelationshipRating> r = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      r.addAll(mutual(m.get(0), m.get(i), 3));
    }
    return NetworkSurvey.of(m, r);
  }

  /** A chain 1 – 2 – … – n, every tie reported by both sides. */
  static NetworkSurvey chain(int n) {
    List<OrganisationId> m = orgs(n);
    List<RelationshipRating> r = new ArrayList<>();
    for (int i = 0; i + 1 < n; i++) {
      r.addAll(mutual(m.get(i), m.get(i + 1), 3));
    }
    return NetworkSurvey.of(m, r);
  }

  /** Every member tied to every other, reported by both. */
  static NetworkSurvey complete(int n) {
    List<OrganisationId> m = orgs(n);
    List<RelationshipRating> r = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          r.add(RelationshipRating.tie(m.get(i), m.get(j), RelationshipScores.uniform(4)));
        }
      }
    }
    return NetworkSurvey.of(m, r);
  }

  /** A random survey of 2 to 9 members: each ordered pair unrated, no tie, unscored or scored. */
  static NetworkSurvey random(Random rnd) {
    int n = 2 + rnd.nextInt(8);
    List<OrganisationId> m = orgs(n);
    List<RelationshipRating> r = new ArrayList<>();
    double density = rnd.nextDouble();
    for (OrganisationId a : m) {
      for (OrganisationId b : m) {
        if (a.equals(b) || rnd.nextInt(5) == 0) {
          continue;
        }
        if (rnd.nextDouble() >= density) {
          r.add(RelationshipRating.noTie(a, b));
        } else if (rnd.nextInt(6) == 0) {
          r.add(RelationshipRating.unscoredTie(a, b));
        } else {
          r.add(RelationshipRating.tie(a, b, new RelationshipScores(score(rnd), score(rnd),
              score(rnd), score(rnd), score(rnd), score(rnd))));
        }
      }
    }
    return NetworkSurvey.of(m, r);
  }

  private static int score(Random rnd) {
    return 1 + rnd.nextInt(4);
  }
}
