/**
 * The in-memory store: thread-safe adapters of the LSW repository ports that keep everything in
 * the heap, with the same optimistic versions and unique keys as the database store. For tests,
 * demonstrations and embedders that keep their own persistence. Create one with
 * {@link pl.lsw.store.memory.MemoryStore#create()}.
 *
 * <p>Polish: <i>magazyn danych w pamięci</i>.
 */
package pl.lsw.store.memory;
