package org.sitrep.model;

import java.util.Arrays;

/**
 * The text the NLP stages read: the original with its repairs applied, plus the map that brings
 * every offset back to the original so that no output offset ever points into repaired text.
 *
 * @param toOriginal for each char offset i of {@code text} (and i == text.length()), the offset in
 *     the original text; inserted characters map to the original position they were inserted at
 */
public record RepairedText(String text, int[] toOriginal) {
  public RepairedText {
    if (toOriginal.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "offset map has " + toOriginal.length + " entries for " + text.length() + " chars");
    }
    toOriginal = toOriginal.clone();
  }

  /** The identity: nothing was repaired. */
  public static RepairedText identity(String text) {
    int[] map = new int[text.length() + 1];
    Arrays.setAll(map, i -> i);
    return new RepairedText(text, map);
  }

  public int originalOffset(int repairedOffset) {
    return toOriginal[repairedOffset];
  }

  /**
   * The original offset where a span ending at {@code repairedEnd} ends. An inserted character
   * maps to the original character it was inserted before, so the entry at the end is exactly the
   * end: after an insertion it excludes it, after a contraction (three mojibake bytes repaired to
   * one character) it includes all three. A span of inserted characters only becomes empty.
   */
  public int originalEnd(int repairedEnd) {
    return toOriginal[repairedEnd];
  }

  @Override
  public int[] toOriginal() {
    return toOriginal.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RepairedText r && r.text.equals(text) && Arrays.equals(r.toOriginal, toOriginal);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(toOriginal);
  }

  @Override
  public String toString() {
    return "RepairedText[" + text.length() + " chars]";
  }
}
