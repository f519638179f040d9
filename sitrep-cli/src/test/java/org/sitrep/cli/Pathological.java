package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Inputs no news article looks like but a scraper delivers: run-on text without a full stop,
 * 5,000-line lists and tables, deeply nested HTML, a one-line JSONL record of 5 MB, every byte
 * value. Written here, from a fixed seed, so every run sees the same bytes.
 */
final class Pathological {
  private static final String[] WORDS = (
      "police protesters the city said on Tuesday and at least killed injured army soldiers village"
          + " attack market crowd fired tear gas government minister officials reported near"
          + " district clashes rebels hospital witnesses burned cars roads blocked thousands"
          + " marched capital after before during students workers farmers arrested released"
          + " statement spokesman according to local residents curfew").split(" ");

  private Pathological() {}

  static String runOn(int words, long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(words * 7);
    for (int i = 0; i < words; i++) {
      b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
      if (r.nextInt(40) == 0) {
        b.append(" ").append(r.nextInt(500));
      }
    }
    return b.toString();
  }

  static String list(int lines) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= lines; i++) {
      b.append(i).append(". Protest in district ").append(i % 97).append(", ").append(i % 13)
          .append(" arrested\n");
    }
    return b.toString();
  }

  static String table(int rows) {
    StringBuilder b = new StringBuilder("| date | place | killed | injured |\n");
    for (int i = 0; i < rows; i++) {
      b.append("| 2024-").append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28)).append(" | Kisumu | ")
          .append(i % 7).append(" | ").append(i % 11).append(" |\n");
    }
    return b.toString();
  }

  static String nestedHtml(int depth) {
    return "<html><body>" + "<div>".repeat(depth) + "Police fired tear gas at protesters in Kisumu on"
        + " Wednesday, witnesses said." + "</div>".repeat(depth) + "</body></html>";
  }

  static byte[] everyByte(int repeats) {
    byte[] b = new byte[256 * repeats];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  /** The set as files: one JSONL of the text cases, the HTML and the bytes as files of their own. */
  static List<Path> write(Path dir) {
    try {
      Files.createDirectories(dir);
      ObjectMapper json = new ObjectMapper();
      List<String> lines = new ArrayList<>();
      lines.add(json.writeValueAsString(Map.of("id", "run-on-20000-words", "text", runOn(20_000, 1),
          "published", "2024-01-02")));
      lines.add(json.writeValueAsString(Map.of("id", "list-5000-lines", "text", list(5_000),
          "published", "2024-01-02")));
      lines.add(json.writeValueAsString(Map.of("id", "table-5000-rows", "text", table(5_000),
          "published", "2024-01-02")));
      lines.add(json.writeValueAsString(Map.of("id", "one-line-5mb", "text", runOn(800_000, 2),
          "published", "2024-01-02")));
      Path jsonl = dir.resolve("pathological.jsonl");
      Files.write(jsonl, lines, StandardCharsets.UTF_8);
      Path html = dir.resolve("nested-10000.html");
      Files.writeString(html, nestedHtml(10_000));
      Path bytes = dir.resolve("every-byte.txt");
      Files.write(bytes, everyByte(64));
      return List.of(jsonl, html, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
