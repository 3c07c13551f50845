/**
 * Evaluation of a partnership as pure, explainable domain code: the network measures of a
 * relationship survey as the PARTNER tool reports them ({@link pl.lsw.core.evaluation.NetworkSurvey},
 * {@link pl.lsw.core.evaluation.NetworkMeasures}), the cooperation-quality survey of seed 001 §8 with
 * its waves and the {@code EVAL-SIGNIFICANT-PROGRESS} rule ({@link pl.lsw.core.evaluation.SurveyWave},
 * {@link pl.lsw.core.evaluation.SurveyComparison}), and the detectors of the threats to partnership
 * of seed 001 §2.2.4 over a {@link pl.lsw.core.evaluation.CooperationRecord}
 * ({@link pl.lsw.core.evaluation.EvaluationRules}); besides them, monitoring kept apart from evaluation
 * at three levels of cooperation (seed 004, {@link pl.lsw.core.evaluation.Review}) and a network's
 * added value X + S(Y) (seed 002, {@link pl.lsw.core.evaluation.NetworkAddedValue}).
 *
 * <p>Every result shown to people is exact: counts, and {@link pl.lsw.core.evaluation.Ratio}s
 * (reduced fractions) that are rounded only when written as a decimal or a percentage, at a
 * documented scale. Every value is immutable and thread-safe; bad input is reported with every
 * problem at once ({@link pl.lsw.core.kernel.InvalidInputException} from {@code of(..)},
 * {@code Validation<Seq<Problem>, T>} from {@code validate(..)}). Nothing here is stored yet.
 *
 * <p>Polish: <i>ewaluacja partnerstwa</i>.
 */
package pl.lsw.core.evaluation;
