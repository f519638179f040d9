package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.sitrep.model.corpus.CorpusEvent;

/**
 * Writes corpus events one at a time, as the store streams them, in one of the {@link Format}s of
 * {@code sitrep export events} ({@code shared/contract/README.md}, "The corpus").
 *
 * <pre>{@code
 * try (EventExporter out = EventExporter.open(format, System.out, Instant.now())) {
 *   store.forEachEvent(query, out);
 * }
 * }</pre>
 *
 * <p>{@link #accept} throws {@link java.io.UncheckedIOException} (it is a {@link Consumer} for
 * {@code Store.forEachEvent}); {@link #close} finishes the output (the GeoJSON collection's end,
 * the Parquet file) and must be called, also for no events. A stream given to {@code open} is
 * flushed but not closed; a file given by path is created (or replaced) and closed.
 */
public interface EventExporter extends Consumer<CorpusEvent>, AutoCloseable {

  /** Writes one event. */
  @Override
  void accept(CorpusEvent event);

  /** How many events were accepted. */
  long count();

  /** Finishes the output; for a path, closes the file. */
  @Override
  void close() throws IOException;

  /**
   * An exporter writing to a stream (standard output).
   *
   * @param exportedAt the ACLED CSV's {@code timestamp} (unix seconds); ignored by other formats
   * @throws IllegalArgumentException for Parquet, which needs a file
   */
  static EventExporter open(Format format, OutputStream out, Instant exportedAt) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(exportedAt, "exportedAt");
    return switch (format) {
      case JSONL -> new JsonlEventExporter(out, false);
      case ACLED_CSV -> new AcledCsvExporter(out, false, exportedAt);
      case GEOJSON -> new GeoJsonExporter(out, false);
      case PARQUET -> throw new IllegalArgumentException(
          "--format parquet needs a file: give --out FILE (Parquet cannot be written to stdout)");
    };
  }

  /**
   * An exporter writing to a file, created or replaced.
   *
   * @param exportedAt the ACLED CSV's {@code timestamp} (unix seconds); ignored by other formats
   */
  static EventExporter open(Format format, Path file, Instant exportedAt) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(exportedAt, "exportedAt");
    if (format == Format.PARQUET) {
      return new ParquetExporter(file);
    }
    OutputStream out = Files.newOutputStream(file);
    try {
      return switch (format) {
        case JSONL -> new JsonlEventExporter(out, true);
        case ACLED_CSV -> new AcledCsvExporter(out, true, exportedAt);
        case GEOJSON -> new GeoJsonExporter(out, true);
        case PARQUET -> throw new AssertionError();
      };
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }
}
