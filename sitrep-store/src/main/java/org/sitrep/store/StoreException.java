package org.sitrep.store;

/** The store cannot be opened, read or written; the message names the database and the cause. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
