/**
 * Ports of the shared kernel: interfaces the embedding system implements (ids, events, the
 * access policy). Time comes from a {@link java.time.Clock}.
 */
package pl.lsw.core.kernel.port;
