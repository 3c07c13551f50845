/**
 * The evaluation instruments of seed 001 as pure domain code: a self-assessment against the eight
 * principles of building a local partnership (§3; {@link
 * pl.lsw.core.evaluation.instrument.Principle}, {@link
 * pl.lsw.core.evaluation.instrument.PrinciplesSelfAssessment}, rule {@code EVAL-PRINCIPLE-EVIDENCE}
 * in {@link pl.lsw.core.evaluation.instrument.InstrumentRules}); the profile of a learning
 * partnership (Tabela 4 and 5; {@link pl.lsw.core.evaluation.instrument.LearningTrait}, {@link
 * pl.lsw.core.evaluation.instrument.LearningDimension}, {@link
 * pl.lsw.core.evaluation.instrument.LearningProfile}); the benefits of cooperation per stakeholder
 * group (§2.3; {@link pl.lsw.core.evaluation.instrument.StakeholderGroup}, {@link
 * pl.lsw.core.evaluation.instrument.BenefitRecord}, {@link
 * pl.lsw.core.evaluation.instrument.BenefitSummary}); SWOT analyses of cooperation with the seed's
 * Tabela 3 as a template ({@link pl.lsw.core.evaluation.instrument.SwotRecord}); and solidarity
 * capital in its three dimensions (§7; {@link
 * pl.lsw.core.evaluation.instrument.SolidarityCapital}).
 *
 * <p>The seed's lists (principles, traits, dimensions, groups, SWOT items) are data with stable
 * codes and short paraphrases in Polish and English. Every record can be rebuilt from plain values
 * (codes, names of enum constants, dates, strings, flags) through its {@code of(..)} factories, so
 * a store can keep it; nothing here is stored yet. Shares are exact {@link
 * pl.lsw.core.evaluation.Ratio}s. Bad input is reported with every problem at once ({@link
 * pl.lsw.core.kernel.InvalidInputException} from constructors and {@code of(..)}, {@code
 * Validation<Seq<Problem>, T>} from {@code validate(..)}); texts are checked with {@link
 * pl.lsw.core.kernel.TextChecks}. Every value is immutable and thread-safe. No record holds personal
 * data of families.
 *
 * <p>Polish: <i>narzędzia ewaluacji partnerstwa</i>.
 */
package pl.lsw.core.evaluation.instrument;
