/**
 * Ports of the financing capability: the repositories an embedding system implements (interfaces
 * only).
 *
 * <p>Polish: <i>porty (repozytoria) finansowania</i>.
 */
package pl.lsw.core.financing.port;
