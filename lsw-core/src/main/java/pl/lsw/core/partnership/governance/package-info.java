/**
 * Governance of a partnership: its people, bodies (Steering Committee, Task Team, Executive
 * Consortia, the Model Kooperacji teams), meetings, decisions, access and governance rules.
 *
 * <p>These are values held by the {@link pl.lsw.core.partnership.Partnership} aggregate, whose
 * commands check access (see its description). People are professionals acting for a member
 * organisation; families appear only as numbers of representatives present at meetings. A
 * {@link pl.lsw.core.partnership.governance.Decision}'s result is computed from its members'
 * positions: a financial decision needs every member's acceptance, any other is taken by consensus
 * (no objection, at least one acceptance).
 *
 * <p>Polish: <i>zarządzanie partnerstwem</i>.
 */
@LswStyle
package pl.lsw.core.partnership.governance;

import pl.lsw.core.kernel.LswStyle;
