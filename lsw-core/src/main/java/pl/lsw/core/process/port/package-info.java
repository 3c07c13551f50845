/**
 * Ports of the process capability: where process instances are kept. Interfaces only.
 *
 * <p>Polish: <i>porty procesów</i>.
 */
package pl.lsw.core.process.port;
