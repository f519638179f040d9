package org.sitrep.core;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A time budget for the work on one article, on the thread doing it. Stages call {@link #check}
 * at safe points (between stages, between groups of sentences); once the budget is spent the
 * article fails with {@code too-slow}, naming what was being done, and its batch goes on.
 *
 * <p>Thread-bound rather than passed through {@link Stage#apply}: the budget is the caller's
 * policy, and the stage interface stays one method.
 */
public final class Deadline {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private final long start;
  private final long end;
  private final Duration budget;

  private Deadline(Duration budget) {
    this.budget = budget;
    this.start = System.nanoTime();
    this.end = start + budget.toNanos();
  }

  /** Runs {@code work} on this thread with {@code budget} (null: no limit). */
  public static <T> T within(Duration budget, Supplier<T> work) {
    if (budget == null) {
      return work.get();
    }
    Deadline outer = CURRENT.get();
    CURRENT.set(new Deadline(budget));
    try {
      return work.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /**
   * @param doing what the thread is about to do, for the message ("corenlp, sentences 400-800 of
   *     4,000")
   * @throws InputException {@code too-slow} when this thread's budget is spent
   */
  public static void check(String doing) {
    Deadline d = CURRENT.get();
    if (d != null && System.nanoTime() - d.end > 0) {
      throw new InputException("too-slow", String.format(Locale.ROOT,
          "not analysed within the time budget of %d s (stopped after %.0f s, at %s)",
          d.budget.toSeconds(), (System.nanoTime() - d.start) / 1e9, doing));
    }
  }
}
