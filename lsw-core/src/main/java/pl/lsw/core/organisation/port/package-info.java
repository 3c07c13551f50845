/**
 * Ports of the organisation registry: what the registry needs from a store.
 *
 * <p>Polish: <i>porty rejestru organizacji</i>.
 */
package pl.lsw.core.organisation.port;
