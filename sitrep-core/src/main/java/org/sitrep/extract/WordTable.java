package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the word lists that ship as data files beside these classes: tab-separated, one entry per
 * line, {@code #} starts a comment. Keeping vocabulary in data lets it be reviewed and extended
 * without touching the code that reads sentences.
 */
final class WordTable {
  private WordTable() {}

  /** The rows of a resource of this package, each split on tabs, first column lower-cased. */
  static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing word table " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (content.isEmpty()) {
          continue;
        }
        String[] cols = content.split("\\s*\\t\\s*");
        cols[0] = cols[0].toLowerCase(Locale.ROOT);
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word table " + resource, e);
    }
    return rows;
  }
}
