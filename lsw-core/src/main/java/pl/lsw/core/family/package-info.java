/**
 * Families, only as pseudonymous references. The library records a family as the code the
 * embedding system gives it ({@link pl.lsw.core.family.FamilyReference}, e.g. {@code R-004}),
 * never by a name, a PESEL number, an address or health data: the municipal system keeps those,
 * and this library must not become a second copy of them. A {@link
 * pl.lsw.core.family.SupportedFamily} adds only the day of selection, the consent, the need
 * categories and the non-identifying facts that match access conditions; its individual plans are
 * in {@code pl.lsw.core.family.plan}.
 *
 * <p>Polish: <i>rodziny — wyłącznie jako oznaczenia pseudonimowe</i>.
 */
@LswStyle
package pl.lsw.core.family;

import pl.lsw.core.kernel.LswStyle;
