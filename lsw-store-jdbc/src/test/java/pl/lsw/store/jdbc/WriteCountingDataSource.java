package pl.lsw.store.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A data source over another that counts the INSERT, UPDATE and DELETE statements executed
 * through it, per kind and table (for example {@code "INSERT lsw_partnership_meeting"}); each
 * entry of a batch counts as one statement. Reads are not counted.
 */
final class WriteCountingDataSource {

  private static final Pattern WRITE = Pattern.compile(
      "^\\s*(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+([A-Za-z0-9_\\.\"]+)",
      Pattern.CASE_INSENSITIVE);

  private final DataSource proxy;
  private final Map<String, Integer> writes = new TreeMap<>();

  WriteCountingDataSource(DataSource real) {
    this.proxy = proxy(DataSource.class, real, (target, method, args) -> {
      Object result = invoke(target, method, args);
      return result instanceof Connection c ? connection(c) : result;
    });
  }

  /** The counting data source. */
  DataSource dataSource() {
    return proxy;
  }

  /** The writes counted since the last {@link #reset()}, by kind and table. */
  synchronized Map<String, Integer> writes() {
    return new TreeMap<>(writes);
  }

  /** The number of writes counted since the last {@link #reset()}. */
  synchronized int total() {
    return writes.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Forgets the writes counted so far. */
  synchronized void reset() {
    writes.clear();
  }

  private synchronized void count(String sql, int statements) {
    Matcher m = WRITE.matcher(sql);
    if (m.find() && statements > 0) {
      String kind = m.group(1).toUpperCase(Locale.ROOT).split("\\s+")[0];
      String table = m.group(2).replace("\"", "").toLowerCase(Locale.ROOT);
      writes.merge(kind + " " + table, statements, Integer::sum);
    }
  }

  private Connection connection(Connection real) {
    return proxy(Connection.class, real, (target, method, args) -> {
      Object result = invoke(target, method, args);
      if (result instanceof PreparedStatement ps && method.getName().equals("prepareStatement")) {
        return prepared(ps, (String) args[0]);
      }
      if (result instanceof Statement s && method.getName().equals("createStatement")) {
        return plain(s);
      }
      return result;
    });
  }

  private PreparedStatement prepared(PreparedStatement real, String sql) {
    int[] batched = {0};
    return proxy(PreparedStatement.class, real, (target, method, args) -> {
      String name = method.getName();
      boolean withSql = args != null && args.length > 0 && args[0] instanceof String;
      Object result = invoke(target, method, args);
      switch (name) {
        case "addBatch" -> {
          if (!withSql) {
            batched[0]++;
          }
        }
        case "clearBatch" -> batched[0] = 0;
        case "executeBatch", "executeLargeBatch" -> {
          count(sql, batched[0]);
          batched[0] = 0;
        }
        case "execute", "executeUpdate", "executeLargeUpdate" ->
            count(withSql ? (String) args[0] : sql, 1);
        default -> { }
      }
      return result;
    });
  }

  private Statement plain(Statement real) {
    List<String> batch = new ArrayList<>();
    return proxy(Statement.class, real, (target, method, args) -> {
      String name = method.getName();
      Object result = invoke(target, method, args);
      switch (name) {
        case "addBatch" -> batch.add((String) args[0]);
        case "clearBatch" -> batch.clear();
        case "executeBatch", "executeLargeBatch" -> {
          batch.forEach(s -> count(s, 1));
          batch.clear();
        }
        case "execute", "executeUpdate", "executeLargeUpdate" -> count((String) args[0], 1);
        default -> { }
      }
      return result;
    });
  }

  private interface Handler {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T real, Handler handler) {
    InvocationHandler h = (p, method, args) -> handler.handle(real, method, args);
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
