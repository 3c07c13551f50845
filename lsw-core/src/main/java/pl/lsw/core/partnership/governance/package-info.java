/**
 * Governance of a partnership: its people, bodies (Steering Committee, Task Team, Executive
 * Consortia, the Model Kooperacji teams), meetings, decisions, access and governance rules.
 *
 * <p>Polish: <i>zarządzanie partnerstwem</i>.
 */
@LswStyle
package pl.lsw.core.partnership.governance;

import pl.lsw.core.kernel.LswStyle;
