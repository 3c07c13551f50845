/**
 * The partnership evaluation report for a period: one table of rows, grouped in sections, that
 * brings together the relationship types, the stages of cooperation, the threats, the network
 * measures, the cooperation-quality survey, the reviews, the self-assessments and the rule findings, written as text
 * in Polish or English ({@link pl.lsw.core.evaluation.report.EvaluationReport#render}) and read
 * row by row by other formats (the CSV writer of the interchange module).
 *
 * <p>Polish: <i>raport z ewaluacji partnerstwa</i>.
 */
package pl.lsw.core.evaluation.report;
