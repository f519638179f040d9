package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the word lists that ship as data files beside these classes: tab-separated, one entry per
 * line, {@code #} starts a comment. Keeping vocabulary in data lets it be reviewed and extended
 * without touching the code that reads sentences.
 */
final class WordTable {
  private WordTable() {}

  /** The rows of a resource of this package, each split on tabs, first column lower-cased. */
  static List<String[]> rows(String resource) {
    return rows(resource, -1);
  }

  /** As {@link #rows(String)}; each row must have {@code columns} columns (-1: any number). */
  static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    int n = 0;
    try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing word table " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (content.isEmpty()) {
          continue;
        }
        String[] cols = content.split("\\s*\\t\\s*");
        if (columns >= 0 && cols.length != columns) {
          throw new IllegalStateException(
              resource + ":" + n + ": expected " + columns + " columns: " + line);
        }
        cols[0] = cols[0].toLowerCase(Locale.ROOT);
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word table " + resource, e);
    }
    return rows;
  }

  /** A two-column table as a map from the first column to the second; the first row of a word wins. */
  static Map<String, String> pairs(String resource) {
    Map<String, String> map = new HashMap<>();
    for (String[] row : rows(resource)) {
      map.putIfAbsent(row[0], row[1]);
    }
    return Map.copyOf(map);
  }

  /** A word's entry, or its singular's: "officials", "witnesses"; null when neither is there. */
  static String bySingular(Map<String, String> table, String word) {
    String k = table.get(word);
    if (k == null && word.endsWith("s")) {
      k = table.get(word.substring(0, word.length() - 1));
    }
    if (k == null && word.endsWith("es")) {
      k = table.get(word.substring(0, word.length() - 2));
    }
    return k;
  }
}
