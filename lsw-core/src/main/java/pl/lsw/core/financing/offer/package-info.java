/**
 * Offers for public tasks: the applicants (one organisation, or several in a joint offer), the
 * task, its dates, the budget of cost items with their funding sources, the grant requested and
 * the expected results.
 *
 * <p>Polish: <i>oferta realizacji zadania publicznego</i>.
 */
@LswStyle
package pl.lsw.core.financing.offer;

import pl.lsw.core.kernel.LswStyle;
