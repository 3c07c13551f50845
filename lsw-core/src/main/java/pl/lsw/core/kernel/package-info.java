/**
 * The shared kernel: exact money, dates and the Polish working-day calendar, validated public
 * identifiers (NIP, REGON, KRS, TERYT), typed ids, and the errors every capability uses.
 *
 * <p>Polish: <i>wspólne jądro</i>.
 */
@LswStyle
package pl.lsw.core.kernel;
