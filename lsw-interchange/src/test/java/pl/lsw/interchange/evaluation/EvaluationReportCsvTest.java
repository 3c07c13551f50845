package pl.lsw.interchange.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.evaluation.AnswerCounts;
import pl.lsw.core.evaluation.ProgressCriterion;
import pl.lsw.core.evaluation.SurveyComparison;
import pl.lsw.core.evaluation.SurveyQuestion;
import pl.lsw.core.evaluation.SurveyWave;
import pl.lsw.core.evaluation.report.EvaluationReport;
import pl.lsw.core.evaluation.report.ReportRow;
import pl.lsw.core.kernel.DateRange;

class EvaluationReportCsvTest {

  private static final DateRange PERIOD =
      DateRange.ofOrThrow(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));

  private static EvaluationReport report() {
    SurveyQuestion q = SurveyQuestion.JOINT_INITIATIVES;
    SurveyComparison c = SurveyComparison.of(
        SurveyWave.of("2019", LocalDate.of(2019, 6, 1), Map.of(q, AnswerCounts.of(4, 8, 48, 24, 12, 4))),
        SurveyWave.of("2021", LocalDate.of(2021, 6, 1), Map.of(q, AnswerCounts.of(0, 10, 14, 29, 33, 14))));
    return EvaluationReport.builder("Praski Kokon", PERIOD)
        .survey(c, ProgressCriterion.asOf(StandardRules.parameters(), PERIOD.end())).build();
  }

  private static List<CSVRecord> read(String csv) throws IOException {
    return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
  }

  @Test
  void oneRecordPerRowWithTheValueAsDataInEveryLanguage() throws IOException {
    EvaluationReport report = report();
    String pl = EvaluationReportCsv.csv(report, Locale.forLanguageTag("pl"));
    String en = EvaluationReportCsv.csv(report, Locale.ENGLISH);
    assertEquals(String.join(";", EvaluationReportCsv.COLUMNS), pl.lines().findFirst().orElseThrow());
    List<CSVRecord> plRecords = read(pl);
    List<CSVRecord> enRecords = read(en);
    assertEquals(report.rows().size(), plRecords.size());
    for (int i = 0; i < plRecords.size(); i++) {
      ReportRow row = report.rows().get(i);
      assertEquals(row.section().name(), plRecords.get(i).get("section"));
      assertEquals(row.value(), plRecords.get(i).get("value"));
      assertEquals(plRecords.get(i).get("value"), enRecords.get(i).get("value"));
      assertEquals(row.measure().display(Locale.ENGLISH), enRecords.get(i).get("measure"));
    }
    CSVRecord mean2021 = plRecords.stream().filter(r -> r.get("measure").equals("średnia (2021)"))
        .findFirst().orElseThrow();
    assertEquals("4.27", mean2021.get("value"));
    assertEquals("4,27", mean2021.get("shown"));
    assertEquals("Badanie jakości współpracy", mean2021.get("section_name"));
  }
}
