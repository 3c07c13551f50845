/**
 * Ports of the partnership capability: where partnerships are kept. Interfaces only.
 *
 * <p>Polish: <i>porty partnerstw</i>.
 */
package pl.lsw.core.partnership.port;
