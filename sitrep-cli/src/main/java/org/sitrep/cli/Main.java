package org.sitrep.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Supplier;
import org.sitrep.core.Pipeline;
import picocli.CommandLine;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code sitrep} command. Each verb is its own class listed in {@code subcommands}; a new verb
 * (places, eval, serve) is one more class there.
 *
 * <p>What a command reads and writes is injected here, so that tests run the real command line
 * with a small fake pipeline and in-memory streams: data (JSON) goes to {@link #stdout()} as UTF-8
 * whatever the platform encoding, messages go to picocli's {@code getErr()}, help to {@code
 * getOut()}. The pipeline is built only once a command needs it (CoreNLP takes ~20 s to load), so
 * usage errors are reported at once.
 */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "News reports about unrest and armed conflict in, sourced event data out.",
    subcommands = {
      ExtractCommand.class, IngestCommand.class, EventsCommand.class, EventCommand.class,
      ExportCommand.class, ServeCommand.class, DemoCommand.class, PlacesCommand.class,
      EvalCommand.class, BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    // exit codes: see ExitCodes; INHERIT hands them to every subcommand
    scope = ScopeType.INHERIT,
    exitCodeOnSuccess = ExitCodes.OK,
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.INTERNAL,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal failure",
      "2:usage error (bad option or date, missing file)",
      "3:some inputs failed (each got an error record; all others were processed)"
    })
public final class Main implements Runnable {
  private final Supplier<Pipeline> pipelines;
  private final Supplier<Benchmark.Runner> baseline;
  private final InputStream stdin;
  private final OutputStream stdout;
  @Spec private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine(new Main()).execute(args));
  }

  /**
   * The command line for {@code main}. A store that cannot be opened (locked, server down, disk
   * full) is the user's to fix, so it exits as a usage error, but its message alone says what to
   * do: the usage text after it would only bury it.
   */
  static CommandLine commandLine(Main main) {
    CommandLine cl = new CommandLine(main);
    IParameterExceptionHandler usual = cl.getParameterExceptionHandler();
    return cl.setParameterExceptionHandler((e, args) -> {
      if (!(e.getCause() instanceof StoreException)) {
        return usual.handleParseException(e, args);
      }
      PrintWriter err = e.getCommandLine().getErr();
      err.println("sitrep: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    });
  }

  public Main() {
    this(Pipelines::standard, Benchmark::coreNlpBaseline, System.in, System.out);
  }

  /**
   * @param pipelines builds the pipeline, called at most once per command
   * @param baseline builds the baseline that {@code bench} compares sitrep with
   */
  public Main(
      Supplier<Pipeline> pipelines,
      Supplier<Benchmark.Runner> baseline,
      InputStream stdin,
      OutputStream stdout) {
    this.pipelines = Objects.requireNonNull(pipelines);
    this.baseline = Objects.requireNonNull(baseline);
    this.stdin = Objects.requireNonNull(stdin);
    this.stdout = Objects.requireNonNull(stdout);
  }

  /** Without a verb: print the usage and fail as a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: try 'sitrep extract FILE'");
  }

  Pipeline pipeline() {
    return pipelines.get();
  }

  Benchmark.Runner baseline() {
    return baseline.get();
  }

  InputStream stdin() {
    return stdin;
  }

  OutputStream stdout() {
    return stdout;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"sitrep " + (v == null ? "(development build)" : v)};
    }
  }
}
