package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.sitrep.export.ArticleExporter;
import org.sitrep.export.EventExporter;
import org.sitrep.export.Format;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep export events|articles}: the corpus in a file format. */
@Command(
    name = "export",
    sortOptions = false,
    description = "Write the corpus' events (jsonl, acled-csv, geojson, parquet) or articles (jsonl).")
final class ExportCommand implements Callable<Integer> {
  enum What {
    events,
    articles
  }

  @ParentCommand private Main main;
  @Spec private CommandSpec spec;
  @Mixin private DbOption db;
  @Mixin private EventFilter filter;

  @Parameters(index = "0", paramLabel = "events|articles", description = "What to export: ${COMPLETION-CANDIDATES}.")
  private What what;

  @Option(names = "--format", paramLabel = "F", defaultValue = "jsonl",
      description = "jsonl, acled-csv, geojson or parquet (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    Format f;
    try {
      f = Format.parse(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (what == What.articles && f != Format.JSONL) {
      throw new ParameterException(spec.commandLine(), "articles export only as jsonl, not " + format);
    }
    if (f.needsFile() && out == null) {
      throw new ParameterException(spec.commandLine(), "--format " + format + " needs a file: give --out FILE");
    }
    if (out != null && out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    long count;
    try (Store store = db.open(spec)) {
      if (what == What.events) {
        EventQuery query = filter.query(spec, 0);
        try (EventExporter exporter = out == null
            ? EventExporter.open(f, main.stdout(), Instant.now())
            : EventExporter.open(f, out, Instant.now())) {
          store.forEachEvent(query, exporter);
          count = exporter.count();
        }
      } else {
        try (ArticleExporter exporter = out == null
            ? ArticleExporter.open(f, main.stdout())
            : ArticleExporter.open(f, out)) {
          store.forEachArticle(exporter);
          count = exporter.count();
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (out != null) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("sitrep: %d %s written to %s%n", count, what, out);
      err.flush();
    }
    return ExitCodes.OK;
  }
}
