/**
 * An organisation's proposal to perform a public task on its own initiative (UDPP art. 12), which
 * the body assesses within one month.
 *
 * <p>Polish: <i>oferta z inicjatywy własnej organizacji</i>.
 */
@LswStyle
package pl.lsw.core.financing.initiative;

import pl.lsw.core.kernel.LswStyle;
