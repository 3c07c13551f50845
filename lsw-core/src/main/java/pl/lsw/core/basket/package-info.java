/**
 * The Local Service Basket (List of Activities and Services) of the Model Kooperacji: the
 * services each partner offers, with their access conditions and contact people, agreed at a
 * partnership meeting, kept current and published. It is the base for individual plans of
 * families.
 *
 * <p>Polish: <i>Lokalny Koszyk Usług / Lista Aktywności i Usług</i>.
 */
@LswStyle
package pl.lsw.core.basket;

import pl.lsw.core.kernel.LswStyle;
