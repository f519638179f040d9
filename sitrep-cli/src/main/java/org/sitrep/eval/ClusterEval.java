package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.corpus.Clustering;
import org.sitrep.corpus.Recluster;
import org.sitrep.corpus.NearDuplicates;
import org.sitrep.corpus.RegionNames;
import org.sitrep.corpus.Reports;
import org.sitrep.json.ModelJson;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.corpus.Report;

/**
 * Event clustering and near-duplicate detection on the Gun Violence Archive articles (dev and
 * train: one shooting each, many on the same day in the same city). GVA gives no incident id, so
 * two articles report the same incident when their gold agrees on the shooting date, the
 * normalised address and the numbers killed and injured; a pair where either address is empty is
 * unknown and left out of both precision and recall. Round-ups report many incidents but GVA links
 * each copy to one, so pairs of near-duplicate texts are counted apart, and pairs are judged twice:
 * through any of their events, and through their lead events (the first violent one, which
 * {@link GvaEval} dates the incident by).
 */
public final class ClusterEval {
  private static final String[] SPLITS = {"dev", "train"};

  /** One GVA article with its gold incident. */
  record Item(String id, String text, String published, String date, String address, long killed,
      long injured) {}

  public record Result(int articles, int failed, int reports, int components, int clusters,
      int mergedPairs, int mergedCopies, int mergedSame, int mergedDifferent, int mergedUnknown,
      int leadPairs, int leadCopies, int leadSame, int leadDifferent, int leadUnknown,
      int samePairs,
      int sameMerged, int unknownPairs, int exactPairs, int exactFound, int nearPairs,
      int nearSame, int nearDifferent, List<String> wrongExamples) {
    public String table() {
      int known = mergedSame + mergedDifferent;
      return String.format(Locale.ROOT,
          "GVA dev+train clustering: %d articles (%d failed), %d reports, %d candidate components,"
              + " %d events%n"
              + "| measure | value |%n|---|---|%n"
              + "| article pairs merged into one event | %d |%n"
              + "| of those, copies of one text (near-duplicates) | %d |%n"
              + "| of the others, incidents differ (goal < 2%%) | %d of %d known = %.1f%% |%n"
              + "| of the others, unknown (an empty address) | %d |%n"
              + "| article pairs whose lead events merged | %d |%n"
              + "| of those, copies of one text | %d |%n"
              + "| of the others, incidents differ (goal < 2%%) | %d of %d known = %.1f%% |%n"
              + "| of the others, unknown (an empty address) | %d |%n"
              + "| same-incident article pairs merged (recall) | %d of %d = %.1f%% |%n"
              + "| article pairs unknown (an empty address), excluded | %d |%n"
              + "| word-for-word copies (identical texts) linked | %d of %d |%n"
              + "| near-duplicate pairs found (>= %.2f) | %d (same incident %d, differ %d) |%n",
          articles, failed, reports, components, clusters, mergedPairs, mergedCopies,
          mergedDifferent, known,
          100.0 * mergedDifferent / Math.max(1, known), mergedUnknown, leadPairs, leadCopies,
          leadDifferent, leadSame + leadDifferent,
          100.0 * leadDifferent / Math.max(1, leadSame + leadDifferent), leadUnknown, sameMerged, samePairs,
          100.0 * sameMerged / Math.max(1, samePairs), unknownPairs, exactFound, exactPairs,
          NearDuplicates.THRESHOLD, nearPairs, nearSame, nearDifferent);
    }
  }

  private ClusterEval() {}

  /**
   * @param cache a JSONL file of the reports: read when it exists, else written after the
   *     pipeline ran, so that reruns (tuning the clustering) take seconds; null for none
   */
  public static Result run(Supplier<Pipeline> pipeline, Path dir, int limit, int threads,
      Path cache, boolean verbose) throws IOException, InterruptedException {
    List<Item> items = items(dir, limit);
    int[] failed = {0};
    List<Report> reports;
    if (cache != null && Files.exists(cache)) {
      reports = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      items.forEach(i -> ids.add(i.id()));
      for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
        Report r = ModelJson.readReport(line);
        if (ids.contains(r.article())) {
          reports.add(r);
        }
      }
    } else {
      reports = analyse(pipeline.get(), items, threads, failed);
      if (cache != null) {
        List<String> lines = new ArrayList<>();
        reports.forEach(r -> lines.add(ModelJson.write(ModelJson.report(r), false)));
        Files.write(cache, lines, StandardCharsets.UTF_8);
      }
    }
    return score(items, reports, failed[0], verbose);
  }

  static List<Item> items(Path dir, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Item> items = new ArrayList<>();
    for (String split : SPLITS) {
      JsonNode xs = json.readTree(dir.resolve("X_" + split + ".json").toFile());
      JsonNode ys = json.readTree(dir.resolve("y_" + split + ".json").toFile());
      int n = Math.min(limit, Math.min(xs.size(), ys.size()));
      for (int i = 0; i < n; i++) {
        JsonNode x = xs.get(i);
        JsonNode y = ys.get(i);
        String p = x.path("publish_date").asText("");
        items.add(new Item(String.format(Locale.ROOT, "%s-%04d", split, i),
            x.path("text").asText(), p.length() >= 10 ? p.substring(0, 10) : null,
            y.path("shooting_date").asText(), normalise(y.path("address").asText("")),
            y.path("n_killed").asLong(), y.path("n_injured").asLong()));
      }
    }
    return items;
  }

  private static List<Report> analyse(Pipeline pipeline, List<Item> items, int threads,
      int[] failed) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<List<Report>>> futures = new ArrayList<>();
      for (Item item : items) {
        futures.add(pool.submit(() -> reports(pipeline, item)));
      }
      List<Report> reports = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        try {
          reports.addAll(futures.get(i).get());
        } catch (ExecutionException e) {
          failed[0]++;
          System.err.println("sitrep eval: article " + items.get(i).id() + " failed: "
              + e.getCause());
        }
      }
      return reports;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Report> reports(Pipeline pipeline, Item item) {
    try {
      Analysis a = pipeline.apply(Analysis.of(new Article(item.id(), item.text(),
          item.published() == null ? null : LocalDate.parse(item.published()), null, null,
          null)));
      return Reports.of(a, RegionNames.NONE);
    } catch (InputException e) {
      return List.of();
    }
  }

  static Result score(List<Item> items, List<Report> reports, int failed, boolean verbose) {
    Map<String, Item> byId = new HashMap<>();
    items.forEach(i -> byId.put(i.id(), i));
    Set<String> near = nearDuplicates(items);
    List<List<Report>> components = Recluster.components(reports);
    Set<String> merged = new TreeSet<>();
    Set<String> leadMerged = new TreeSet<>();
    Map<String, Report> leads = leads(reports);
    int clusters = 0;
    List<String> wrong = new ArrayList<>();
    for (List<Report> component : components) {
      Clustering.Clusters c = Clustering.cluster(component);
      clusters += c.groups().size();
      for (List<Report> group : c.groups()) {
        Set<String> articles = new TreeSet<>();
        group.forEach(r -> articles.add(r.article()));
        List<String> led = new ArrayList<>();
        group.stream().filter(r -> leads.get(r.article()) == r).forEach(r -> led.add(r.article()));
        led.sort(null);
        for (int i = 0; i < led.size(); i++) {
          for (int j = i + 1; j < led.size(); j++) {
            leadMerged.add(led.get(i) + " " + led.get(j));
          }
        }
        List<String> list = new ArrayList<>(articles);
        for (int i = 0; i < list.size(); i++) {
          for (int j = i + 1; j < list.size(); j++) {
            String key = list.get(i) + " " + list.get(j);
            merged.add(key);
            // the pairs worth reading: not copies, gold incidents differ (lead events first)
            if (verbose && !near.contains(key)
                && same(byId.get(list.get(i)), byId.get(list.get(j))) == Boolean.FALSE) {
              boolean lead = group.contains(leads.get(list.get(i)))
                  && group.contains(leads.get(list.get(j)));
              wrong.add((lead ? "" : "(not lead events) ")
                  + explain(group, list.get(i), list.get(j), c, byId));
            }
          }
        }
      }
    }
    int[] all = judge(merged, near, byId);
    int[] lead = judge(leadMerged, near, byId);
    // same-incident pairs by gold key, unknown pairs by count
    Map<String, List<String>> byIncident = new LinkedHashMap<>();
    int withAddress = 0;
    for (Item i : items) {
      if (!i.address().isEmpty()) {
        withAddress++;
        byIncident.computeIfAbsent(incident(i), k -> new ArrayList<>()).add(i.id());
      }
    }
    int samePairs = 0, sameMerged = 0;
    for (List<String> ids : byIncident.values()) {
      for (int a = 0; a < ids.size(); a++) {
        for (int b = a + 1; b < ids.size(); b++) {
          samePairs++;
          sameMerged += merged.contains(ids.get(a) + " " + ids.get(b)) ? 1 : 0;
        }
      }
    }
    long n = items.size();
    long unknown = n * (n - 1) / 2 - (long) withAddress * (withAddress - 1) / 2;
    int[] dups = duplicates(items, byId, near);
    return new Result(items.size(), failed, reports.size(), components.size(), clusters,
        merged.size(), all[0], all[1], all[2], all[3], leadMerged.size(), lead[0], lead[1],
        lead[2], lead[3], samePairs, sameMerged, (int) unknown, dups[0], dups[1], dups[2],
        dups[3], dups[4], wrong);
  }

  /**
   * The report that stands for each article's GVA incident: its first violent event (not a
   * strategic development or a protest), as GvaEval dates the incident, else its first.
   */
  private static Map<String, Report> leads(List<Report> reports) {
    Map<String, Report> leads = new HashMap<>();
    List<Report> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(Report::ref));
    for (Report r : sorted) {
      boolean violent =
          !"Strategic developments".equals(r.type()) && !"Protests".equals(r.type());
      Report old = leads.get(r.article());
      if (old == null || violent && !(!"Strategic developments".equals(old.type())
          && !"Protests".equals(old.type()))) {
        leads.put(r.article(), r);
      }
    }
    return leads;
  }

  /** Merged pairs as copies, same incident, different incidents, unknown. */
  private static int[] judge(Set<String> merged, Set<String> near, Map<String, Item> byId) {
    int mSame = 0, mDiff = 0, mUnknown = 0, mCopies = 0;
    for (String key : merged) {
      if (near.contains(key)) {
        mCopies++; // one text: the same events, whatever incident GVA linked each copy to
        continue;
      }
      String[] ab = key.split(" ");
      Boolean s = same(byId.get(ab[0]), byId.get(ab[1]));
      if (s == null) {
        mUnknown++;
      } else if (s) {
        mSame++;
      } else {
        mDiff++;
      }
    }
    return new int[] {mCopies, mSame, mDiff, mUnknown};
  }

  /** Exact-copy pairs, of those linked, near-duplicate pairs, of those same / differ. */
  private static int[] duplicates(List<Item> items, Map<String, Item> byId, Set<String> near) {
    Map<String, List<String>> byText = new HashMap<>();
    for (Item item : items) {
      byText.computeIfAbsent(item.text().strip(), k -> new ArrayList<>()).add(item.id());
    }
    int exact = 0, found = 0;
    for (List<String> ids : byText.values()) {
      for (int a = 0; a < ids.size(); a++) {
        for (int b = a + 1; b < ids.size(); b++) {
          exact++;
          found += near.contains(ids.get(a) + " " + ids.get(b)) ? 1 : 0;
        }
      }
    }
    int same = 0, differ = 0;
    for (String key : near) {
      String[] ab = key.split(" ");
      Boolean s = same(byId.get(ab[0]), byId.get(ab[1]));
      same += s == Boolean.TRUE ? 1 : 0;
      differ += s == Boolean.FALSE ? 1 : 0;
    }
    return new int[] {exact, found, near.size(), same, differ};
  }

  /** Article pairs ("a b", a before b) whose texts NearDuplicates links, found through LSH bands. */
  static Set<String> nearDuplicates(List<Item> items) {
    Map<Long, List<Integer>> buckets = new HashMap<>();
    List<long[]> signatures = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      long[] s = NearDuplicates.signature(items.get(i).text());
      signatures.add(s);
      for (long b : NearDuplicates.bands(s)) {
        buckets.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
      }
    }
    Set<String> near = new TreeSet<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          int x = bucket.get(a);
          int y = bucket.get(b);
          if (NearDuplicates.similarity(signatures.get(x), signatures.get(y))
              >= NearDuplicates.THRESHOLD) {
            near.add(items.get(Math.min(x, y)).id() + " " + items.get(Math.max(x, y)).id());
          }
        }
      }
    }
    return near;
  }




  /** Whether two articles report the same incident; null when either address is empty. */
  static Boolean same(Item a, Item b) {
    if (a.address().isEmpty() || b.address().isEmpty()) {
      return null;
    }
    return incident(a).equals(incident(b));
  }

  private static String incident(Item i) {
    return i.date() + "|" + i.address() + "|" + i.killed() + "|" + i.injured();
  }

  /** Case, punctuation and spacing of an address do not make another incident. */
  static String normalise(String address) {
    return address.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String explain(List<Report> group, String a, String b, Clustering.Clusters c,
      Map<String, Item> byId) {
    StringBuilder s = new StringBuilder();
    s.append(a).append(' ').append(incident(byId.get(a))).append(" / ").append(b).append(' ')
        .append(incident(byId.get(b)));
    c.decisions().stream()
        .filter(d -> d.merged()
            && (d.a().article().equals(a) && d.b().article().equals(b)
                || d.a().article().equals(b) && d.b().article().equals(a)))
        .forEach(d -> s.append("\n    ").append(d.a()).append(' ').append(d.b()).append(' ')
            .append(String.format(Locale.ROOT, "%.2f ", d.score())).append(d.reasons()));
    return s.toString();
  }
}
