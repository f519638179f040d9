package org.sitrep.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.RepairedText;

/** Applies edits to a text and keeps the exact map from the edited text back to the original. */
final class TextEdits {
  private TextEdits() {}

  /** Replace original {@code [start, end)} by {@code text}; start == end inserts. */
  record Edit(int start, int end, String text) {
    Edit {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad edit span " + start + ".." + end);
      }
    }
  }

  static Edit insert(int at, String text) {
    return new Edit(at, at, text);
  }

  /**
   * The edited text. Its map: unchanged chars map to themselves; inserted chars to the insertion
   * point; a replacement of the same length char by char; a shorter replacement (mojibake "â€œ" →
   * "“") maps its chars to the first original char when a word goes on after it (so spans that
   * start there are exact) and its last char to the last original char otherwise (so spans that
   * end there are exact under {@link RepairedText#originalEnd}). Edits must not overlap; several
   * insertions at one point keep their order.
   */
  static RepairedText apply(String original, List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    StringBuilder sb = new StringBuilder(original.length() + 16);
    int[] map = new int[original.length() + 16 * Math.max(1, sorted.size()) + 1];
    int len = 0;
    int at = 0;
    for (Edit e : sorted) {
      if (e.start() < at) {
        throw new IllegalArgumentException("overlapping edits at " + e.start());
      }
      if (e.end() > original.length()) {
        throw new IllegalArgumentException("edit past the end: " + e.end());
      }
      for (int i = at; i < e.start(); i++) {
        map = ensure(map, len + 1);
        sb.append(original.charAt(i));
        map[len++] = i;
      }
      int n = e.text().length();
      int span = e.end() - e.start();
      boolean wordFollows =
          e.end() < original.length() && Character.isLetterOrDigit(original.charAt(e.end()));
      for (int k = 0; k < n; k++) {
        int to;
        if (span == 0) {
          to = e.start();
        } else if (n == span) {
          to = e.start() + k;
        } else if (k < n - 1) {
          to = Math.min(e.start() + k, e.end() - 1);
        } else {
          to = wordFollows ? Math.min(e.start() + k, e.end() - 1) : e.end() - 1;
        }
        map = ensure(map, len + 1);
        sb.append(e.text().charAt(k));
        map[len++] = to;
      }
      at = e.end();
    }
    for (int i = at; i < original.length(); i++) {
      map = ensure(map, len + 1);
      sb.append(original.charAt(i));
      map[len++] = i;
    }
    map = ensure(map, len + 1);
    map[len] = original.length();
    int[] exact = new int[len + 1];
    System.arraycopy(map, 0, exact, 0, len + 1);
    return new RepairedText(sb.toString(), exact);
  }

  private static int[] ensure(int[] map, int size) {
    if (size <= map.length) {
      return map;
    }
    int[] bigger = new int[Math.max(size, map.length * 2)];
    System.arraycopy(map, 0, bigger, 0, map.length);
    return bigger;
  }
}
