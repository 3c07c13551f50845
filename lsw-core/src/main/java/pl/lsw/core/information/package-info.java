/**
 * Co-informing by simultaneous information: a piece of information sent to the partnership
 * reaches every active member at the same moment (rule {@code INF-SIMULTANEOUS}, seed 000
 * §Płaszczyzna 2), through an {@link pl.lsw.core.information.InformationChannel} the embedder
 * implements (e-mail, a portal). The library records each {@link pl.lsw.core.information.Dispatch}
 * (who was sent what, when, with each recipient's outcome), reports a member left out or a
 * failed delivery, and builds a {@link pl.lsw.core.information.Newsletter} of a period.
 *
 * <p>Polish: <i>współinformowanie: jednoczesne informowanie członków LSW, newsletter</i>.
 *
 * <p>Recipients are partner organisations with the professional e-mail addresses of their
 * registered people; a dispatch never holds data of a family.
 */
@LswStyle
package pl.lsw.core.information;

import pl.lsw.core.kernel.LswStyle;
