package org.sitrep.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats of {@code sitrep export}, by the names the command line uses. */
public enum Format {
  JSONL("jsonl"),
  ACLED_CSV("acled-csv"),
  GEOJSON("geojson"),
  /** Needs a file: Parquet cannot be streamed to standard output. */
  PARQUET("parquet");

  private final String id;

  Format(String id) {
    this.id = id;
  }

  /** The command-line name: {@code jsonl}, {@code acled-csv}, {@code geojson}, {@code parquet}. */
  public String id() {
    return id;
  }

  /** Whether the format must be written to a file rather than a stream (Parquet). */
  public boolean needsFile() {
    return this == PARQUET;
  }

  /**
   * The format by its command-line name (case-insensitive).
   *
   * @throws IllegalArgumentException naming the valid values when there is no such format
   */
  public static Format parse(String name) {
    if (name != null) {
      String key = name.trim().toLowerCase(Locale.ROOT);
      for (Format f : values()) {
        if (f.id.equals(key)) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown export format '" + name + "': expected one of " + validValues());
  }

  /** {@code jsonl|acled-csv|geojson|parquet}. */
  public static String validValues() {
    return Arrays.stream(values()).map(Format::id).collect(Collectors.joining("|"));
  }

  @Override
  public String toString() {
    return id;
  }
}
