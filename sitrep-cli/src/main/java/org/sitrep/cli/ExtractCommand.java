package org.sitrep.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.sitrep.core.InputException;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.core.Pipeline;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code sitrep extract}: one article to one JSON document, or a JSONL batch to JSONL. */
@Command(
    name = "extract",
    sortOptions = false,
    description = {
      "Analyse one article (text, HTML or JSON) and print it as JSON, or a JSONL batch to JSONL.",
      "Batch output has exactly one line per input line, in input order, each with the input id;"
          + " a line that cannot be analysed gets {\"id\":...,\"error\":{\"code\":...,\"message\":...}}."
    })
final class ExtractCommand implements Callable<Integer> {
  static final Duration LOG_EVERY = Duration.ofSeconds(10);
  /** Thread-safe and configured once; also used by {@link Batch}. */
  static final ArticleReader READER = new ArticleReader();

  enum Format {
    json
  }

  @ParentCommand private Main main;
  @picocli.CommandLine.Mixin private BudgetOption budget;
  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The article: text, HTML or JSON; '-' reads standard input.")
  private String file;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description =
          "Publication date, which anchors relative dates ('yesterday'). Overrides the article's"
              + " own; with --jsonl, used for lines that have none.")
  private LocalDate published;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--pretty", description = "Indent the JSON (not with --jsonl).")
  private boolean pretty;

  @Option(names = "--jsonl", paramLabel = "IN.jsonl", description = "Analyse a batch: one JSON article per line; '-' reads standard input.")
  private String jsonl;

  @Option(names = "--out", paramLabel = "OUT", description = "Write here instead of standard output.")
  private Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Articles analysed at once with --jsonl (default: the number of cores).")
  private Integer threads;

  @Option(
      names = "--resume",
      description =
          "With --jsonl and --out: keep the complete lines already in OUT, skip as many input lines"
              + " and append the rest.")
  private boolean resume;

  @Option(
      names = "--debug",
      description = "Also write the internal layers: sentences, tokens, dependencies, quantities.")
  private boolean debug;

  @Override
  public Integer call() throws IOException {
    if ((file == null) == (jsonl == null)) {
      throw usage("give either FILE or --jsonl IN.jsonl");
    }
    if (budget.check() != null) {
      throw new ParameterException(spec.commandLine(), budget.check());
    }
    if (threads != null && threads < 1) {
      throw usage("--threads must be at least 1, not " + threads);
    }
    return jsonl != null ? batch() : single();
  }

  private Integer single() throws IOException {
    if (resume || threads != null) {
      throw usage("--resume and --threads go with --jsonl");
    }
    String id = idFromName(file);
    Analysis analysis;
    try {
      Article article = read(file);
      id = article.id() != null ? article.id() : id;
      if (published != null) {
        article = withPublished(article, published);
      }
      analysis = budget.apply(main.pipeline()).apply(Analysis.of(article));
    } catch (InputException e) {
      // the JSON record keeps scripts on the contract; the message tells a person what went wrong
      emit(AnalysisJson.write(AnalysisJson.error(id, e), pretty));
      PrintWriter err = spec.commandLine().getErr();
      // ArticleReader's messages start with the file name
      err.printf("sitrep: %s [%s]%n", e.getMessage(), e.code());
      err.flush();
      return ExitCodes.INPUT_FAILED;
    }
    emit(AnalysisJson.write(AnalysisJson.of(analysis, debug), pretty));
    return ExitCodes.OK;
  }

  private Integer batch() throws IOException {
    if (pretty) {
      throw usage("--pretty would break JSONL's one record per line");
    }
    if (resume && out == null) {
      throw usage("--resume needs --out OUT.jsonl: the output to continue");
    }
    boolean stdin = "-".equals(jsonl);
    Path in = stdin ? null : Path.of(jsonl);
    if (in != null) {
      checkReadable(in, jsonl, spec);
      if (out != null && Files.exists(out) && Files.isSameFile(in, out)) {
        throw usage("--out must not be the input file");
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    long done = resume && Files.exists(out) ? keepCompleteLines(out) : 0;
    long total = in == null ? -1 : countLines(in);
    if (done > 0) {
      err.printf("sitrep: %s already holds %d lines: resuming at line %d%n", out, done, done + 1);
    }
    if (total >= 0 && done >= total) {
      err.printf("sitrep: nothing left to do (%d lines in, %d out)%n", total, done);
      err.flush();
      return ExitCodes.OK;
    }
    err.println("sitrep: loading the pipeline...");
    err.flush();
    Pipeline pipeline = budget.apply(main.pipeline());
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Batch batch = new Batch(pipeline, READER, stdin ? "-" : jsonl, published, debug, n, err);
    try (InputStream input = stdin ? main.stdin() : Files.newInputStream(in);
        OutputStream output = openOutput(resume)) {
      Batch.Lines lines =
          new Batch.Lines(new InputStreamReader(input, StandardCharsets.UTF_8));
      lines.skip(done);
      boolean ok;
      try (Progress progress =
          new Progress(err, System.console() != null, total < 0 ? -1 : total - done, LOG_EVERY)) {
        ok = batch.run(lines, done + 1, output, progress);
      }
      if (!batch.slowest().isEmpty()) {
        err.println("sitrep: slowest: " + batch.slowest());
        err.flush();
      }
      return ok ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }
  }

  private OutputStream openOutput(boolean append) throws IOException {
    if (out == null) {
      return new NonClosing(main.stdout());
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    // unbuffered: every line is written with one call and flushed, so a kill leaves whole lines
    return new FileOutputStream(out.toFile(), append);
  }

  private void emit(String json) throws IOException {
    byte[] bytes = (json + "\n").getBytes(StandardCharsets.UTF_8);
    if (out == null) {
      main.stdout().write(bytes);
      main.stdout().flush();
    } else {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
        o.write(bytes);
      }
    }
  }

  private Article read(String name) throws IOException {
    return read(name, main.stdin(), spec);
  }

  /** One article from a file, or from {@code stdin} for '-'; also used by {@code sitrep places}. */
  static Article read(String name, InputStream stdin, CommandSpec spec) throws IOException {
    if ("-".equals(name)) {
      return READER.read("-", stdin);
    }
    Path path = Path.of(name);
    checkReadable(path, name, spec);
    try (InputStream in = Files.newInputStream(path)) {
      // the name as given, so that messages point at the file the user typed
      return READER.read(name, in);
    }
  }

  private static void checkReadable(Path path, String name, CommandSpec spec) {
    String problem = Files.isDirectory(path) ? name + " is a directory, not a file"
        : !Files.exists(path) ? "no such file: " + name
        : !Files.isReadable(path) ? "cannot read " + name + " (permission denied)"
        : null;
    if (problem != null) {
      throw new ParameterException(spec.commandLine(), problem);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The id ArticleReader gives a file, for the error record of a file it could not read. */
  static String idFromName(String name) {
    if ("-".equals(name)) {
      return "stdin";
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  static Article withPublished(Article a, LocalDate published) {
    return new Article(a.id(), a.text(), published, a.title(), a.url(), a.source());
  }

  /**
   * Counts the complete lines of a previous run's output and cuts off a last line that an
   * interruption left without its newline, so that appending continues a valid JSONL file.
   */
  static long keepCompleteLines(Path path) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.allocate(1 << 16);
      long lines = 0;
      long afterLastNewline = 0;
      long pos = 0;
      int n;
      while ((n = ch.read(buf)) > 0) {
        buf.flip();
        for (int i = 0; i < n; i++) {
          if (buf.get(i) == '\n') {
            lines++;
            afterLastNewline = pos + i + 1;
          }
        }
        pos += n;
        buf.clear();
      }
      if (ch.size() > afterLastNewline) {
        ch.truncate(afterLastNewline);
      }
      return lines;
    } catch (NoSuchFileException e) {
      return 0;
    }
  }

  /** Lines as {@link Batch.Lines} reads them: split on '\n', a last line without one counts. */
  static long countLines(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] buf = new byte[1 << 16];
      long lines = 0;
      int n;
      byte last = '\n';
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
        last = buf[n - 1];
      }
      return last == '\n' ? lines : lines + 1;
    }
  }

  /** Strict ISO dates: "2022-13-45" is a usage error, not the 14th of February 2023. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD");
      }
    }
  }

  /** Standard output outlives the command: closing the batch's output must not close it. */
  static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
