package org.sitrep.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.stream.Collectors;

/** The few slowest articles of a run, for the summary: where a batch's time went. */
final class Slowest {
  private record Took(double seconds, String what) {}

  private final int keep;
  private final PriorityQueue<Took> top = new PriorityQueue<>(Comparator.comparingDouble(Took::seconds));

  Slowest(int keep) {
    this.keep = keep;
  }

  synchronized void record(String what, long nanos) {
    top.add(new Took(nanos / 1e9, what));
    if (top.size() > keep) {
      top.poll();
    }
  }

  /** "id (12.3 s), id (4.1 s)", slowest first, or empty. */
  synchronized String summary() {
    List<Took> all = new ArrayList<>(top);
    all.sort(Comparator.comparingDouble(Took::seconds).reversed());
    return all.stream()
        .map(t -> String.format(Locale.ROOT, "%s (%.1f s)", t.what(), t.seconds()))
        .collect(Collectors.joining(", "));
  }
}
