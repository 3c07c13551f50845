package pl.lsw.core.typology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.DateRange;

/**
 * The form of networking of a relationship over a period, from its observed interactions: the
 * most intense {@link NetworkingForm} whose evidence is present in the period — at least one
 * interaction of the form's {@linkplain NetworkingForm#evidence() kind}, two for regular meetings
 * — with the interactions that show it. Forms are not cumulative here: a signed agreement shows
 * formal agreements even without recorded meetings, as the slide orders the forms by intensity
 * only. No form when no form's evidence is present.
 *
 * <p>Immutable. Polish: <i>klasyfikacja formy sieciowania relacji</i>.
 *
 * @param relationship the relationship
 * @param period the period, both days included
 * @param form the most intense form shown, if any
 * @param evidence the interactions of the period that show the form, oldest first
 * @param observed every interaction of the relationship in the period, oldest first
 */
public record NetworkingClassification(Relationship relationship, DateRange period,
    Optional<NetworkingForm> form, List<Interaction> evidence, List<Interaction> observed) {

  /**
   * Copies the lists.
   *
   * @param relationship the relationship
   * @param period the period
   * @param form the form
   * @param evidence the evidence
   * @param observed the interactions observed
   */
  public NetworkingClassification {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(form, "form");
    evidence = List.copyOf(evidence);
    observed = List.copyOf(observed);
  }

  /**
   * Classifies a relationship from interactions.
   *
   * @param relationship the relationship
   * @param interactions interactions of any relationships at any days; only those of this
   *     relationship in the period count
   * @param period the period
   * @return the classification
   */
  public static NetworkingClassification classify(Relationship relationship,
      Collection<Interaction> interactions, DateRange period) {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(period, "period");
    List<Interaction> observed = interactions.stream()
        .filter(i -> i.relationship().equals(relationship) && period.contains(i.on()))
        .sorted(Comparator.comparing(Interaction::on)).toList();
    NetworkingForm[] forms = NetworkingForm.values();
    for (int f = forms.length - 1; f >= 0; f--) {
      NetworkingForm form = forms[f];
      List<Interaction> shown = observed.stream().filter(i -> i.kind() == form.evidence())
          .toList();
      if (shown.size() >= form.minimumEvidence()) {
        return new NetworkingClassification(relationship, period, Optional.of(form), shown,
            observed);
      }
    }
    return new NetworkingClassification(relationship, period, Optional.empty(), List.of(),
        observed);
  }

  /**
   * The classification for people: the form with its formality, scope and intensity (or that
   * none is shown), then one line per interaction that shows it.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the lines
   */
  public List<String> explanation(Locale locale) {
    List<String> lines = new ArrayList<>();
    if (form.isEmpty()) {
      lines.add(TypologyProblems.TEXTS.format("networking.none", Map.of("from", period.start(),
          "to", period.end()), locale));
      return lines;
    }
    NetworkingForm f = form.get();
    lines.add(TypologyProblems.TEXTS.format("networking.form", Map.of("from", period.start(),
        "to", period.end(), "form", f,
        "formality", text(f.isFormal() ? "networking.formal" : "networking.informal", locale),
        "scope", text(f.isStrategic() ? "networking.strategic" : "networking.tactical", locale),
        "rank", f.intensity()), locale));
    for (Interaction i : evidence) {
      lines.add(TypologyProblems.TEXTS.format(
          i.note().isEmpty() ? "networking.evidence" : "networking.evidenceNoted",
          Map.of("kind", i.kind(), "date", i.on(), "note", i.note()), locale));
    }
    return lines;
  }

  private static String text(String key, Locale locale) {
    return TypologyProblems.TEXTS.format(key, Map.of(), locale);
  }
}
