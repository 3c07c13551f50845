/**
 * The Map of Local Potentials: what organisations, public units and communities offer families
 * in a local support system, each entry with its implementer, addressees, participation rules and
 * machine-readable access conditions. It is the first layer of the co-informing capability; the
 * Initiative Bank takes the entries that are complete by rule {@code INI-COMPLETE}.
 *
 * <p>Polish: <i>Mapa Potencjałów Lokalnych, Bank Inicjatyw</i>.
 *
 * <p>A {@link pl.lsw.core.initiative.MapEntry} is built from raw input with
 * {@code MapEntry.validate(MapEntryId, MapEntryDraft)}, which reports every
 * problem at once, or with {@code MapEntry.builder()}, whose {@code build()} throws
 * {@link pl.lsw.core.kernel.InvalidInputException} listing every broken invariant. Its
 * {@link pl.lsw.core.initiative.AccessConditions} answer, for a described need
 * ({@link pl.lsw.core.initiative.AccessRequest}), which conditions it does not meet.
 *
 * <p>The map describes offers, never families: it holds no personal data. Contact people are
 * professional contacts of the implementer.
 */
@LswStyle
package pl.lsw.core.initiative;

import pl.lsw.core.kernel.LswStyle;
