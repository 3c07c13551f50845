package pl.lsw.core.evaluation.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.typology.Indicator;
import pl.lsw.core.typology.Ladder;
import pl.lsw.core.typology.Ladders;

/**
 * Which indicators of a ladder the partnership's records can evidence, and by which {@link
 * RecordSignal}s: data next to the ladder, keyed by the ladder's code. An indicator the map does
 * not name cannot be evidenced by records: a person must say it is met (e.g. trust, openness to
 * change, mutual learning). One signal reaching its threshold is enough for the indicator.
 *
 * <p>The maps of the shipped ladders ({@link #forLadder}) are the library's reading of each
 * stage: exchanging information shows in information sent to all and in meetings; adjusting
 * activities to each other in joint actions; joint planning in joint decisions. Sharing resources
 * is not read from records (the terms of a resource are agreed outside them), nor is anything a
 * relationship's quality is made of.
 *
 * <p>Immutable. Polish: <i>mapa dowodów z dokumentacji dla drabiny</i>.
 *
 * @param ladderCode the code of the ladder the map is for
 * @param signals per indicator code, the signals that can evidence it (none listed: not in the map)
 */
public record RecordEvidenceMap(String ladderCode, Map<String, List<RecordSignal>> signals) {

  private static final List<RecordSignal> INFORMATION =
      List.of(RecordSignal.INFORMATION_TO_ALL, RecordSignal.MEETINGS_WITH_ATTENDANCE);

  /** The seed's ladder ({@link Ladders#SEED_001}). */
  public static final RecordEvidenceMap SEED_001 = new RecordEvidenceMap(Ladders.SEED_001.code(),
      ordered("INFORMATION_EXCHANGE", INFORMATION,
          "MUTUAL_ADJUSTMENT", List.of(RecordSignal.JOINT_ACTIONS),
          "JOINT_PLANNING", List.of(RecordSignal.JOINT_DECISIONS)));

  /** Himmelman's strategies ({@link Ladders#HIMMELMAN}). */
  public static final RecordEvidenceMap HIMMELMAN = new RecordEvidenceMap(
      Ladders.HIMMELMAN.code(),
      ordered("EXCHANGING_INFORMATION", INFORMATION,
          "ALTERING_ACTIVITIES", List.of(RecordSignal.JOINT_ACTIONS)));

  /** Frey et al. 2006 ({@link Ladders#FREY_2006}). */
  public static final RecordEvidenceMap FREY_2006 = new RecordEvidenceMap(
      Ladders.FREY_2006.code(),
      ordered("AWARE_OF_EACH_OTHER", INFORMATION,
          "REGULAR_INFORMATION", List.of(RecordSignal.INFORMATION_TO_ALL),
          "SHARED_RESOURCES_AND_ROLES", List.of(RecordSignal.JOINT_ACTIONS),
          "SHARED_DECISIONS", List.of(RecordSignal.JOINT_DECISIONS)));

  /** The PARTNER tool ({@link Ladders#PARTNER_TOOL}). */
  public static final RecordEvidenceMap PARTNER_TOOL = new RecordEvidenceMap(
      Ladders.PARTNER_TOOL.code(),
      ordered("KNOWS_THE_PARTNER", INFORMATION,
          "INFORMAL_EXCHANGE", List.of(RecordSignal.INFORMATION_TO_ALL),
          "PLANNED_TOGETHER", List.of(RecordSignal.JOINT_DECISIONS, RecordSignal.JOINT_ACTIONS)));

  /**
   * Copies the map, keeping its order, and refuses nulls.
   *
   * @param ladderCode the ladder's code
   * @param signals the signals per indicator code
   */
  public RecordEvidenceMap {
    Objects.requireNonNull(ladderCode, "ladderCode");
    Map<String, List<RecordSignal>> copy = new LinkedHashMap<>();
    signals.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "indicator"), List.copyOf(v)));
    signals = Collections.unmodifiableMap(copy);
  }

  /**
   * A map for a ladder, checked against it: every indicator code named is the ladder's and has at
   * least one signal.
   *
   * @param ladder the ladder
   * @param signals the signals per indicator code
   * @return the map
   * @throws InvalidInputException {@code RECORD_MAP_UNKNOWN_INDICATOR}, {@code
   *     RECORD_MAP_NO_SIGNAL}, listing every problem
   */
  public static RecordEvidenceMap of(Ladder ladder, Map<String, List<RecordSignal>> signals) {
    List<Problem> problems = new ArrayList<>();
    signals.forEach((code, list) -> {
      if (ladder.indicator(code).isEmpty()) {
        problems.add(EvidenceTexts.PROBLEMS.problem("signals." + code,
            "RECORD_MAP_UNKNOWN_INDICATOR", "ladder", ladder.title(), "code", code));
      } else if (list.isEmpty()) {
        problems.add(EvidenceTexts.PROBLEMS.problem("signals." + code, "RECORD_MAP_NO_SIGNAL",
            "code", code));
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new RecordEvidenceMap(ladder.code(), signals);
  }

  /** @return the maps of the shipped ladders, the default ladder's first */
  public static List<RecordEvidenceMap> all() {
    return List.of(SEED_001, HIMMELMAN, FREY_2006, PARTNER_TOOL);
  }

  /**
   * The shipped map of a ladder, by the ladder's code.
   *
   * @param ladder the ladder
   * @return its map; for a ladder the library does not ship, a map naming nothing (records
   *     evidence none of its indicators until the caller gives one)
   */
  public static RecordEvidenceMap forLadder(Ladder ladder) {
    return all().stream().filter(m -> m.ladderCode().equals(ladder.code())).findFirst()
        .orElse(new RecordEvidenceMap(ladder.code(), Map.of()));
  }

  /**
   * The signals that can evidence an indicator.
   *
   * @param indicator the indicator
   * @return its signals; empty when records cannot evidence it
   */
  public List<RecordSignal> signalsFor(Indicator indicator) {
    return Optional.ofNullable(signals.get(indicator.code())).orElse(List.of());
  }

  /**
   * Whether records can evidence an indicator.
   *
   * @param indicator the indicator
   * @return true when the map names a signal for it
   */
  public boolean recordable(Indicator indicator) {
    return !signalsFor(indicator).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<RecordSignal>> ordered(Object... pairs) {
    Map<String, List<RecordSignal>> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (List<RecordSignal>) pairs[i + 1]);
    }
    return m;
  }
}
