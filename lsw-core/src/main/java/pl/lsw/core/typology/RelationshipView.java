package pl.lsw.core.typology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.organisation.OrganisationId;

/**
 * What every assessor currently thinks of one relationship, as of a day: for each assessor the
 * latest assessment made on or before that day. Assessors may disagree; the view keeps every
 * current assessment and says so ({@link #isDisputed()}), rather than averaging the ratings.
 *
 * <p>When one assessor made two assessments on the same day, the one given later in the input
 * counts.
 *
 * <p>Immutable. Polish: <i>obraz relacji w ocenach wszystkich oceniających</i>.
 *
 * @param relationship the relationship
 * @param asOf the day of the view
 * @param current the latest assessment of each assessor, ordered by assessor reference
 */
public record RelationshipView(Relationship relationship, LocalDate asOf,
    List<RelationshipAssessment> current) {

  /**
   * Copies the list and refuses an assessment of another relationship, one made after {@code
   * asOf}, or two by the same assessor.
   *
   * @param relationship the relationship
   * @param asOf the day
   * @param current the current assessments
   * @throws InvalidInputException {@code VIEW_OTHER_RELATIONSHIP}, {@code VIEW_AFTER_DAY},
   *     {@code VIEW_ASSESSOR_TWICE}, every one found
   */
  public RelationshipView {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(asOf, "asOf");
    current = List.copyOf(current);
    List<pl.lsw.core.kernel.Problem> problems = new ArrayList<>();
    Set<Assessor> seen = new java.util.HashSet<>();
    for (int i = 0; i < current.size(); i++) {
      RelationshipAssessment a = current.get(i);
      if (!a.relationship().equals(relationship)) {
        problems.add(TypologyProblems.PROBLEMS.problem("current[" + i + "]",
            "VIEW_OTHER_RELATIONSHIP", "relationship", a.relationship()));
      }
      if (a.assessedOn().isAfter(asOf)) {
        problems.add(TypologyProblems.PROBLEMS.problem("current[" + i + "]", "VIEW_AFTER_DAY",
            "date", a.assessedOn(), "asOf", asOf));
      }
      if (!seen.add(a.assessor())) {
        problems.add(TypologyProblems.PROBLEMS.problem("current[" + i + "]",
            "VIEW_ASSESSOR_TWICE", "assessor", a.assessor()));
      }
    }
    TypologyProblems.throwIfAny(problems);
  }

  /**
   * The view of {@code relationship} as of {@code asOf}, from any assessments (of any
   * relationships, at any dates): the latest of each assessor on or before the day.
   *
   * @param relationship the relationship
   * @param assessments the assessments to take the view from
   * @param asOf the day
   * @return the view; with no assessment when none was made by then
   */
  public static RelationshipView of(Relationship relationship,
      Collection<RelationshipAssessment> assessments, LocalDate asOf) {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(asOf, "asOf");
    Map<Assessor, RelationshipAssessment> latest = new LinkedHashMap<>();
    for (RelationshipAssessment a : assessments) {
      if (a.relationship().equals(relationship) && !a.assessedOn().isAfter(asOf)) {
        RelationshipAssessment before = latest.get(a.assessor());
        if (before == null || !a.assessedOn().isBefore(before.assessedOn())) {
          latest.put(a.assessor(), a);
        }
      }
    }
    List<RelationshipAssessment> current = new ArrayList<>(latest.values());
    current.sort(Comparator.comparing(a -> a.assessor().reference()));
    return new RelationshipView(relationship, asOf, current);
  }

  /** @return whether anyone had assessed the relationship by {@link #asOf()} */
  public boolean isAssessed() {
    return !current.isEmpty();
  }

  /** @return the types the current assessments give, in the order of {@link NajamType} */
  public Set<NajamType> types() {
    EnumSet<NajamType> types = EnumSet.noneOf(NajamType.class);
    current.forEach(a -> types.add(a.type()));
    return Collections.unmodifiableSet(types);
  }

  /** @return whether the current assessments give more than one type */
  public boolean isDisputed() {
    return types().size() > 1;
  }

  /** @return the one type every current assessment gives; empty when unassessed or disputed */
  public Optional<NajamType> consensus() {
    Set<NajamType> types = types();
    return types.size() == 1 ? Optional.of(types.iterator().next()) : Optional.empty();
  }

  /**
   * The type given by one assessor.
   *
   * @param assessor the assessor
   * @return the type of the assessor's current assessment, if any
   */
  public Optional<NajamType> typeBy(Assessor assessor) {
    return current.stream().filter(a -> a.assessor().equals(assessor))
        .map(RelationshipAssessment::type).findFirst();
  }

  /**
   * The view for people, partners by their ids: see {@link #describe(Locale, Function)}.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the text
   */
  public String describe(Locale locale) {
    return describe(locale, OrganisationId::toString);
  }

  /**
   * The view for people: the agreed type, "not assessed", or the disagreement with each
   * assessor's type; partners (and assessing organisations) by the names {@code names} gives.
   *
   * @param locale the reader's locale (Polish unless English)
   * @param names the organisations' names by id
   * @return the text
   */
  public String describe(Locale locale, Function<OrganisationId, String> names) {
    String relationship = this.relationship.display(names);
    if (!isAssessed()) {
      return TypologyProblems.TEXTS.format("view.unassessed",
          Map.of("relationship", relationship), locale);
    }
    Optional<NajamType> agreed = consensus();
    if (agreed.isPresent()) {
      return TypologyProblems.TEXTS.format("view.agreed", Map.of("relationship", relationship,
          "type", agreed.get(), "assessors", current.size()), locale);
    }
    String each = current.stream()
        .map(a -> a.assessor().display(names) + ": " + a.type().display(locale))
        .collect(Collectors.joining("; "));
    return TypologyProblems.TEXTS.format("view.disputed", Map.of("relationship", relationship,
        "types", List.copyOf(types()), "each", each), locale);
  }

  /** Writes a set of types for a reader: the type, "not assessed" or the types in dispute. */
  static String typesText(Set<NajamType> types, Locale locale) {
    if (types.isEmpty()) {
      return TypologyProblems.TEXTS.format("types.none", Map.of(), locale);
    }
    if (types.size() == 1) {
      return types.iterator().next().display(locale);
    }
    return TypologyProblems.TEXTS.format("types.disputed", Map.of("types", List.copyOf(types)),
        locale);
  }
}
