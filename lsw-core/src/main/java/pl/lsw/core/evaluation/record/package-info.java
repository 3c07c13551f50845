/**
 * The stored evaluation of a partnership: every assessment, observation and survey its bodies
 * record about how the partners cooperate, kept as one {@link
 * pl.lsw.core.evaluation.record.PartnershipEvaluation} per partnership and served by {@link
 * pl.lsw.core.evaluation.record.EvaluationService} ({@code lsw.evaluation()}). The pure functions
 * that read the records (the Najam profile, the ladders, Park's forms of networking, network
 * measures, the comparison of survey waves, the typology rules, the evaluation instruments and
 * their rule) live in {@code pl.lsw.core.typology}, {@code pl.lsw.core.evaluation} and {@code
 * pl.lsw.core.evaluation.instrument}; this package only keeps and hands the records to them.
 *
 * <p>Polish: <i>ewaluacja partnerstwa (zapis ocen, obserwacji i badań współpracy)</i>.
 *
 * <p>Each record is wrapped in a {@link pl.lsw.core.evaluation.record.Recorded} with its id, who
 * recorded it and when; a new kind of record is one more list of the aggregate, one more {@link
 * pl.lsw.core.evaluation.record.RecordKind} and, in a JDBC store, one more child table.
 */
@LswStyle
package pl.lsw.core.evaluation.record;

import pl.lsw.core.kernel.LswStyle;
