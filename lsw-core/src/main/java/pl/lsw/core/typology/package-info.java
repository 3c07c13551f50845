/**
 * Cooperation typologies as pure, explainable domain code: how two partners' relationship is
 * classified, why, and how a partnership's relationships change over time. Nothing here is stored;
 * every type is an immutable value and every classification carries its own explanation in Polish
 * and English.
 *
 * <p>Polish: <i>typologie współpracy międzyorganizacyjnej</i>.
 *
 * <ul>
 *   <li><b>Najam's four C's</b> (seed 001 §2.2.3, Tabela 2): a {@link
 *       pl.lsw.core.typology.SimilarityRating} of goals and means, classified with dated
 *       thresholds ({@link pl.lsw.core.typology.NajamThresholds}, {@link
 *       pl.lsw.core.typology.TypologyParameters}) into a {@link pl.lsw.core.typology.NajamType}
 *       by {@link pl.lsw.core.typology.NajamClassification#of}.
 *   <li><b>Assessments of relationships</b>: {@link pl.lsw.core.typology.RelationshipAssessment}
 *       by an {@link pl.lsw.core.typology.Assessor}; several assessors' views of one relationship
 *       ({@link pl.lsw.core.typology.RelationshipView}); a partnership's distribution of types on
 *       a date ({@link pl.lsw.core.typology.PartnershipProfile}) and what changed between two
 *       dates ({@link pl.lsw.core.typology.ProfileChange}).
 *   <li><b>The ladder of cooperation as data</b> (seed 001 §2.2.3, §9): {@link
 *       pl.lsw.core.typology.Ladder}s with stages and evidence indicators (the seed's default and
 *       published ladders in {@link pl.lsw.core.typology.Ladders}); a {@link
 *       pl.lsw.core.typology.LadderAssessment} of evidence; rules {@code TYP-FORMAL-NETWORK} and
 *       {@code TYP-BEYOND-COOPERATION} over a {@link pl.lsw.core.typology.StageHistory} ({@link
 *       pl.lsw.core.typology.TypologyRules}).
 *   <li><b>Forms of networking</b> after C. Park (seed 002): {@link
 *       pl.lsw.core.typology.NetworkingForm} classified from dated {@link
 *       pl.lsw.core.typology.Interaction}s by {@link pl.lsw.core.typology.NetworkingClassification}.
 * </ul>
 *
 * <p>Bad input is refused with {@link pl.lsw.core.kernel.InvalidInputException} listing every
 * problem at once; the {@code validate(..)} factories return the same problems as a Vavr {@code
 * Validation}.
 */
package pl.lsw.core.typology;
