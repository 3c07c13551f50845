/**
 * Co-financing of public tasks by local government: funding procedures (open competition, small
 * grant, cooperative problem solving, own initiative, ...), funding modes, granting bodies and the
 * grants, offers and contracts made under them.
 *
 * <p>Polish: <i>finansowanie zadań publicznych (zlecanie zadań organizacjom pozarządowym)</i>.
 */
@LswStyle
package pl.lsw.core.financing;

import pl.lsw.core.kernel.LswStyle;
