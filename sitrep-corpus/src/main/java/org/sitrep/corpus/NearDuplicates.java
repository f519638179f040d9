package org.sitrep.corpus;

/**
 * Near-duplicate articles (wire copies, syndication, updated versions) by MinHash over word
 * shingles, with LSH bands so that candidates are found without comparing all pairs.
 */
public final class NearDuplicates {
  /** Estimated Jaccard similarity from which an article is a copy of another. */
  public static final double THRESHOLD = 0.8;

  private NearDuplicates() {}

  /** The MinHash signature of a text (normalised: case, punctuation, whitespace). */
  public static long[] signature(String text) {
    throw new UnsupportedOperationException("TODO");
  }

  /** The LSH band hashes of a signature; two texts sharing one are candidates. */
  public static long[] bands(long[] signature) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Estimated Jaccard similarity of the shingle sets behind two signatures. */
  public static double similarity(long[] a, long[] b) {
    throw new UnsupportedOperationException("TODO");
  }
}
