package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep demo}: the project's own example articles (examples/demo, carried in the jar)
 * ingested into a fresh store, then served. The examples are reports written for sitrep: several
 * outlets on a few events in three countries, with tolls that rise and disagree and a wire copy.
 */
@Command(
    name = "demo",
    sortOptions = false,
    description = {
      "Ingest the bundled example articles (Kenya, Nigeria, Bangladesh) into a fresh store and"
          + " serve it: open the address it prints.",
      "The store is a new DuckDB file in a temporary folder, removed at exit, unless --db is given."
    })
final class DemoCommand implements Callable<Integer> {
  /** Where the build puts examples/demo on the class path. */
  static final String EXAMPLES = "/org/sitrep/cli/demo";

  @ParentCommand private Main main;
  @Spec private CommandSpec spec;
  @Mixin private ServeOptions serve;

  @Option(names = "--db", paramLabel = "DB",
      description = "Keep the corpus in this DuckDB file or PostgreSQL URL instead of a temporary one.")
  private String db;

  @Option(names = "--no-serve", description = "Only build the store; do not serve it.")
  private boolean noServe;

  @Override
  public Integer call() throws IOException {
    var options = serve.options(spec, null);
    PrintWriter err = spec.commandLine().getErr();
    Path work = Files.createTempDirectory("sitrep-demo");
    CountDownLatch finished = new CountDownLatch(1);
    try {
      Path examples = copyExamples(work.resolve("examples"));
      String where = db != null ? db : work.resolve("demo.duckdb").toString();
      if (db == null && noServe) {
        throw new ParameterException(spec.commandLine(), "--no-serve needs --db: the temporary store would be removed at once");
      }
      try (Store store = open(where)) {
        int code = new CorpusIngest(main::pipeline, Runtime.getRuntime().availableProcessors(), null, err)
            .run(store, List.of(examples));
        if (code != ExitCodes.OK || noServe) {
          return code;
        }
        return ServeOptions.serve(spec, store, options, null, finished);
      }
    } finally {
      deleteQuietly(work);
      finished.countDown();
    }
  }

  private Store open(String where) {
    try {
      return Store.open(where, serve.store(spec));
    } catch (StoreException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, where);
    }
  }

  /** The example files, copied out of the jar (or the build's class folder) into {@code dir}. */
  static Path copyExamples(Path dir) throws IOException {
    URL url = DemoCommand.class.getResource(EXAMPLES);
    if (url == null) {
      throw new IllegalStateException(EXAMPLES + " is missing from the jar");
    }
    Files.createDirectories(dir);
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        copy(jar.getPath(EXAMPLES), dir);
      }
    } else {
      copy(Path.of(uri), dir);
    }
    return dir;
  }

  private static void copy(Path from, Path to) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(from)) {
      s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).forEach(files::add);
    }
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        Files.copy(in, to.resolve(f.getFileName().toString()));
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // a temporary folder: the system cleans it up eventually
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // as above
    }
  }
}
