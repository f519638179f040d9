package org.sitrep.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/**
 * ACLED's own notes (a 2016 export, event types in ACLED's older v6 names) as a second check of
 * event typing: each note goes through the whole pipeline and its first ACLED event is compared
 * with the row's type. Every row is an event, so "none" is always wrong here.
 */
public final class AcledEval {
  /**
   * ACLED v6 event types → today's types. v6's "Riots/Protests" is either of today's two, and its
   * remote violence against civilians was "Remote violence" (today's Explosions/Remote violence).
   */
  static final Map<String, Set<String>> V6 = Map.of(
      "Riots/Protests", Set.of("Protests", "Riots"),
      "Violence against civilians", Set.of("Violence against civilians"),
      "Battle-No change of territory", Set.of("Battles"),
      "Battle-Government regains territory", Set.of("Battles"),
      "Battle-Non-state actor overtakes territory", Set.of("Battles"),
      "Remote violence", Set.of("Explosions/Remote violence"),
      "Strategic development", Set.of("Strategic developments"),
      "Non-violent transfer of territory", Set.of("Strategic developments"),
      "Headquarters or base established", Set.of("Strategic developments"));

  public record Item(String id, String notes, String date, String v6Type) {}

  public record Result(TypeScore score, int failed) {
    public String table() {
      return String.format(Locale.ROOT,
          "ACLED 2016 sample: %d notes (%d failed)%n"
              + "| measure | sitrep |%n|---|---|%n| ACLED type (6 + none), accuracy | %.3f |%n%n"
              + "Types, gold (rows; v6 Riots/Protests as Protests unless answered Riots) by"
              + " predicted (columns):%n%s",
          score.items(), failed, score.typeAccuracy(), score.confusionTable());
    }
  }

  private AcledEval() {}

  public static List<Item> read(Path csv) throws IOException {
    List<Item> items = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .setAllowMissingColumnNames(true).get()
          .parse(r)) {
        String type = rec.get("event_type");
        if (V6.containsKey(type) && !rec.get("notes").isBlank()) {
          items.add(new Item(rec.get("event_id_cnty"), rec.get("notes").strip(),
              rec.get("event_date"), type));
        }
      }
    }
    return items;
  }

  /** The gold label: today's first type for the v6 one; sub-types are not scored. */
  static AcledLabel gold(Item it) {
    Set<String> types = V6.get(it.v6Type());
    String first = types.contains("Protests") ? "Protests" : types.iterator().next();
    return new AcledLabel(first, null);
  }

  public static Result run(Pipeline pipeline, Path csv, int limit, int threads, Path details)
      throws IOException, InterruptedException {
    List<Item> items = read(csv);
    items = items.subList(0, Math.min(limit, items.size()));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Writer out = details == null ? Writer.nullWriter() : Files.newBufferedWriter(details)) {
      List<Future<Event>> futures = new ArrayList<>();
      for (Item it : items) {
        futures.add(pool.submit(() -> firstEvent(pipeline, it)));
      }
      out.write("id\tv6_type\ttype\tsubtype\ttrigger\tnotes\n");
      TypeScore score = new TypeScore();
      int failed = 0;
      for (int i = 0; i < items.size(); i++) {
        Item it = items.get(i);
        Event e;
        try {
          e = futures.get(i).get();
        } catch (ExecutionException x) {
          failed++;
          System.err.println("sitrep eval: note " + it.id() + " failed: " + x.getCause());
          e = null;
        }
        AcledLabel p = e == null ? AcledLabel.NONE : new AcledLabel(e.type(), e.subType());
        score.add(gold(it), V6.get(it.v6Type()), p);
        out.write(String.join("\t", it.id(), it.v6Type(), p.type(), p.subType(),
            e == null ? "" : e.trigger(), it.notes().replaceAll("\\s+", " ")));
        out.write('\n');
      }
      return new Result(score, failed);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Event firstEvent(Pipeline pipeline, Item it) {
    LocalDate date;
    try {
      date = LocalDate.parse(it.date());
    } catch (RuntimeException e) {
      date = null;
    }
    try {
      return AcledLabel.first(pipeline.apply(Analysis.of(Article.of("acled-" + it.id(),
          it.notes(), date))));
    } catch (InputException e) {
      return null;
    }
  }
}
