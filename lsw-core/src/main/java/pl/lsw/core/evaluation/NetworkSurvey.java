package pl.lsw.core.evaluation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;

/**
 * A survey of the relationships in a network, as the PARTNER tool collects it: the members, and
 * for each ordered pair of members at most one directed {@link RelationshipRating} (what the rater
 * says about the rated member). A pair with no rating counts as "no relationship reported" by that
 * rater. Compute its measures with {@link #measures()} or {@link #measures(UndirectedTieRule)}.
 *
 * <p>Rules, all reported at once ({@link pl.lsw.core.kernel.InvalidInputException} from the
 * constructor and {@link #of}, or {@link #validate}): at least {@value #MIN_MEMBERS} members
 * ({@code NETWORK_TOO_SMALL}), none listed twice ({@code NETWORK_MEMBER_DUPLICATE}); each rating's
 * rater and rated member are members ({@code RATING_UNKNOWN_MEMBER}); one rating per ordered pair
 * ({@code RATING_DUPLICATE}).
 *
 * <p>Polish: <i>badanie sieci współpracy (ankieta relacji)</i>.
 *
 * @param members the members, in the order reports list them
 * @param ratings the directed ratings
 */
public record NetworkSurvey(List<OrganisationId> members, List<RelationshipRating> ratings) {

  /** The fewest members of a network (a density needs at least one possible tie). */
  public static final int MIN_MEMBERS = 2;

  /**
   * Checks the survey and copies its lists.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public NetworkSurvey {
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(ratings, "ratings");
    members = List.copyOf(members);
    ratings = List.copyOf(ratings);
    List<Problem> problems = new ArrayList<>();
    Set<OrganisationId> known = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      if (!known.add(members.get(i))) {
        problems.add(EvaluationProblems.PROBLEMS.problem("members[" + i + "]",
            "NETWORK_MEMBER_DUPLICATE", "member", members.get(i)));
      }
    }
    if (known.size() < MIN_MEMBERS) {
      problems.add(EvaluationProblems.PROBLEMS.problem("members", "NETWORK_TOO_SMALL",
          "count", known.size(), "min", MIN_MEMBERS));
    }
    Set<List<OrganisationId>> pairs = new HashSet<>();
    for (int i = 0; i < ratings.size(); i++) {
      RelationshipRating r = ratings.get(i);
      String path = "ratings[" + i + "]";
      if (!known.contains(r.rater())) {
        problems.add(EvaluationProblems.PROBLEMS.problem(path + ".rater", "RATING_UNKNOWN_MEMBER",
            "member", r.rater()));
      }
      if (!known.contains(r.rated())) {
        problems.add(EvaluationProblems.PROBLEMS.problem(path + ".rated", "RATING_UNKNOWN_MEMBER",
            "member", r.rated()));
      }
      if (!pairs.add(List.of(r.rater(), r.rated()))) {
        problems.add(EvaluationProblems.PROBLEMS.problem(path, "RATING_DUPLICATE",
            "rater", r.rater(), "rated", r.rated()));
      }
    }
    EvaluationProblems.throwIfAny(problems);
  }

  /**
   * The survey.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public static NetworkSurvey of(List<OrganisationId> members, List<RelationshipRating> ratings) {
    return new NetworkSurvey(members, ratings);
  }

  /** The survey, or every problem of it. */
  public static Validation<Seq<Problem>, NetworkSurvey> validate(List<OrganisationId> members,
      List<RelationshipRating> ratings) {
    return EvaluationProblems.validation(() -> new NetworkSurvey(members, ratings));
  }

  /** The rating {@code rater} gave {@code rated}, if it gave one. */
  public Optional<RelationshipRating> rating(OrganisationId rater, OrganisationId rated) {
    return ratings.stream().filter(r -> r.rater().equals(rater) && r.rated().equals(rated))
        .findFirst();
  }

  /** The measures with undirected ties by {@link UndirectedTieRule#EITHER}. */
  public NetworkMeasures measures() {
    return NetworkMeasures.of(this, UndirectedTieRule.EITHER);
  }

  /** The measures with undirected ties by {@code rule}. */
  public NetworkMeasures measures(UndirectedTieRule rule) {
    return NetworkMeasures.of(this, rule);
  }

  /** The ratings keyed by (rater, rated), in survey order. */
  Map<List<OrganisationId>, RelationshipRating> byPair() {
    Map<List<OrganisationId>, RelationshipRating> m = new LinkedHashMap<>();
    ratings.forEach(r -> m.put(List.of(r.rater(), r.rated()), r));
    return m;
  }

  /** The members as a set, in order. */
  Set<OrganisationId> memberSet() {
    return new LinkedHashSet<>(members);
  }
}
