package org.sitrep.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Near-duplicate articles (wire copies, syndication, updated versions) by MinHash over word
 * shingles, with LSH bands so that candidates are found without comparing all pairs.
 *
 * <p>Written here rather than taken from a library: the Java MinHash libraries on Maven Central
 * are unmaintained (java-lsh) or bring Lucene along, and draw their hash coefficients at random
 * per instance, whereas stored signatures must compare across runs, so the hash functions are
 * fixed by a seed.
 */
public final class NearDuplicates {
  /**
   * Estimated Jaccard similarity of word 5-shingles from which an article is a copy of another.
   * A copy with a new headline, byline or a changed paragraph keeps well above it; two distinct
   * articles on one incident, even with a shared police statement quoted, stay far below it.
   */
  public static final double THRESHOLD = 0.8;

  /** Words per shingle; texts with fewer words are one shingle of all their words. */
  static final int SHINGLE = 5;

  static final int HASHES = 128;
  static final int BANDS = 32;
  static final int ROWS = HASHES / BANDS;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x5eed_5174_e900_0001L;
    for (int i = 0; i < HASHES; i++) {
      s += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(s);
    }
  }

  private NearDuplicates() {}

  /** The MinHash signature of a text (normalised: case, punctuation, whitespace). */
  public static long[] signature(String text) {
    String norm = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    String[] words = norm.isEmpty() ? new String[0] : norm.split(" ");
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    int k = Math.max(1, Math.min(SHINGLE, words.length));
    for (int start = 0; start + k <= words.length; start++) {
      long h = fnv(words, start, k);
      for (int i = 0; i < HASHES; i++) {
        long v = mix(h ^ SEEDS[i]);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /**
   * The LSH band hashes of a signature; two texts sharing one are candidates. With 32 bands of 4
   * rows a pair at similarity 0.8 shares a band with probability 1 - (1 - 0.8^4)^32 > 0.9999999,
   * one at 0.5 still with 0.87: a copy is never missed and {@link #similarity} does the rest.
   */
  public static long[] bands(long[] signature) {
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = mix(b + 1L); // the band index, so that equal rows in different bands differ
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + signature[b * ROWS + r]);
      }
      bands[b] = h;
    }
    return bands;
  }

  /** Estimated Jaccard similarity of the shingle sets behind two signatures. */
  public static double similarity(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures differ in length");
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      equal += a[i] == b[i] ? 1 : 0;
    }
    return equal / (double) a.length;
  }

  private static long fnv(String[] words, int start, int k) {
    long h = 0xcbf29ce484222325L;
    for (int w = start; w < start + k; w++) {
      for (byte c : words[w].getBytes(StandardCharsets.UTF_8)) {
        h = (h ^ (c & 0xff)) * 0x100000001b3L;
      }
      h = (h ^ ' ') * 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
