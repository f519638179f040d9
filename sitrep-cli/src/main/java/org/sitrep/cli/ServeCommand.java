package org.sitrep.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the JSON API and the web page over a corpus store. */
@Command(
    name = "serve",
    sortOptions = false,
    description = {
      "Serve a corpus: the web page (map, timeline, events with their claims ledgers, articles"
          + " with what was found in them) and the JSON API (/api/events, /openapi.json).",
      "Read-only unless --token is given: then POST /api/articles with 'Authorization: Bearer"
          + " TOKEN' analyses and adds an article."
    })
final class ServeCommand implements Callable<Integer> {
  @ParentCommand private Main main;
  @Spec private CommandSpec spec;
  @Mixin private DbOption db;
  @Mixin private ServeOptions serve;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Allow POST /api/articles with this bearer token (16 characters or more;"
          + " default: the SITREP_TOKEN environment variable, else writes are off).")
  private String token;

  @Override
  public Integer call() {
    String writeToken = token != null ? token : System.getenv("SITREP_TOKEN");
    var options = serve.options(spec, writeToken);
    CountDownLatch finished = new CountDownLatch(1);
    try (Store store = db.openExisting(spec, serve.store(spec))) {
      StoreIntake intake = null;
      if (writeToken != null) {
        intake = new StoreIntake(store, main::pipeline);
        StoreIntake warming = intake;
        Thread t = new Thread(warming::warm, "sitrep-pipeline-load");
        t.setDaemon(true);
        t.start();
      }
      return ServeOptions.serve(spec, store, options, intake, finished);
    } finally {
      finished.countDown();
    }
  }
}
