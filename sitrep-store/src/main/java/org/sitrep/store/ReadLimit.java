package org.sitrep.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A connection whose statements are cancelled by the driver when a read's deadline passes: each
 * statement it creates gets the time left as its query timeout (both drivers cancel a statement
 * from a timer of their own). Applied here, once, rather than at each of the store's queries.
 */
final class ReadLimit implements InvocationHandler {
  private final Connection target;
  private final long deadline;

  private ReadLimit(Connection target, long deadline) {
    this.target = target;
    this.deadline = deadline;
  }

  /** {@code c}, its statements bounded by {@code deadline} (a {@link System#nanoTime} value). */
  static Connection bounded(Connection c, long deadline) {
    return (Connection) Proxy.newProxyInstance(
        ReadLimit.class.getClassLoader(), new Class<?>[] {Connection.class}, new ReadLimit(c, deadline));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    Object result;
    try {
      result = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (result instanceof Statement st) {
      long left = deadline - System.nanoTime();
      // whole seconds, rounded up: JDBC's unit; a statement created after the deadline gets 1 s
      st.setQueryTimeout((int) Math.max(1, (left + 999_999_999L) / 1_000_000_000L));
    }
    return result;
  }
}
