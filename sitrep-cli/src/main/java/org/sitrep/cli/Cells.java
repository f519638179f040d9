package org.sitrep.cli;

/** Table cells for the commands that print tables for a person (places, events, event). */
final class Cells {
  private Cells() {}

  static String orDash(Object o) {
    return o == null ? "-" : o.toString();
  }

  /** At most {@code width} characters, an ellipsis marking a cut. */
  static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
