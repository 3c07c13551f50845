/**
 * Partnerships: a local support system (LSW), a Model Kooperacji team, a local pact or another
 * kind of cooperation platform, with its members and the matters they raise. The {@link
 * pl.lsw.core.partnership.Partnership} aggregate holds everything of one partnership, governance
 * included ({@link pl.lsw.core.partnership.governance}); {@link
 * pl.lsw.core.partnership.PartnershipService} runs its commands.
 *
 * <p>Polish: <i>partnerstwo lokalne</i>.
 */
@LswStyle
package pl.lsw.core.partnership;

import pl.lsw.core.kernel.LswStyle;
