package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.json.ModelJson;
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
    if (!format.equals("jsonl")) {
      throw new ParameterException(spec.commandLine(), "unknown format " + format);
    }
    try (Store store = db.open(spec);
        OutputStream o = out == null ? new ExtractCommand.NonClosing(main.stdout()) : Files.newOutputStream(out)) {
      PrintWriter w = new PrintWriter(o, false, StandardCharsets.UTF_8);
      if (what == What.events) {
        store.forEachEvent(filter.query(spec, 0), e -> w.println(ModelJson.write(ModelJson.event(e), false)));
      } else {
        store.forEachArticle(a -> w.println(ModelJson.write(ModelJson.article(a), false)));
      }
      w.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return ExitCodes.OK;
  }
}
