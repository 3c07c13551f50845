/**
 * The store port: one object through which the library reaches every repository of a store
 * (memory, JDBC or the embedder's own).
 *
 * <p>Polish: <i>port magazynu danych</i>.
 */
package pl.lsw.core.store.port;
