package org.sitrep.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Word lists kept as data files on the classpath: UTF-8, one entry a line, {@code #} starts a
 * comment, blank lines are skipped, entries are trimmed and kept as written (case included).
 */
public final class WordList {
  private WordList() {}

  /** The entries of {@code resource} (an absolute classpath path), in file order. */
  public static List<String> lines(String resource) {
    InputStream raw = WordList.class.getResourceAsStream(resource);
    if (raw == null) {
      throw new IllegalStateException("word list " + resource + " is not on the classpath");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }

  /** The entries of {@code resource} as an immutable set. */
  public static Set<String> set(String resource) {
    return Set.copyOf(new LinkedHashSet<>(lines(resource)));
  }
}
