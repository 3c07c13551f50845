/**
 * Budget arithmetic of tasks and projects: lines of quantity × unit cost with exact totals.
 *
 * <p>Polish: <i>kalkulacja kosztów (budżet zadania)</i>.
 */
@LswStyle
package pl.lsw.core.financing.budget;

import pl.lsw.core.kernel.LswStyle;
