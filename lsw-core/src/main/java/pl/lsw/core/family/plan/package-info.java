/**
 * Individual plans of supported families: what services a family gets, from which source (an
 * Initiative Bank entry or a Local Service Basket service), from which provider and when, with
 * their reviews and the history of every change; the UCUS rules of individual social services
 * plans, the consent rule and the access-conditions check ({@link
 * pl.lsw.core.family.plan.PlanRules}).
 *
 * <p>Polish: <i>plany indywidualne rodzin</i>.
 */
@LswStyle
package pl.lsw.core.family.plan;

import pl.lsw.core.kernel.LswStyle;
