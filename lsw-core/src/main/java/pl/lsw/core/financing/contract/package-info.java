/**
 * Grant contracts: the parties, the grant, the mode and period, the budget and the allowed share
 * of shifts between its cost items, the expected results; amendments (annexes), cost shifts,
 * partial and final reports, misuse findings and returns; and the rules they obey ({@link
 * pl.lsw.core.financing.contract.ContractRules}).
 *
 * <p>Polish: <i>umowa o realizację zadania publicznego (umowa dotacyjna)</i>.
 */
@LswStyle
package pl.lsw.core.financing.contract;

import pl.lsw.core.kernel.LswStyle;
