package org.sitrep.model;

/**
 * A damage found in the text and how it reads once repaired. Reported, never applied to the
 * article's text: {@code start}/{@code end} point into the original.
 *
 * @param kind glued-quote, glued-digit, glued-words, glued-sentence, mojibake, unbalanced-quote,
 *     whitespace
 */
public record Repair(int start, int end, String before, String after, String kind) {
  public Repair {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
