package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.sitrep.json.ModelJson;
import org.sitrep.model.corpus.CorpusArticle;

/**
 * Writes the corpus's articles one at a time, as {@code sitrep export articles --format jsonl}:
 * one {@link ModelJson#article} per line. Only {@link Format#JSONL} is offered. A stream given to
 * {@code open} is flushed but not closed; a file given by path is created (or replaced) and closed.
 */
public final class ArticleExporter implements Consumer<CorpusArticle>, AutoCloseable {
  private final JsonLines lines;

  private ArticleExporter(OutputStream out, boolean owned) {
    this.lines = new JsonLines(out, owned);
  }

  /** @throws IllegalArgumentException for any format but JSONL */
  public static ArticleExporter open(Format format, OutputStream out) {
    Objects.requireNonNull(out, "out");
    check(format);
    return new ArticleExporter(out, false);
  }

  /** @throws IllegalArgumentException for any format but JSONL */
  public static ArticleExporter open(Format format, Path file) throws IOException {
    check(format);
    return new ArticleExporter(Files.newOutputStream(file), true);
  }

  private static void check(Format format) {
    if (format != Format.JSONL) {
      throw new IllegalArgumentException(
          "articles can be exported only as jsonl, not " + format);
    }
  }

  /** Writes one article; throws {@link UncheckedIOException} when the output fails. */
  @Override
  public void accept(CorpusArticle article) {
    lines.write(ModelJson.write(ModelJson.article(article), false));
  }

  public long count() {
    return lines.count();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
