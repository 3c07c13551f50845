package pl.lsw.core.financing.programme;

import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.kernel.MessageBundle;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.SourceReference;
import pl.lsw.core.rules.StatutoryParameters;

/**
 * The rule of the yearly cooperation programme.
 *
 * <p>{@code FIN-PROGRAMME} (MUST; UDPP art. 5a ust. 1, 3, 4; seed 000): the programme for year Y
 * is adopted by {@code FIN-PROGRAMME.adoptionBy} (30 November) of Y − 1 ({@code adoptedLate}; not
 * adopted once that day passed: {@code notAdopted}); it states every required item ({@code
 * missingContent}, each reported; seed 000's two items only when it provides for cooperative
 * problem solving); the report on it is published by {@code FIN-PROGRAMME.reportBy} (31 May) of
 * Y + 1 ({@code reportLate}, {@code reportOverdue}). Both parameters are read as valid on 1
 * January of Y, the programme's first day. These are fixed calendar days ("by 30 November"), not
 * periods counted in days, so they are not moved to a working day.
 *
 * <p>Polish: <i>reguła rocznego programu współpracy</i>.
 */
public final class ProgrammeRules {

  /** The base name of the bundle of these rules' titles and messages: {@value}{@code .properties}
   * (Polish) and {@code _en} (English). */
  public static final String BUNDLE = "pl/lsw/core/financing/programme/messages";

  /** The bundle of the titles and messages of the rules of yearly cooperation programmes. */
  public static final MessageBundle MESSAGES = MessageBundle.of(ProgrammeRules.class, BUNDLE);

  /** {@code FIN-PROGRAMME}. */
  public static final Rule<CooperationProgramme> PROGRAMME = Rule.of(RuleDefinition.of("FIN-PROGRAMME", Severity.MUST,
      SourceReference.legalAct("UDPP", "art. 5a ust. 1, 3, 4"),
      MESSAGES, List.of(StatutoryParameters.PROGRAMME_ADOPTION_BY, StatutoryParameters.PROGRAMME_REPORT_BY),
      "notAdopted", "adoptedLate", "missingContent",
      "reportLate", "reportOverdue"), (p, ctx) -> {
        List<Finding> out = new ArrayList<>();
        LocalDate first = LocalDate.of(p.year(), 1, 1);
        MonthDay adoptionBy = ctx.parameterAsOf(StatutoryParameters.PROGRAMME_ADOPTION_BY, first);
        MonthDay reportBy = ctx.parameterAsOf(StatutoryParameters.PROGRAMME_REPORT_BY, first);
        LocalDate adoptionDeadline = adoptionBy.atYear(p.year() - 1);
        if (p.adoptedOn().isPresent()) {
          if (p.adoptedOn().get().isAfter(adoptionDeadline)) {
            out.add(ctx.finding("adoptedOn", "adoptedLate", "year", p.year(),
                "adopted", p.adoptedOn().get(), "deadline", adoptionDeadline));
          }
        } else if (ctx.asOf().isAfter(adoptionDeadline)) {
          out.add(ctx.finding("adoptedOn", "notAdopted", "year", p.year(), "deadline", adoptionDeadline));
        }
        for (ProgrammeContent c : ProgrammeContent.values()) {
          if (c.isRequired(p.coversCooperativeProblemSolving()) && !p.contents().contains(c)) {
            out.add(ctx.finding("contents." + c, "missingContent", "item", c, "year", p.year()));
          }
        }
        LocalDate reportDeadline = reportBy.atYear(p.year() + 1);
        if (p.reportPublishedOn().isPresent()) {
          if (p.reportPublishedOn().get().isAfter(reportDeadline)) {
            out.add(ctx.finding("reportPublishedOn", "reportLate", "year", p.year(),
                "published", p.reportPublishedOn().get(), "deadline", reportDeadline));
          }
        } else if (ctx.asOf().isAfter(reportDeadline)) {
          out.add(ctx.finding("reportPublishedOn", "reportOverdue", "year", p.year(),
              "deadline", reportDeadline));
        }
        return out;
      });

  private ProgrammeRules() {}

  /** The rules: {@link #PROGRAMME}. */
  public static List<Rule<CooperationProgramme>> rules() {
    return List.of(PROGRAMME);
  }

  /** The rule set {@code "financing-programme"}. */
  public static RuleSet ruleSet() {
    return RuleSet.of("financing-programme", rules());
  }

  /** Checks a programme as of {@code asOf}. */
  public static RuleReport check(CooperationProgramme programme, LocalDate asOf, RuleEnvironment environment) {
    return RuleEngine.evaluate(programme, "cooperation programme " + programme.year(), rules(), asOf,
        environment.parameters(), environment.referenceData());
  }
}
