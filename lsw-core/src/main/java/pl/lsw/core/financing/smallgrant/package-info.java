/**
 * Small grants outside a competition (UDPP art. 19a): the {@link
 * pl.lsw.core.financing.smallgrant.SmallGrant} aggregate with its lifecycle, the statutory rules
 * ({@link pl.lsw.core.financing.smallgrant.SmallGrantRules}), the history the cross-grant rules read
 * ({@link pl.lsw.core.financing.smallgrant.GrantHistory}), the checker of one grant or a whole year
 * of grants ({@link pl.lsw.core.financing.smallgrant.SmallGrantChecker}) and the application
 * service ({@link pl.lsw.core.financing.smallgrant.SmallGrantService}).
 *
 * <p><b>Dates.</b> Every small-grant rule reads its parameters as valid on the grant's <em>offer
 * receipt date</em>: art. 19a lets the body commission a task "on the application of an
 * organisation", so the offer opens the procedure and the procedure runs under the law in force
 * when the offer came in; a law changed while the offer is being published keeps the running
 * procedure under the old numbers, and every rule of one grant uses the same numbers. The
 * cross-grant limits count grants per calendar (= budget) year of the {@linkplain
 * pl.lsw.core.financing.smallgrant.SmallGrant#grantDate() grant date}: the contract date once the
 * contract is signed (funds are "granted" by the contract), until then the offer receipt date.
 *
 * <p>Polish: <i>małe granty (tryb pozakonkursowy, art. 19a UDPP)</i>.
 */
@LswStyle
package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.kernel.LswStyle;
