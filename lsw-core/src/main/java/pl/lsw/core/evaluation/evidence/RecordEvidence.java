package pl.lsw.core.evaluation.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.typology.EvidenceSource;
import pl.lsw.core.typology.Indicator;
import pl.lsw.core.typology.Ladder;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.LadderStage;

/**
 * The evidence for a ladder's indicators read from the partnership's own records, so that nobody
 * is asked again what the records already show, combined with what persons said.
 *
 * <p>For each indicator of the ladder the {@link RecordEvidenceMap} names signals for, each signal
 * whose events in the period reach its threshold ({@link RecordEvidenceParameters}, read as of the
 * period's last day; a threshold below one counts as one) gives one {@link Evidence} from {@link
 * EvidenceSource#RECORDS}, with a note naming the period, the number of events, their days and the
 * organisations' names (at most {@value #LISTED} events listed, then how many more). Records
 * without such events give no evidence.
 *
 * <p>Polish: <i>dowody stopnia współpracy z dokumentacji partnerstwa</i>.
 */
public final class RecordEvidence {

  /** The most events a note lists by name. */
  public static final int LISTED = 10;

  private RecordEvidence() {}

  /**
   * The evidence from records for a shipped ladder, with the default thresholds, notes in Polish.
   *
   * @param ladder the ladder
   * @param records the records of the period
   * @return the evidence, in the order of the ladder's indicators; empty when the records show
   *     nothing the ladder's map asks for
   */
  public static List<Evidence> evidence(Ladder ladder, PartnershipRecords records) {
    return evidence(ladder, RecordEvidenceMap.forLadder(ladder), records,
        RecordEvidenceParameters.defaults(), Messages.POLISH);
  }

  /**
   * The evidence from records.
   *
   * @param ladder the ladder
   * @param map which signals evidence which indicator
   * @param records the records of the period
   * @param parameters the thresholds (laid over {@link RecordEvidenceParameters#defaults()})
   * @param locale the language of the notes (Polish unless English)
   * @return the evidence, in the order of the ladder's indicators
   */
  public static List<Evidence> evidence(Ladder ladder, RecordEvidenceMap map,
      PartnershipRecords records, ParameterSet parameters, Locale locale) {
    Objects.requireNonNull(ladder, "ladder");
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(records, "records");
    ParameterSet p = RecordEvidenceParameters.defaults().overlay(parameters);
    List<Evidence> out = new ArrayList<>();
    for (LadderStage stage : ladder.stages()) {
      for (Indicator indicator : stage.indicators()) {
        for (RecordSignal signal : map.signalsFor(indicator)) {
          List<String> items = items(signal, records, p, locale);
          int min = Math.max(1, p.valueAsOf(RecordEvidenceParameters.minimum(signal),
              records.period().end()));
          if (items.size() >= min) {
            out.add(Evidence.fromRecords(indicator.code(),
                note(signal, records, items, min, locale)));
          }
        }
      }
    }
    return out;
  }

  /**
   * The assessment on a day from the records and what persons said, with the default map and
   * thresholds.
   *
   * @param ladder the ladder
   * @param assessedOn the day of the assessment
   * @param records the records of the period
   * @param fromPersons the evidence persons gave
   * @return the assessment of both
   * @throws pl.lsw.core.kernel.InvalidInputException when a person's evidence names an indicator
   *     the ladder does not have
   */
  public static LadderAssessment assess(Ladder ladder, LocalDate assessedOn,
      PartnershipRecords records, List<Evidence> fromPersons) {
    return overview(ladder, assessedOn, records, fromPersons).assessment();
  }

  /**
   * The assessment and, per indicator, where its evidence came from, with the default map and
   * thresholds and notes in Polish.
   *
   * @param ladder the ladder
   * @param assessedOn the day of the assessment
   * @param records the records of the period
   * @param fromPersons the evidence persons gave
   * @return the overview
   * @throws pl.lsw.core.kernel.InvalidInputException when a person's evidence names an indicator
   *     the ladder does not have
   */
  public static EvidenceOverview overview(Ladder ladder, LocalDate assessedOn,
      PartnershipRecords records, List<Evidence> fromPersons) {
    return overview(ladder, RecordEvidenceMap.forLadder(ladder), assessedOn, records, fromPersons,
        RecordEvidenceParameters.defaults(), Messages.POLISH);
  }

  /**
   * The assessment and, per indicator, where its evidence came from.
   *
   * @param ladder the ladder
   * @param map which signals evidence which indicator
   * @param assessedOn the day of the assessment
   * @param records the records of the period
   * @param fromPersons the evidence persons gave
   * @param parameters the thresholds
   * @param locale the language of the notes
   * @return the overview
   * @throws pl.lsw.core.kernel.InvalidInputException when a person's evidence names an indicator
   *     the ladder does not have
   */
  public static EvidenceOverview overview(Ladder ladder, RecordEvidenceMap map,
      LocalDate assessedOn, PartnershipRecords records, List<Evidence> fromPersons,
      ParameterSet parameters, Locale locale) {
    List<Evidence> all = new ArrayList<>(evidence(ladder, map, records, parameters, locale));
    all.addAll(fromPersons);
    LadderAssessment assessment = LadderAssessment.assess(ladder, assessedOn, all);
    List<EvidenceOverview.IndicatorEvidence> indicators = new ArrayList<>();
    for (LadderStage stage : ladder.stages()) {
      for (Indicator i : stage.indicators()) {
        List<Evidence> mine = all.stream().filter(e -> e.indicator().equals(i.code())).toList();
        indicators.add(new EvidenceOverview.IndicatorEvidence(i, map.signalsFor(i),
            mine.stream().filter(e -> e.source() == EvidenceSource.RECORDS).toList(),
            mine.stream().filter(e -> e.source() == EvidenceSource.PERSON).toList()));
      }
    }
    return new EvidenceOverview(assessment, records.period(), indicators);
  }

  private static List<String> items(RecordSignal signal, PartnershipRecords r, ParameterSet p,
      Locale locale) {
    List<String> items = new ArrayList<>();
    switch (signal) {
      case INFORMATION_TO_ALL -> r.informationToAll().forEach(i -> items.add(text(
          "item.INFORMATION_TO_ALL", locale, "date", i.on(), "subject", i.subject())));
      case MEETINGS_WITH_ATTENDANCE -> {
        int least = Math.max(1, p.valueAsOf(RecordEvidenceParameters.MEETING_MIN_ORGANISATIONS,
            r.period().end()));
        r.meetingsOfPartners(least).forEach(m -> items.add(text("item.MEETINGS_WITH_ATTENDANCE",
            locale, "date", m.on(), "body", m.body(), "organisations",
            m.present().stream().map(r::displayName).toList())));
      }
      case JOINT_DECISIONS -> r.jointDecisions().forEach(d -> items.add(d.proposer().isPresent()
          ? text("item.JOINT_DECISIONS", locale, "date", d.on(), "subject", d.subject(),
              "proposer", r.displayName(d.proposer().get()))
          : text("item.JOINT_DECISIONS.noProposer", locale, "date", d.on(), "subject",
              d.subject())));
      case JOINT_ACTIONS -> r.jointActions().forEach(a -> items.add(text("item.JOINT_ACTIONS",
          locale, "name", a.name(), "from", a.dates().start(), "to", a.dates().end(),
          "organisations", a.partners().stream().map(r::displayName).toList())));
      default -> throw new IllegalStateException("no reading of " + signal);
    }
    return items;
  }

  private static String note(RecordSignal signal, PartnershipRecords r, List<String> items,
      int min, Locale locale) {
    List<String> listed = new ArrayList<>(items.subList(0, Math.min(LISTED, items.size())));
    if (items.size() > LISTED) {
      listed.add(text("item.more", locale, "count", items.size() - LISTED));
    }
    String note = text("note", locale, "signal", signal, "from", r.period().start(), "to",
        r.period().end(), "count", items.size(), "min", min, "items", String.join("; ", listed));
    return note.length() <= Evidence.MAX_NOTE ? note
        : note.substring(0, Evidence.MAX_NOTE - 1).strip() + "…";
  }

  private static String text(String key, Locale locale, Object... args) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      m.put((String) args[i], args[i + 1]);
    }
    return EvidenceTexts.NOTES.format(key, m, locale);
  }
}
