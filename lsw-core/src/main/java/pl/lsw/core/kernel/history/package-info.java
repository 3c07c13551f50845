/**
 * The history of changes: who changed what, when, from which value to which. Every capability
 * that keeps its records current (the Map of Local Potentials, the Initiative Bank, the Action
 * Base, the Local Service Basket, individual plans) records a {@link
 * pl.lsw.core.kernel.history.Revision} with each accepted change and answers queries per subject
 * and per period.
 *
 * <p>Polish: <i>historia zmian</i>.
 */
package pl.lsw.core.kernel.history;
