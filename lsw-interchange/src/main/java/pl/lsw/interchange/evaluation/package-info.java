/**
 * The partnership evaluation report ({@link pl.lsw.core.evaluation.report.EvaluationReport}) as
 * CSV for a spreadsheet: {@link pl.lsw.interchange.evaluation.EvaluationReportCsv}.
 *
 * <p>Polish: <i>wymiana danych: raport z ewaluacji partnerstwa w CSV</i>.
 */
package pl.lsw.interchange.evaluation;
