/**
 * The evidence for the ladders of cooperation computed from the partnership's own records,
 * instead of asking people again what the records already show. Pure domain code: nothing here is
 * stored or read from a store; the caller gives the aggregates.
 *
 * <p>Polish: <i>dowody stopnia współpracy z dokumentacji partnerstwa</i>.
 *
 * <ul>
 *   <li>{@link pl.lsw.core.evaluation.evidence.PartnershipRecords}: what a {@code Partnership},
 *       its Action Base ({@code InitiativeBase}) and its {@code Dispatch}es say about a period
 *       (meetings and who was present, decisions and their proposers, joint actions and their
 *       partners, information sent to all members), and the {@code CooperationRecord} the threat
 *       detectors read.
 *   <li>{@link pl.lsw.core.evaluation.evidence.RecordSignal}: what records can show; {@link
 *       pl.lsw.core.evaluation.evidence.RecordEvidenceMap}: per shipped ladder, which indicator
 *       which signals evidence (indicators of trust, openness and learning none: a person must
 *       say); {@link pl.lsw.core.evaluation.evidence.RecordEvidenceParameters}: the dated
 *       thresholds.
 *   <li>{@link pl.lsw.core.evaluation.evidence.RecordEvidence}: the evidence from records, with
 *       notes naming the days, counts and organisations, and the assessment combining it with
 *       persons' evidence; {@link pl.lsw.core.evaluation.evidence.EvidenceOverview}: which
 *       indicators came from records, which from a person, which the records cannot evidence.
 * </ul>
 *
 * <p>Dependencies: partnership, initiative, information, organisation (ids), typology,
 * evaluation, rules (parameters), kernel; no package of the core depends on this one.
 */
package pl.lsw.core.evaluation.evidence;
