package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.json.ModelJson;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Figure;
import org.sitrep.model.corpus.LedgerClaim;
import org.sitrep.model.corpus.MergeDecision;
import org.sitrep.model.corpus.ReportRef;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep event ID}: one event with its work shown: the reports merged into it, and per
 * figure the ledger of claims with what the reconciliation made of each, and the merge decisions.
 */
@Command(
    name = "event",
    sortOptions = false,
    description = "Show one event: its reports, place, actors, each figure's ledger and the merge decisions.")
final class EventCommand implements Callable<Integer> {
  @ParentCommand private Main main;
  @Spec private CommandSpec spec;
  @Mixin private DbOption db;

  @Parameters(index = "0", paramLabel = "ID", description = "The event's id (from sitrep events).")
  private String id;

  @Option(names = "--json", description = "The event as JSON (as export events writes it, indented).")
  private boolean json;

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(main.stdout(), false, StandardCharsets.UTF_8);
    try (Store store = db.open(spec)) {
      Optional<CorpusEvent> found = store.event(id);
      if (found.isEmpty()) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf("sitrep: no event %s in %s%n", id, store.describe());
        err.flush();
        return ExitCodes.INPUT_FAILED;
      }
      CorpusEvent e = found.get();
      if (json) {
        out.println(ModelJson.write(ModelJson.event(e), true));
      } else {
        Set<String> ids = new LinkedHashSet<>();
        e.reports().forEach(r -> ids.add(r.article()));
        out.print(describe(e, store.articles(ids)));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  static String describe(CorpusEvent e, Map<String, CorpusArticle> articles) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s  %s / %s  (PLOVER %s)%n", e.id(), e.type(), e.subType(), e.plover()));
    b.append(String.format(Locale.ROOT, "date      %s (between %s and %s)%n", e.date(), e.dateEarliest(), e.dateLatest()));
    b.append(String.format(Locale.ROOT, "place     %s  geonameid %s  %s, %s  geo-precision %s%n",
        EventsCommand.place(e), Cells.orDash(e.place()), Cells.orDash(e.lat()),
        Cells.orDash(e.lon()), Cells.orDash(e.geoPrecision())));
    b.append(String.format(Locale.ROOT, "actors    %s [%s] vs %s [%s]%n", Cells.orDash(e.actor1()),
        Cells.orDash(e.actor1Kind()), Cells.orDash(e.actor2()), Cells.orDash(e.actor2Kind())));
    b.append(String.format(Locale.ROOT, "fatalities %s%n", EventsCommand.fatalities(e)));
    b.append(String.format(Locale.ROOT, "notes     %s%n", Cells.orDash(e.notes())));
    b.append(String.format(Locale.ROOT, "%nreports (%d, from %d articles)%n", e.reports().size(), e.articles().size()));
    for (ReportRef r : e.reports()) {
      CorpusArticle a = articles.get(r.article());
      b.append(String.format(Locale.ROOT, "  %-24s event %-3d %-10s %s%s%n", r.article(), r.event(),
          a == null ? "-" : Cells.orDash(a.published()),
          a == null || a.title() == null ? "" : Cells.cut(a.title(), 60),
          a != null && a.duplicateOf() != null ? "  (copy of " + a.duplicateOf() + ")" : ""));
    }
    for (Figure f : e.figures()) {
      b.append(String.format(Locale.ROOT, "%nfigure %s / %s: best %s, low %s, high %s%s%n  rule: %s%n",
          f.measure(), f.subjectKind(), Cells.orDash(f.best()), Cells.orDash(f.low()),
          Cells.orDash(f.high()), f.conflict() ? "  CONFLICT" : "", f.rule()));
      for (LedgerClaim c : f.claims()) {
        String source = c.source() == null ? "unattributed"
            : (c.source().name() == null ? "" : c.source().name() + " ") + "(" + c.source().kind() + ")";
        b.append(String.format(Locale.ROOT, "  %-10s %-12s %s..%s %-8s %s%s  %s %d-%d \"%s\"%s%n",
            Cells.orDash(c.asOf()), c.status(), Cells.orDash(c.low()), Cells.orDash(c.high()),
            c.approx(), source, c.hedged() ? " hedged" : "", c.article(), c.start(), c.end(),
            c.text().replaceAll("\\s+", " "), c.why() == null ? "" : "  (" + c.why() + ")"));
      }
    }
    if (!e.decisions().isEmpty()) {
      b.append(String.format(Locale.ROOT, "%nmerge decisions%n"));
      for (MergeDecision d : e.decisions()) {
        b.append(String.format(Locale.ROOT, "  %s + %s  %+.2f %s: %s%n", d.a(), d.b(), d.score(),
            d.merged() ? "merged" : "kept apart", String.join(", ", d.reasons())));
      }
    }
    return b.toString();
  }
}
