package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link LanguageDetector} (not the NLP pipeline) over texts known to be English and prints
 * every text it would reject, to measure false rejections. Not a test: run it with the test
 * classpath (see the README, "Language"):
 *
 * <pre>java -cp ... org.sitrep.ingest.LanguageCensus FILE...</pre>
 *
 * A {@code .jsonl} file holds articles ({@code id, title, text}); a {@code .tsv} file has the text
 * in its second column (CASE 2021); a {@code .json} file is an array of {@code {"text"}} (GVA).
 * Each article is tried whole, by its title, and by its first sentence.
 */
public final class LanguageCensus {
  private LanguageCensus() {}

  record Item(String id, String kind, String text) {}

  public static void main(String[] args) throws IOException {
    LanguageDetector detector = new LanguageDetector();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (String file : args) {
      List<Item> items = read(Path.of(file));
      int[] tried = new int[3];
      int[] rejected = new int[3];
      for (Item it : items) {
        int k = it.kind().equals("text") ? 0 : it.kind().equals("title") ? 1 : 2;
        tried[k]++;
        LanguageDetector.Detection d = detector.detect(it.text());
        if (d.decided() && !d.language().equals("en")) {
          rejected[k]++;
          String t = it.text().replaceAll("\\s+", " ");
          out.println(Path.of(file).getFileName() + "\t" + it.id() + "\t" + it.kind() + "\t"
              + d.test() + "\t" + d.language() + "\t" + t.substring(0, Math.min(160, t.length())));
        }
      }
      System.err.printf("%s: texts %d rejected %d; titles %d rejected %d; first sentences %d rejected %d%n",
          Path.of(file).getFileName(), tried[0], rejected[0], tried[1], rejected[1], tried[2],
          rejected[2]);
    }
  }

  static List<Item> read(Path file) throws IOException {
    List<Item> items = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    String name = file.toString();
    if (name.endsWith(".tsv")) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        String[] f = lines.get(i).split("\t");
        if (f.length >= 2) {
          items.add(new Item(f[0], "text", f[1]));
          add(items, f[0], "first", firstSentence(f[1]));
        }
      }
    } else if (name.endsWith(".jsonl")) {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode a = json.readTree(line);
          String id = a.path("id").asText("line-" + ++n);
          String text = a.path("text").asText("");
          items.add(new Item(id, "text", text));
          add(items, id, "title", a.path("title").asText(""));
          add(items, id, "first", firstSentence(text));
        }
      }
    } else {
      JsonNode all = json.readTree(file.toFile());
      for (int i = 0; i < all.size(); i++) {
        String text = all.get(i).path("text").asText("");
        items.add(new Item("#" + i, "text", text));
        add(items, "#" + i, "first", firstSentence(text));
      }
    }
    return items;
  }

  private static void add(List<Item> items, String id, String kind, String text) {
    if (!text.isBlank()) {
      items.add(new Item(id, kind, text));
    }
  }

  /** Up to the first full stop, "?" or "!" before a space after 20 chars; at most 300 chars. */
  static String firstSentence(String text) {
    String t = text.strip();
    for (int i = 20; i < Math.min(t.length() - 1, 300); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(t.charAt(i + 1))) {
        return t.substring(0, i + 1);
      }
    }
    return t.substring(0, Math.min(t.length(), 300));
  }
}
