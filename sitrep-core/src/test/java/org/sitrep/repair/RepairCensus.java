package org.sitrep.repair;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Repair;

/**
 * Counts the repairs of each kind over a JSONL file of articles ({@code {"id", "text"}} a line) and
 * prints every repair of one kind with its context, for checking by eye. Not a test: run it with
 * the test classpath (see the README, "Text repair"):
 *
 * <pre>java -cp ... org.sitrep.repair.RepairCensus IN.jsonl [KIND]   # KIND: glued-sentence</pre>
 */
public final class RepairCensus {
  private RepairCensus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: RepairCensus IN.jsonl [KIND]");
      System.exit(2);
    }
    String kind = args.length > 1 ? args[1] : SentenceGlue.KIND;
    TextRepairStage stage = new TextRepairStage();
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Integer> articles = new TreeMap<>();
    int lines = 0;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        lines++;
        JsonNode a = json.readTree(line);
        String id = a.path("id").asText("line-" + lines);
        String text = a.path("text").asText("");
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (Repair x : stage.repair(text).repairs()) {
          counts.merge(x.kind(), 1, Integer::sum);
          kinds.add(x.kind());
          if (x.kind().equals(kind)) {
            int s = Math.max(0, x.start() - 30);
            int e = Math.min(text.length(), x.end() + 30);
            out.println(id + "\t" + x.start() + "\t" + x.before() + "\t" + x.after() + "\t"
                + text.substring(s, e).replace('\n', ' ').replace('\t', ' '));
          }
        }
        kinds.forEach(k -> articles.merge(k, 1, Integer::sum));
      }
    }
    System.err.println(lines + " articles");
    counts.forEach((k, v) -> System.err.println(k + "\t" + v + " repairs in " + articles.get(k) + " articles"));
  }
}
