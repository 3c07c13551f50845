package pl.lsw.core.typology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.organisation.OrganisationId;

/**
 * The Najam types of a partnership's relationships as of a day: how many relationships are of
 * each type, their shares, which are disputed and which type dominates (as seed 001 Tabela 2
 * found complementarity dominating in Praski Kokon).
 *
 * <p>Every relationship assessed by the day counts once: by its agreed type ({@link
 * RelationshipView#consensus()}), or as <i>disputed</i> when its current assessments disagree. A
 * share is the count of a type over the number of relationships (disputed ones included), rounded
 * to a hundredth of a per cent. The <b>dominant</b> type is the one with strictly more
 * relationships than any other type; with a tie, or with no agreed relationship, there is none.
 *
 * <p>Immutable. Polish: <i>profil współpracy partnerstwa (rozkład typów relacji)</i>.
 */
public final class PartnershipProfile {

  private final LocalDate asOf;
  private final List<RelationshipView> views;
  private final Map<NajamType, Integer> counts;

  private PartnershipProfile(LocalDate asOf, List<RelationshipView> views) {
    this.asOf = asOf;
    this.views = List.copyOf(views);
    EnumMap<NajamType, Integer> c = new EnumMap<>(NajamType.class);
    for (NajamType t : NajamType.values()) {
      c.put(t, 0);
    }
    views.forEach(v -> v.consensus().ifPresent(t -> c.merge(t, 1, Integer::sum)));
    this.counts = Collections.unmodifiableMap(c);
  }

  /**
   * The profile of the relationships assessed in {@code assessments} by {@code asOf}.
   *
   * @param assessments assessments of any relationships at any dates (later ones are ignored)
   * @param asOf the day
   * @return the profile
   */
  public static PartnershipProfile asOf(Collection<RelationshipAssessment> assessments,
      LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<RelationshipAssessment> all = List.copyOf(assessments);
    Set<Relationship> relationships = new LinkedHashSet<>();
    all.stream().filter(a -> !a.assessedOn().isAfter(asOf))
        .map(RelationshipAssessment::relationship)
        .sorted(Comparator.comparing(Relationship::toString))
        .forEach(relationships::add);
    List<RelationshipView> views = new ArrayList<>();
    relationships.forEach(r -> views.add(RelationshipView.of(r, all, asOf)));
    return new PartnershipProfile(asOf, views);
  }

  /** @return the day of the profile */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the view of every relationship assessed by the day, ordered by relationship */
  public List<RelationshipView> views() {
    return views;
  }

  /** @return the number of relationships assessed by the day */
  public int relationships() {
    return views.size();
  }

  /** @return the number of relationships of each agreed type, every type present (maybe 0) */
  public Map<NajamType, Integer> counts() {
    return counts;
  }

  /**
   * The number of relationships of one agreed type.
   *
   * @param type the type
   * @return the count
   */
  public int count(NajamType type) {
    return counts.get(type);
  }

  /**
   * The share of relationships of one agreed type among all assessed relationships.
   *
   * @param type the type
   * @return the share, {@link Percent#ZERO} with no relationship
   */
  public Percent share(NajamType type) {
    return share(count(type));
  }

  /** @return the relationships whose current assessments disagree */
  public List<RelationshipView> disputed() {
    return views.stream().filter(RelationshipView::isDisputed).toList();
  }

  /** @return the share of disputed relationships among all assessed relationships */
  public Percent disputedShare() {
    return share(disputed().size());
  }

  /** @return the type with strictly more relationships than any other; empty with a tie or none */
  public Optional<NajamType> dominant() {
    NajamType best = null;
    int bestCount = 0;
    boolean tie = false;
    for (NajamType t : NajamType.values()) {
      int n = counts.get(t);
      if (n > bestCount) {
        best = t;
        bestCount = n;
        tie = false;
      } else if (n == bestCount && n > 0) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  /**
   * The profile for people: one line with the number of relationships and the dominant type,
   * then one line per type with its count and share, then the disputed relationships.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the lines
   */
  public List<String> describe(Locale locale) {
    return describe(locale, OrganisationId::toString);
  }

  /**
   * Like {@link #describe(Locale)}, with partners by the names {@code names} gives.
   *
   * @param locale the reader's locale (Polish unless English)
   * @param names the organisations' names by id
   * @return the lines
   */
  public List<String> describe(Locale locale, Function<OrganisationId, String> names) {
    List<String> lines = new ArrayList<>();
    Optional<NajamType> dominant = dominant();
    lines.add(dominant.isPresent()
        ? TypologyProblems.TEXTS.format("profile.dominant", Map.of("date", asOf,
            "relationships", relationships(), "type", dominant.get()), locale)
        : TypologyProblems.TEXTS.format("profile.noDominant", Map.of("date", asOf,
            "relationships", relationships()), locale));
    for (NajamType t : NajamType.values()) {
      lines.add(TypologyProblems.TEXTS.format("profile.type", Map.of("type", t, "count",
          count(t), "relationships", relationships(), "share", share(t)), locale));
    }
    disputed().forEach(v -> lines.add(v.describe(locale, names)));
    return lines;
  }

  private Percent share(int count) {
    if (views.isEmpty()) {
      return Percent.ZERO;
    }
    return Percent.ofBasisPoints(Math.round(count * 10000.0 / views.size()));
  }

  /** Equal when the day and the views are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PartnershipProfile p && p.asOf.equals(asOf) && p.views.equals(views);
  }

  /** Consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return Objects.hash(asOf, views);
  }

  /** The English summary line. */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH).get(0);
  }
}
