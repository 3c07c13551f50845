package pl.lsw.core.evaluation.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.typology.Indicator;
import pl.lsw.core.typology.LadderAssessment;

/**
 * A ladder assessment made from the records and from persons, and for each indicator where its
 * evidence came from: which indicators the records evidenced, which a person did, which the
 * records cannot evidence at all (a person must say), and which the records could evidence but
 * did not in this period.
 *
 * <p>Immutable. Polish: <i>przegląd źródeł dowodów oceny stopnia współpracy</i>.
 *
 * @param assessment the assessment of all the evidence
 * @param period the period the records cover
 * @param indicators every indicator of the ladder, in its order, with its evidence
 */
public record EvidenceOverview(LadderAssessment assessment, DateRange period,
    List<IndicatorEvidence> indicators) {

  /**
   * One indicator, the signals that could evidence it from records, and its evidence by source.
   *
   * <p>Polish: <i>wskaźnik i źródła jego dowodów</i>.
   *
   * @param indicator the indicator
   * @param signals the signals of the records that can evidence it; empty: a person must say
   * @param fromRecords its evidence from the records
   * @param fromPersons its evidence from persons
   */
  public record IndicatorEvidence(Indicator indicator, List<RecordSignal> signals,
      List<Evidence> fromRecords, List<Evidence> fromPersons) {
    /** Refuses nulls and copies the lists. */
    public IndicatorEvidence {
      Objects.requireNonNull(indicator, "indicator");
      signals = List.copyOf(signals);
      fromRecords = List.copyOf(fromRecords);
      fromPersons = List.copyOf(fromPersons);
    }

    /** @return whether records can evidence the indicator at all */
    public boolean recordable() {
      return !signals.isEmpty();
    }

    /** @return whether it has evidence of either source */
    public boolean met() {
      return !fromRecords.isEmpty() || !fromPersons.isEmpty();
    }
  }

  /** Refuses nulls and copies the indicators. */
  public EvidenceOverview {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(period, "period");
    indicators = List.copyOf(indicators);
  }

  /** @return the indicators evidenced by the records */
  public List<Indicator> fromRecords() {
    return indicators.stream().filter(i -> !i.fromRecords().isEmpty())
        .map(IndicatorEvidence::indicator).toList();
  }

  /** @return the indicators evidenced by a person */
  public List<Indicator> fromPersons() {
    return indicators.stream().filter(i -> !i.fromPersons().isEmpty())
        .map(IndicatorEvidence::indicator).toList();
  }

  /** @return the indicators the records cannot evidence: only a person can */
  public List<Indicator> notRecordable() {
    return indicators.stream().filter(i -> !i.recordable()).map(IndicatorEvidence::indicator)
        .toList();
  }

  /** @return the indicators records could evidence but did not in the period, nor did a person */
  public List<Indicator> notInRecords() {
    return indicators.stream().filter(i -> i.recordable() && !i.met())
        .map(IndicatorEvidence::indicator).toList();
  }

  /** @return the indicators with no evidence at all */
  public List<Indicator> missing() {
    return indicators.stream().filter(i -> !i.met()).map(IndicatorEvidence::indicator).toList();
  }

  /**
   * The assessment's explanation followed by one line per indicator saying where its evidence
   * came from, or why there is none.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the lines
   */
  public List<String> explanation(Locale locale) {
    List<String> lines = new ArrayList<>(assessment.explanation(locale));
    for (IndicatorEvidence i : indicators) {
      String key;
      if (!i.fromRecords().isEmpty() && !i.fromPersons().isEmpty()) {
        key = "origin.both";
      } else if (!i.fromRecords().isEmpty()) {
        key = "origin.records";
      } else if (!i.fromPersons().isEmpty()) {
        key = "origin.person";
      } else if (i.recordable()) {
        key = "origin.notInRecords";
      } else {
        key = "origin.personMust";
      }
      lines.add(EvidenceTexts.NOTES.format(key, Map.of("indicator", i.indicator().title(),
          "from", period.start(), "to", period.end(), "signals", i.signals()), locale));
    }
    return lines;
  }
}
