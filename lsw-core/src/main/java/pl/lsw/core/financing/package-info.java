/**
 * Co-financing of public tasks by local government: funding procedures (open competition, small
 * grant, cooperative problem solving, own initiative, ...), funding modes, granting bodies and the
 * grants, offers and contracts made under them.
 *
 * <p>This package holds the vocabulary the financing sub-packages share (grant ids, granting
 * bodies and officials, funding modes and procedures, planned grant budgets, the problems of the
 * financing services) and depends on none of them. Each capability sub-package ({@code
 * smallgrant}, {@code competition}, {@code contract}, ...) owns its aggregate, its repository
 * (an interface next to the aggregate, e.g. {@code smallgrant.SmallGrantRepository}), its rules,
 * their parameters and their messages.
 *
 * <p>Polish: <i>finansowanie zadań publicznych (zlecanie zadań organizacjom pozarządowym)</i>.
 */
@LswStyle
package pl.lsw.core.financing;

import pl.lsw.core.kernel.LswStyle;
