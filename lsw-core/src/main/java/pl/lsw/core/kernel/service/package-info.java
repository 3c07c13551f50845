/**
 * The one shape of every application service of the library ({@link
 * pl.lsw.core.kernel.service.CommandRunner}): load, ask the aggregate, store the new state with its
 * events, publish the events. Above the kernel and its ports, so neither depends on the other.
 *
 * <p>Polish: <i>schemat usług aplikacyjnych</i>.
 */
package pl.lsw.core.kernel.service;
