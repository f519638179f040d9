package org.sitrep.store;

/** A read took longer than the store's read limit and was cancelled; nothing was changed. */
public final class StoreTimeoutException extends StoreException {
  public StoreTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
