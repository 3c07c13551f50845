package pl.lsw.core.evaluation.instrument;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pl.lsw.core.evaluation.Ratio;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * How far a partnership is a learning partnership on a day: which traits of seed 001 Tabela 4
 * ({@link LearningTrait}) are present, with evidence, and where it stands on each dimension of
 * Tabela 5 ({@link LearningDimension}) between the traditional organisation and the learning
 * partnership.
 *
 * <p><b>Shares.</b> {@link #shareOfTraitsPresent()} is the number of traits observed present over
 * all eight traits of Tabela 4 (a trait not observed counts as absent), and {@link
 * #shareOfDimensionsLearning()} the number of dimensions placed at the learning pole over all
 * eleven dimensions; both exact.
 *
 * <p>Rules, all reported at once: a date ({@code ASSESSMENT_DATE_MISSING}); something observed
 * ({@code LEARNING_PROFILE_EMPTY}); no trait observed twice ({@code LEARNING_TRAIT_DUPLICATE});
 * no dimension placed twice ({@code LEARNING_DIMENSION_DUPLICATE}).
 *
 * <p>Immutable. Polish: <i>profil partnerstwa uczącego się</i>.
 *
 * @param assessedOn the day of the assessment
 * @param traits the traits observed, present or not
 * @param positions the positions on the dimensions
 */
public record LearningProfile(LocalDate assessedOn, List<TraitObservation> traits,
    List<DimensionPosition> positions) {

  /**
   * Whether one trait is present, with the evidence.
   *
   * <p>Immutable; stored as the trait's code, a flag and the evidence. Polish: <i>obserwacja
   * cechy</i>.
   *
   * @param trait the trait
   * @param present whether it is present
   * @param evidence the evidence, possibly none
   */
  public record TraitObservation(LearningTrait trait, boolean present,
      List<EvidenceNote> evidence) {

    /**
     * Copies the evidence and refuses a missing trait.
     *
     * @param trait the trait
     * @param present whether present
     * @param evidence the evidence
     * @throws pl.lsw.core.kernel.InvalidInputException {@code LEARNING_TRAIT_MISSING}
     */
    public TraitObservation {
      evidence = List.copyOf(evidence);
      List<Problem> problems = new ArrayList<>();
      TextChecks.requirePresent(problems, "trait", "LEARNING_TRAIT",
          Label.of("cecha", "trait"), trait);
      InstrumentProblems.throwIfAny(problems);
    }

    /**
     * An observation rebuilt from stored values.
     *
     * @param traitCode the trait's code
     * @param present whether present
     * @param evidence the evidence
     * @return the observation
     * @throws IllegalArgumentException when the code is unknown
     */
    public static TraitObservation of(String traitCode, boolean present,
        List<EvidenceNote> evidence) {
      return new TraitObservation(LearningTrait.valueOf(traitCode), present, evidence);
    }
  }

  /**
   * Where the partnership stands on one dimension, with an optional note.
   *
   * <p>Immutable; stored as the dimension's code, the position's name and the note. Polish:
   * <i>położenie partnerstwa na wymiarze</i>.
   *
   * @param dimension the dimension
   * @param position the position
   * @param note why, or null; trimmed, at most {@link #MAX_NOTE} characters
   */
  public record DimensionPosition(LearningDimension dimension, LearningPosition position,
      String note) {

    /** The longest note accepted. */
    public static final int MAX_NOTE = 1000;

    /**
     * Refuses a missing dimension or position and a blank, untrimmed or too long note, listing
     * every problem.
     *
     * @param dimension the dimension
     * @param position the position
     * @param note the note, may be null
     * @throws pl.lsw.core.kernel.InvalidInputException {@code LEARNING_DIMENSION_MISSING}, {@code
     *     LEARNING_POSITION_MISSING}, {@code POSITION_NOTE_EMPTY}, {@code POSITION_NOTE_UNTRIMMED},
     *     {@code POSITION_NOTE_TOO_LONG}
     */
    public DimensionPosition {
      List<Problem> problems = new ArrayList<>();
      TextChecks.requirePresent(problems, "dimension", "LEARNING_DIMENSION",
          Label.of("wymiar", "dimension"), dimension);
      TextChecks.requirePresent(problems, "position", "LEARNING_POSITION",
          Label.of("położenie", "position"), position);
      TextChecks.optionalText(problems, "note", "POSITION_NOTE",
          Label.of("uzasadnienie położenia", "note on the position"), note, MAX_NOTE);
      InstrumentProblems.throwIfAny(problems);
    }

    /**
     * A position rebuilt from stored values.
     *
     * @param dimensionCode the dimension's code
     * @param positionName the position's name
     * @param note the note, may be null
     * @return the position
     * @throws IllegalArgumentException when a code or name is unknown
     */
    public static DimensionPosition of(String dimensionCode, String positionName, String note) {
      return new DimensionPosition(LearningDimension.valueOf(dimensionCode),
          LearningPosition.valueOf(positionName), note);
    }

    /** @return the note, if any */
    public Optional<String> noteIfAny() {
      return Optional.ofNullable(note);
    }
  }

  /**
   * Copies the lists and checks the profile.
   *
   * @param assessedOn the day
   * @param traits the traits observed
   * @param positions the positions
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public LearningProfile {
    traits = List.copyOf(traits);
    positions = List.copyOf(positions);
    List<Problem> problems = new ArrayList<>();
    TextChecks.requirePresent(problems, "assessedOn", "ASSESSMENT_DATE",
        Label.of("data oceny", "date of the assessment"), assessedOn);
    if (traits.isEmpty() && positions.isEmpty()) {
      problems.add(InstrumentProblems.PROBLEMS.problem("", "LEARNING_PROFILE_EMPTY"));
    }
    InstrumentProblems.duplicates(problems, "traits", "LEARNING_TRAIT_DUPLICATE",
        traits.stream().map(TraitObservation::trait).toList(), "trait");
    InstrumentProblems.duplicates(problems, "positions", "LEARNING_DIMENSION_DUPLICATE",
        positions.stream().map(DimensionPosition::dimension).toList(), "dimension");
    InstrumentProblems.throwIfAny(problems);
  }

  /**
   * The profile.
   *
   * @param assessedOn the day
   * @param traits the traits observed
   * @param positions the positions
   * @return the profile
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public static LearningProfile of(LocalDate assessedOn, List<TraitObservation> traits,
      List<DimensionPosition> positions) {
    return new LearningProfile(assessedOn, traits, positions);
  }

  /**
   * The profile, or every problem of it.
   *
   * @param assessedOn the day
   * @param traits the traits observed
   * @param positions the positions
   * @return the profile or the problems
   */
  public static Validation<Seq<Problem>, LearningProfile> validate(LocalDate assessedOn,
      List<TraitObservation> traits, List<DimensionPosition> positions) {
    return InstrumentProblems.validation(() -> new LearningProfile(assessedOn, traits, positions));
  }

  /** @return the traits observed present, in the order of Tabela 4 */
  public List<LearningTrait> traitsPresent() {
    return Arrays.stream(LearningTrait.values()).filter(t -> traits.stream()
        .anyMatch(o -> o.trait() == t && o.present())).toList();
  }

  /** @return the traits not observed present (absent or not observed), in the order of Tabela 4 */
  public List<LearningTrait> traitsMissing() {
    List<LearningTrait> present = traitsPresent();
    return Arrays.stream(LearningTrait.values()).filter(t -> !present.contains(t)).toList();
  }

  /** @return the traits observed present without any evidence, in the order of Tabela 4 */
  public List<LearningTrait> traitsPresentWithoutEvidence() {
    return traits.stream().filter(o -> o.present() && o.evidence().isEmpty())
        .map(TraitObservation::trait).sorted().toList();
  }

  /** @return the share of the eight traits present, exactly */
  public Ratio shareOfTraitsPresent() {
    return Ratio.of(traitsPresent().size(), LearningTrait.values().length);
  }

  /**
   * The position on a dimension.
   *
   * @param dimension the dimension
   * @return the position, empty when the dimension was not placed
   */
  public Optional<LearningPosition> position(LearningDimension dimension) {
    return positions.stream().filter(p -> p.dimension() == dimension)
        .map(DimensionPosition::position).findFirst();
  }

  /**
   * The dimensions at a position.
   *
   * @param position the position
   * @return the dimensions placed there, in the order of Tabela 5
   */
  public List<LearningDimension> dimensionsAt(LearningPosition position) {
    return Arrays.stream(LearningDimension.values())
        .filter(d -> position(d).map(p -> p == position).orElse(false)).toList();
  }

  /** @return the dimensions not placed, in the order of Tabela 5 */
  public List<LearningDimension> dimensionsNotPlaced() {
    return Arrays.stream(LearningDimension.values()).filter(d -> position(d).isEmpty()).toList();
  }

  /** @return the share of the eleven dimensions placed at the learning pole, exactly */
  public Ratio shareOfDimensionsLearning() {
    return Ratio.of(dimensionsAt(LearningPosition.LEARNING).size(),
        LearningDimension.values().length);
  }

  /**
   * The profile for people: the share of traits present and the traits missing, then one line per
   * dimension placed with its position and the pole it is measured against.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the lines
   */
  public List<String> explanation(Locale locale) {
    List<String> lines = new ArrayList<>();
    lines.add(InstrumentProblems.TEXTS.format("learning.traits", Map.of("date", assessedOn,
        "present", traitsPresent().size(), "total", LearningTrait.values().length,
        "share", shareOfTraitsPresent().percent()), locale));
    if (!traitsMissing().isEmpty()) {
      lines.add(InstrumentProblems.TEXTS.format("learning.missing",
          Map.of("traits", traitsMissing()), locale));
    }
    for (LearningDimension d : LearningDimension.values()) {
      position(d).ifPresent(p -> lines.add(InstrumentProblems.TEXTS.format("learning.position",
          Map.of("dimension", d, "position", p, "traditional", d.traditional(),
              "learning", d.learning()), locale)));
    }
    return lines;
  }
}
