package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo articles and a syndicated copy of each (another id and URL): 26 articles, 13 of them
 * near-duplicates, so that a fault injected in an ingest lands in analysis, in deduplication or
 * in clustering.
 */
final class SyndicatedDemo {
  private SyndicatedDemo() {}

  /** Writes {@code dir/articles.jsonl} and returns its path. */
  static Path write(Path dir) throws IOException {
    Path demo = DemoCommand.copyExamples(dir.resolve("demo"));
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(demo)) {
      for (Path f : files.sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          lines.add(line);
          lines.add(line.replaceFirst("\"id\": \"([^\"]+)\"", "\"id\": \"$1-copy\"")
              .replaceFirst("\"url\": \"([^\"]+)\"", "\"url\": \"$1?syndicated\""));
        }
      }
    }
    Path examples = dir.resolve("articles.jsonl");
    Files.write(examples, lines);
    return examples;
  }
}
