package org.sitrep.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Nanoseconds a stage spends in each of its own steps, summed over threads; what {@code sitrep
 * bench} shows beneath the stage's own time.
 */
public final class StepTimes {
  private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

  /** @param steps every step's name, in the order they are reported */
  public StepTimes(String... steps) {
    for (String s : steps) {
      nanos.put(s, new LongAdder());
    }
  }

  /** Runs one step and adds its time; the step must be one named at construction. */
  public void time(String step, Runnable work) {
    LongAdder total = nanos.get(step);
    if (total == null) {
      throw new IllegalArgumentException("no step " + step + " among " + List.copyOf(nanos.keySet()));
    }
    long t0 = System.nanoTime();
    try {
      work.run();
    } finally {
      total.add(System.nanoTime() - t0);
    }
  }

  /** Each step's total so far, in the order given at construction. */
  public Map<String, Long> nanos() {
    Map<String, Long> out = new LinkedHashMap<>();
    nanos.forEach((step, n) -> out.put(step, n.sum()));
    return out;
  }
}
