package org.sitrep.store;

/** Test helper run in a child JVM: opens a store, says "open", holds it until stdin closes. */
public final class HoldStore {
  private HoldStore() {}

  public static void main(String[] args) throws Exception {
    try (Store store = Store.open(args[0])) {
      System.out.println("open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the parent to close our stdin
      }
    }
  }
}
