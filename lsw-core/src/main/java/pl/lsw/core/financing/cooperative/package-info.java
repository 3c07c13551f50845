/**
 * Cooperative problem solving [seed 000 §Kooperacyjne rozwiązanie problemu]: a set of tasks
 * contracted to a partnership formed to solve a problem the local government defined, through a
 * competition naming the required results, a joint offer of at least two organisations, and a
 * contract whose material scope is the expected result and which allows a high share of shifts
 * between cost items.
 *
 * <p>Polish: <i>kooperacyjne rozwiązywanie problemów</i>.
 */
@LswStyle
package pl.lsw.core.financing.cooperative;

import pl.lsw.core.kernel.LswStyle;
