package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest}: articles into the corpus store, each analysed once ({@link
 * CorpusIngest}); a second run skips what is stored and resumes an interrupted one.
 */
@Command(
    name = "ingest",
    sortOptions = false,
    description = {
      "Analyse articles into the corpus: files, folders (recursively), JSONL (one article a line,"
          + " as extract --jsonl reads it) and RSS/Atom feeds.",
      "Articles already stored are skipped; an input that cannot be read or analysed is reported"
          + " on stderr and the rest go on (exit code 3)."
    })
final class IngestCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand private Main main;
  @Spec private CommandSpec spec;
  @Mixin private DbOption db;
  @Mixin private BudgetOption budget;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, JSONL or feeds.")
  private List<Path> paths;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Articles analysed at once (default: the number of cores).")
  private Integer threads;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      converter = ExtractCommand.DateConverter.class,
      description = "Publication date for articles that have none.")
  private LocalDate published;

  @Override
  public Integer call() {
    if (budget.check() != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), budget.check());
    }
    if (threads != null && threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), p + ": no such file or folder");
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    try (Store store = db.open(spec)) {
      return new CorpusIngest(() -> budget.apply(main.pipeline()), n, published, err).run(store, paths);
    }
  }
}
