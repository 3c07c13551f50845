/**
 * "Which procedures may this task use?": the {@link pl.lsw.core.financing.advice.ProcedureAdvisor}
 * lists every funding procedure with its verdict and the findings behind it.
 *
 * <p>Polish: <i>doradca wyboru trybu zlecenia zadania</i>.
 */
@LswStyle
package pl.lsw.core.financing.advice;

import pl.lsw.core.kernel.LswStyle;
