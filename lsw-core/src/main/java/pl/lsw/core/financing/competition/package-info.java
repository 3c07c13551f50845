/**
 * The open competition of offers (UDPP art. 11–18a): its announcement and publications, the
 * committee, the offers, their assessment against the statutory criteria, the results and the
 * annulment; its lifecycle, its commands and the rules it must obey ({@link
 * pl.lsw.core.financing.competition.CompetitionRules}).
 *
 * <p>Polish: <i>otwarty konkurs ofert</i>.
 */
@LswStyle
package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.LswStyle;
