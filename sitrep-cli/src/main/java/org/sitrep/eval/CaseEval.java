package org.sitrep.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/**
 * CASE 2021 task 2 (Haneczok et al. 2021): short ACLED-style snippets, each labelled with one of
 * ACLED's 25 sub-event types or one of five kinds of news ACLED does not code. Each snippet goes
 * through the whole pipeline; its first ACLED event (none when it has none) is its answer.
 */
public final class CaseEval {
  /** CASE's codes → ACLED's type and sub-type; the five codes ACLED does not code are none. */
  static final Map<String, AcledLabel> CODES = Map.ofEntries(
      Map.entry("ARMED_CLASH", sub("Armed clash")),
      Map.entry("GOV_REGAINS_TERIT", sub("Government regains territory")),
      Map.entry("NON_STATE_ACTOR_OVERTAKES_TER", sub("Non-state actor overtakes territory")),
      Map.entry("CHEM_WEAP", sub("Chemical weapon")),
      Map.entry("AIR_STRIKE", sub("Air/drone strike")),
      Map.entry("SUIC_BOMB", sub("Suicide bomb")),
      Map.entry("ART_MISS_ATTACK", sub("Shelling/artillery/missile attack")),
      Map.entry("REM_EXPLOS", sub("Remote explosive/landmine/IED")),
      Map.entry("GRENADE", sub("Grenade")),
      Map.entry("SEX_VIOL", sub("Sexual violence")),
      Map.entry("ATTACK", sub("Attack")),
      Map.entry("ABDUCT_DISSAP", sub("Abduction/forced disappearance")),
      Map.entry("PEACE_PROTEST", sub("Peaceful protest")),
      Map.entry("PROTEST_WITH_INTER", sub("Protest with intervention")),
      Map.entry("FORCE_AGAINST_PROTEST", sub("Excessive force against protesters")),
      Map.entry("VIOL_DEMONSTR", sub("Violent demonstration")),
      Map.entry("MOB_VIOL", sub("Mob violence")),
      Map.entry("AGREEMENT", sub("Agreement")),
      Map.entry("ARREST", sub("Arrests")),
      Map.entry("CHANGE_TO_GROUP_ACT", sub("Change to group/activity")),
      Map.entry("DISR_WEAP", sub("Disrupted weapons use")),
      Map.entry("HQ_ESTABLISHED", sub("Headquarters or base established")),
      Map.entry("PROPERTY_DISTRUCT", sub("Looting/property destruction")),
      Map.entry("NON_VIOL_TERRIT_TRANSFER", sub("Non-violent transfer of territory")),
      Map.entry("OTHER", sub("Other")),
      Map.entry("NATURAL_DISASTER", AcledLabel.NONE),
      Map.entry("MAN_MADE_DISASTER", AcledLabel.NONE),
      Map.entry("DIPLO", AcledLabel.NONE),
      Map.entry("ORG_CRIME", AcledLabel.NONE),
      Map.entry("ATTRIB", AcledLabel.NONE));

  public record Item(String id, String snippet, String code) {}

  public record Result(TypeScore score, int failed) {
    public String table() {
      return String.format(Locale.ROOT,
          "CASE 2021 task 2 dev: %d snippets (%d failed)%n"
              + "| measure | sitrep | baseline (always none) |%n|---|---|---|%n"
              + "| ACLED type (6 + none), accuracy | %.3f | %.3f |%n"
              + "| ACLED sub-type (25 + none), accuracy | %.3f | %.3f |%n%n"
              + "Types, gold (rows) by predicted (columns):%n%s%nSub-types:%n%s",
          score.items(), failed, score.typeAccuracy(), score.noneBaseline(),
          score.subTypeAccuracy(), score.noneBaseline(), score.confusionTable(),
          score.subTypeTable());
    }
  }

  private CaseEval() {}

  private static AcledLabel sub(String subType) {
    for (AcledLabel l : AcledLabel.SUB_TYPES) {
      if (l.subType().equals(subType)) {
        return l;
      }
    }
    throw new IllegalArgumentException("not an ACLED sub-type: " + subType);
  }

  /** ACLED's label for a CASE code. */
  public static AcledLabel label(String code) {
    AcledLabel l = CODES.get(code);
    if (l == null) {
      throw new IllegalArgumentException("unknown CASE code: " + code);
    }
    return l;
  }

  /** The TSV {@code id, EventSnippet, SubType} with its header line. */
  public static List<Item> read(Path tsv) throws IOException {
    List<Item> items = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length >= 3 && !f[1].isBlank()) {
        items.add(new Item(f[0], f[1], f[2].strip()));
      }
    }
    return items;
  }

  public static Result run(Pipeline pipeline, Path tsv, int limit, int threads, Path details)
      throws IOException, InterruptedException {
    List<Item> items = read(tsv);
    items = items.subList(0, Math.min(limit, items.size()));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Writer out = details == null ? Writer.nullWriter() : Files.newBufferedWriter(details)) {
      List<Future<Event>> futures = new ArrayList<>();
      for (Item it : items) {
        futures.add(pool.submit(() -> firstEvent(pipeline, it)));
      }
      out.write("id\tgold_code\tgold_type\tgold_subtype\ttype\tsubtype\ttrigger\tsnippet\n");
      List<AcledLabel> predicted = new ArrayList<>();
      int failed = 0;
      for (int i = 0; i < items.size(); i++) {
        Event e;
        try {
          e = futures.get(i).get();
        } catch (ExecutionException x) {
          failed++; // counted in the table and scored as none
          System.err.println("sitrep eval: snippet " + items.get(i).id() + " failed: " + x.getCause());
          e = null;
        }
        AcledLabel p = e == null ? AcledLabel.NONE : new AcledLabel(e.type(), e.subType());
        predicted.add(p);
        Item it = items.get(i);
        AcledLabel g = label(it.code());
        out.write(String.join("\t", it.id(), it.code(), g.type(), g.subType(), p.type(),
            p.subType(), e == null ? "" : e.trigger(), it.snippet().replaceAll("\\s+", " ")));
        out.write('\n');
      }
      return new Result(score(items, predicted), failed);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Scores predictions, one per item in the same order. */
  public static TypeScore score(List<Item> items, List<AcledLabel> predicted) {
    TypeScore s = new TypeScore();
    for (int i = 0; i < items.size(); i++) {
      s.add(label(items.get(i).code()), predicted.get(i));
    }
    return s;
  }

  private static Event firstEvent(Pipeline pipeline, Item it) {
    try {
      return AcledLabel.first(pipeline.apply(Analysis.of(Article.of("case-" + it.id(),
          it.snippet(), null))));
    } catch (InputException e) {
      return null; // e.g. a snippet the language check rejects: no event
    }
  }
}
