package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.json.ModelJson;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Figure;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep events}: the corpus' events, filtered, as a table or JSONL. */
@Command(
    name = "events",
    sortOptions = false,
    description = "List the corpus' events (reports of one real event merged), filtered.")
final class EventsCommand implements Callable<Integer> {
  @ParentCommand private Main main;
  @Spec private CommandSpec spec;
  @Mixin private DbOption db;
  @Mixin private EventFilter filter;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N events (0: all).")
  private int limit;

  @Option(names = "--json", description = "One event a line, as export events --format jsonl writes it.")
  private boolean json;

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(main.stdout(), false, StandardCharsets.UTF_8);
    try (Store store = db.open(spec)) {
      long t0 = System.nanoTime();
      List<CorpusEvent> events = store.events(filter.query(spec, limit));
      PrintWriter err = spec.commandLine().getErr();
      err.printf(Locale.ROOT, "sitrep: %d events from %s in %.1f ms%n", events.size(), store.describe(),
          (System.nanoTime() - t0) / 1e6);
      err.flush();
      if (json) {
        events.forEach(e -> out.println(ModelJson.write(ModelJson.event(e), false)));
      } else {
        out.print(table(events));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  static String table(List<CorpusEvent> events) {
    StringBuilder b = new StringBuilder();
    String row = "%-13s %-10s %-36s %-28s %-44s %-12s %s%n";
    b.append(String.format(Locale.ROOT, row, "id", "date", "type", "place", "actors", "fatalities", "articles"));
    for (CorpusEvent e : events) {
      b.append(
          String.format(
              Locale.ROOT,
              row,
              e.id(),
              Cells.orDash(e.date()),
              Cells.cut(e.type() + " / " + e.subType(), 36),
              Cells.cut(place(e), 28),
              Cells.cut(Cells.orDash(e.actor1()) + (e.actor2() == null ? "" : " vs " + e.actor2()), 44),
              fatalities(e),
              e.articles().size()));
    }
    b.append(String.format(Locale.ROOT, "%d events%n", events.size()));
    return b.toString();
  }

  static String place(CorpusEvent e) {
    StringBuilder s = new StringBuilder(Cells.orDash(e.placeName()));
    if (e.admin1() != null && !e.admin1().equals(e.placeName())) {
      s.append(", ").append(e.admin1());
    }
    if (e.country() != null) {
      s.append(" (").append(e.country()).append(')');
    }
    return s.toString();
  }

  /** "9 (5-20)": best with the range, from the killed figure that sets the fatalities. */
  static String fatalities(CorpusEvent e) {
    if (e.fatalities() == null) {
      return "-";
    }
    for (Figure f : e.figures()) {
      if ("killed".equals(f.measure()) && f.best() != null && f.best().intValue() == e.fatalities()) {
        return e.fatalities() + " (" + Cells.orDash(f.low()) + "-" + Cells.orDash(f.high()) + ")";
      }
    }
    return e.fatalities().toString();
  }

}
