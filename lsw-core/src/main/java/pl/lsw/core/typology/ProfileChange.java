package pl.lsw.core.typology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.organisation.OrganisationId;

/**
 * Which relationships of a partnership changed type between two days, from what to what. A
 * relationship's type on a day is the set of types of its current assessments ({@link
 * RelationshipView#types()}): one type when the assessors agree, several when they disagree, none
 * when not yet assessed; a relationship changed when the two sets differ.
 *
 * <p>Immutable. Polish: <i>zmiana profilu współpracy między dwiema datami</i>.
 *
 * @param from the earlier day
 * @param to the later day
 * @param changes the relationships whose types differ, ordered by relationship
 */
public record ProfileChange(LocalDate from, LocalDate to, List<TypeChange> changes) {

  /**
   * Copies the list and refuses a later day before the earlier one.
   *
   * @param from the earlier day
   * @param to the later day
   * @param changes the changes
   * @throws InvalidInputException {@code PROFILE_DATE_ORDER}
   */
  public ProfileChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    changes = List.copyOf(changes);
    if (to.isBefore(from)) {
      throw new InvalidInputException(List.of(TypologyProblems.PROBLEMS.problem("to",
          "PROFILE_DATE_ORDER", "from", from, "to", to)));
    }
  }

  /**
   * The changes of type between {@code from} and {@code to} of the relationships in {@code
   * assessments}.
   *
   * @param assessments assessments of any relationships at any dates
   * @param from the earlier day
   * @param to the later day, not before {@code from}
   * @return the change
   * @throws InvalidInputException {@code PROFILE_DATE_ORDER}
   */
  public static ProfileChange between(Collection<RelationshipAssessment> assessments,
      LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return new ProfileChange(from, to, List.of());
    }
    List<RelationshipAssessment> all = List.copyOf(assessments);
    Set<Relationship> relationships = new LinkedHashSet<>();
    all.stream().filter(a -> !a.assessedOn().isAfter(to)).map(RelationshipAssessment::relationship)
        .sorted(Comparator.comparing(Relationship::toString)).forEach(relationships::add);
    List<TypeChange> changes = new ArrayList<>();
    for (Relationship r : relationships) {
      Set<NajamType> before = RelationshipView.of(r, all, from).types();
      Set<NajamType> after = RelationshipView.of(r, all, to).types();
      if (!before.equals(after)) {
        changes.add(new TypeChange(r, before, after));
      }
    }
    return new ProfileChange(from, to, changes);
  }

  /** @return whether no relationship changed type */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The changes for people, one line each ("a–b: confrontation → complementarity").
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the lines
   */
  public List<String> describe(Locale locale) {
    return describe(locale, OrganisationId::toString);
  }

  /**
   * The changes for people, partners by the names {@code names} gives.
   *
   * @param locale the reader's locale (Polish unless English)
   * @param names the organisations' names by id
   * @return the lines
   */
  public List<String> describe(Locale locale, Function<OrganisationId, String> names) {
    return changes.stream().map(c -> c.describe(locale, names)).toList();
  }

  /**
   * The change of one relationship.
   *
   * <p>Immutable. Polish: <i>zmiana typu relacji</i>.
   *
   * @param relationship the relationship
   * @param before its types on the earlier day (empty: not assessed; several: disputed)
   * @param after its types on the later day
   */
  public record TypeChange(Relationship relationship, Set<NajamType> before,
      Set<NajamType> after) {

    /**
     * Copies the sets.
     *
     * @param relationship the relationship
     * @param before the earlier types
     * @param after the later types
     */
    public TypeChange {
      Objects.requireNonNull(relationship, "relationship");
      before = Set.copyOf(before);
      after = Set.copyOf(after);
    }

    /**
     * The change for people.
     *
     * @param locale the reader's locale (Polish unless English)
     * @return e.g. "a–b: konfrontacja → komplementarność"
     */
    public String describe(Locale locale) {
      return describe(locale, OrganisationId::toString);
    }

    /**
     * The change for people, partners by the names {@code names} gives.
     *
     * @param locale the reader's locale (Polish unless English)
     * @param names the organisations' names by id
     * @return e.g. "OPS Praga-Północ – Fundacja A: konfrontacja → komplementarność"
     */
    public String describe(Locale locale, Function<OrganisationId, String> names) {
      return TypologyProblems.TEXTS.format("change.line", Map.of("relationship",
          relationship.display(names),
          "before", RelationshipView.typesText(ordered(before), locale),
          "after", RelationshipView.typesText(ordered(after), locale)), locale);
    }

    private static Set<NajamType> ordered(Set<NajamType> types) {
      Set<NajamType> out = java.util.EnumSet.noneOf(NajamType.class);
      out.addAll(types);
      return out;
    }
  }
}
