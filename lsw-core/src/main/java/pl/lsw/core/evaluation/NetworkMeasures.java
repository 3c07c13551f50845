package pl.lsw.core.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.organisation.OrganisationId;

/**
 * The measures of a {@link NetworkSurvey}, as the PARTNER tool reports them, every one exact
 * ({@link Ratio}). With {@code n} members:
 *
 * <ul>
 *   <li><b>directed ties</b>: ordered pairs (a, b), a ≠ b, where a reports a relationship with b;
 *       <b>directed density</b> = directed ties / {@code n(n − 1)};
 *   <li><b>undirected ties</b>: unordered pairs {a, b} tied by the {@link UndirectedTieRule} of
 *       these measures ({@link UndirectedTieRule#EITHER}: at least one of the two reports the
 *       relationship; {@link UndirectedTieRule#BOTH}: both do); <b>undirected density</b> =
 *       undirected ties / {@code n(n − 1)/2};
 *   <li><b>degree</b> of a member ({@link MemberDegree}): in (members reporting it), out (members
 *       it reports), undirected (its neighbours under the tie rule);
 *   <li><b>degree centralisation</b> (Freeman 1979, on the undirected network): {@code Σ (d_max −
 *       d_i) / ((n − 1)(n − 2))}, where {@code d_i} is each member's undirected degree and {@code
 *       d_max} the largest; 0 for a complete (or empty) network, 1 for a star; defined for {@code n
 *       ≥ 3} only (with two members a single tie is both a star and complete);
 *   <li><b>trust and value of a member</b>: the mean, over the scored ratings <em>others gave
 *       it</em>, of each relationship's trust (mean of reliability, mission support, openness) and
 *       value (mean of power/influence, involvement, resource contribution); its own ratings of
 *       others never count for it (directed ratings stay directed); empty when nobody scored it;
 *   <li><b>overall trust and value</b>: the same means over every scored rating in the network,
 *       on the 1–4 scale; {@link #shareOfMaximum(Ratio)} expresses such a mean as a share of the
 *       highest score 4, to show as a percentage.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * <p>Polish: <i>miary sieci (gęstość, centralizacja, zaufanie, wartość)</i>.
 */
public final class NetworkMeasures {

  private final NetworkSurvey survey;
  private final UndirectedTieRule tieRule;
  private final int directedTies;
  private final int undirectedTies;
  private final Map<OrganisationId, MemberDegree> degrees;
  private final Map<OrganisationId, Ratio> trust;
  private final Map<OrganisationId, Ratio> value;
  private final Optional<Ratio> overallTrust;
  private final Optional<Ratio> overallValue;

  private NetworkMeasures(NetworkSurvey survey, UndirectedTieRule tieRule) {
    this.survey = survey;
    this.tieRule = tieRule;
    List<OrganisationId> members = survey.members();
    Map<List<OrganisationId>, RelationshipRating> pairs = survey.byPair();
    Map<OrganisationId, int[]> deg = new LinkedHashMap<>();
    members.forEach(m -> deg.put(m, new int[3]));
    int directed = 0;
    int undirected = 0;
    for (int i = 0; i < members.size(); i++) {
      OrganisationId a = members.get(i);
      for (int j = i + 1; j < members.size(); j++) {
        OrganisationId b = members.get(j);
        boolean ab = reports(pairs, a, b);
        boolean ba = reports(pairs, b, a);
        if (ab) {
          directed++;
          deg.get(a)[1]++;
          deg.get(b)[0]++;
        }
        if (ba) {
          directed++;
          deg.get(b)[1]++;
          deg.get(a)[0]++;
        }
        if (tieRule.tie(ab, ba)) {
          undirected++;
          deg.get(a)[2]++;
          deg.get(b)[2]++;
        }
      }
    }
    this.directedTies = directed;
    this.undirectedTies = undirected;
    Map<OrganisationId, MemberDegree> d = new LinkedHashMap<>();
    deg.forEach((m, v) -> d.put(m, new MemberDegree(v[0], v[1], v[2])));
    this.degrees = Collections.unmodifiableMap(d);
    Map<OrganisationId, long[]> sums = new LinkedHashMap<>();
    long trustAll = 0;
    long valueAll = 0;
    long scoredAll = 0;
    for (RelationshipRating r : survey.ratings()) {
      if (r.scores().isEmpty()) {
        continue;
      }
      RelationshipScores s = r.scores().get();
      long[] t = sums.computeIfAbsent(r.rated(), k -> new long[3]);
      t[0] += s.trustSum();
      t[1] += s.valueSum();
      t[2]++;
      trustAll += s.trustSum();
      valueAll += s.valueSum();
      scoredAll++;
    }
    Map<OrganisationId, Ratio> tr = new LinkedHashMap<>();
    Map<OrganisationId, Ratio> va = new LinkedHashMap<>();
    for (OrganisationId m : members) {
      long[] t = sums.get(m);
      if (t != null) {
        tr.put(m, Ratio.of(t[0], 3 * t[2]));
        va.put(m, Ratio.of(t[1], 3 * t[2]));
      }
    }
    this.trust = Collections.unmodifiableMap(tr);
    this.value = Collections.unmodifiableMap(va);
    this.overallTrust = scoredAll == 0 ? Optional.empty()
        : Optional.of(Ratio.of(trustAll, 3 * scoredAll));
    this.overallValue = scoredAll == 0 ? Optional.empty()
        : Optional.of(Ratio.of(valueAll, 3 * scoredAll));
  }

  /** The measures of {@code survey} with undirected ties by {@code tieRule}. */
  public static NetworkMeasures of(NetworkSurvey survey, UndirectedTieRule tieRule) {
    return new NetworkMeasures(Objects.requireNonNull(survey, "survey"),
        Objects.requireNonNull(tieRule, "tieRule"));
  }

  private static boolean reports(Map<List<OrganisationId>, RelationshipRating> pairs,
      OrganisationId a, OrganisationId b) {
    RelationshipRating r = pairs.get(List.of(a, b));
    return r != null && r.relationshipExists();
  }

  /** The survey measured. */
  public NetworkSurvey survey() {
    return survey;
  }

  /** The rule by which undirected ties were derived. */
  public UndirectedTieRule tieRule() {
    return tieRule;
  }

  /** The number of members, {@code n}. */
  public int size() {
    return survey.members().size();
  }

  /** The number of directed ties (ordered pairs with a reported relationship). */
  public int directedTies() {
    return directedTies;
  }

  /** The number of undirected ties under {@link #tieRule()}. */
  public int undirectedTies() {
    return undirectedTies;
  }

  /** The possible directed ties, {@code n(n − 1)}. */
  public int possibleDirectedTies() {
    return size() * (size() - 1);
  }

  /** The possible undirected ties, {@code n(n − 1)/2}. */
  public int possibleUndirectedTies() {
    return size() * (size() - 1) / 2;
  }

  /** Directed density: directed ties / {@code n(n − 1)}, from 0 to 1. */
  public Ratio directedDensity() {
    return Ratio.of(directedTies, possibleDirectedTies());
  }

  /** Undirected density: undirected ties / {@code n(n − 1)/2}, from 0 to 1. */
  public Ratio undirectedDensity() {
    return Ratio.of(undirectedTies, possibleUndirectedTies());
  }

  /**
   * Freeman's degree centralisation of the undirected network, from 0 (complete or empty) to 1
   * (a star); empty with fewer than three members.
   */
  public Optional<Ratio> degreeCentralisation() {
    int n = size();
    if (n < 3) {
      return Optional.empty();
    }
    int max = degrees.values().stream().mapToInt(MemberDegree::undirected).max().orElse(0);
    long sum = degrees.values().stream().mapToLong(d -> max - d.undirected()).sum();
    return Optional.of(Ratio.of(sum, (long) (n - 1) * (n - 2)));
  }

  /** Every member's degree, in member order. */
  public Map<OrganisationId, MemberDegree> degrees() {
    return degrees;
  }

  /**
   * The degree of {@code member}.
   *
   * @throws IllegalArgumentException when it is not a member
   */
  public MemberDegree degree(OrganisationId member) {
    MemberDegree d = degrees.get(member);
    if (d == null) {
      throw new IllegalArgumentException(member + " is not a member of the network");
    }
    return d;
  }

  /** The trust others gave {@code member} (mean, 1–4), empty when nobody scored it. */
  public Optional<Ratio> trust(OrganisationId member) {
    return Optional.ofNullable(trust.get(member));
  }

  /** The value others gave {@code member} (mean, 1–4), empty when nobody scored it. */
  public Optional<Ratio> value(OrganisationId member) {
    return Optional.ofNullable(value.get(member));
  }

  /** The trust of every member somebody scored, in member order. */
  public Map<OrganisationId, Ratio> trustScores() {
    return trust;
  }

  /** The value of every member somebody scored, in member order. */
  public Map<OrganisationId, Ratio> valueScores() {
    return value;
  }

  /** The network's overall trust: mean trust of every scored rating (1–4); empty with none. */
  public Optional<Ratio> overallTrust() {
    return overallTrust;
  }

  /** The network's overall value: mean value of every scored rating (1–4); empty with none. */
  public Optional<Ratio> overallValue() {
    return overallValue;
  }

  /** A mean on the 1–4 scale as a share of the highest score: {@code mean / 4}. */
  public static Ratio shareOfMaximum(Ratio mean) {
    return mean.divide(Ratio.of(RelationshipScores.MAX));
  }
}
