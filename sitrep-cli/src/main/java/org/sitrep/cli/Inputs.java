package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.sitrep.core.InputException;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.FeedReader;
import org.sitrep.model.Article;

/**
 * The articles behind {@code ingest}'s paths, one at a time: files, folders (recursively, in name
 * order, hidden files skipped), JSONL files (a line an article, as {@code extract --jsonl} reads
 * them) and RSS/Atom feeds (an entry an article). Streamed, so a large JSONL file is never held in
 * memory; an input that cannot be read becomes an {@link Input} with an error, and the walk goes
 * on.
 */
final class Inputs implements Iterator<Inputs.Input>, AutoCloseable {

  /**
   * One article, or why an input gave none; {@code where} names it for messages; {@code warning}
   * says what was left out of an article that was read all the same, or is null.
   */
  record Input(String where, Article article, InputException error, String warning) {
    Input(String where, Article article, InputException error) {
      this(where, article, error, null);
    }
  }

  private final ArticleReader reader;
  private final ArticleReader undated;
  private final FeedReader feeds = new FeedReader();
  private final Deque<Path> paths = new ArrayDeque<>();
  private final Deque<Input> ready = new ArrayDeque<>();
  private BufferedReader jsonl;
  private String jsonlName;
  private int jsonlLine;

  Inputs(List<Path> roots, ArticleReader reader) {
    this.reader = reader;
    this.undated = reader.withBadDatesLeftOut();
    paths.addAll(roots);
  }

  /** How many inputs the paths hold (JSONL lines, files), for the progress bar's total. */
  static long count(List<Path> roots) {
    long n = 0;
    for (Path root : roots) {
      try (Stream<Path> files = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          n += isJsonl(f) ? ExtractCommand.countLines(f) : 1;
        }
      } catch (IOException | UncheckedIOException e) {
        return -1; // the walk itself will report what cannot be read
      }
    }
    return n;
  }

  static boolean isJsonl(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  @Override
  public boolean hasNext() {
    fill();
    return !ready.isEmpty();
  }

  @Override
  public Input next() {
    fill();
    if (ready.isEmpty()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private void fill() {
    while (ready.isEmpty()) {
      if (jsonl != null) {
        nextLine();
        continue;
      }
      Path p = paths.poll();
      if (p == null) {
        return;
      }
      open(p);
    }
  }

  private void open(Path p) {
    String name = p.toString();
    if (Files.isDirectory(p)) {
      List<Path> children = new ArrayList<>();
      try (Stream<Path> list = Files.list(p)) {
        list.filter(c -> !c.getFileName().toString().startsWith(".")).sorted().forEach(children::add);
      } catch (IOException e) {
        ready.add(failed(name, "unreadable", name + ": cannot list the folder: " + e.getMessage()));
        return;
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        paths.push(children.get(i)); // depth first, in name order
      }
      return;
    }
    if (!Files.isRegularFile(p)) {
      ready.add(failed(name, "unreadable", name + ": no such file or folder"));
      return;
    }
    if (isJsonl(p)) {
      try {
        jsonl =
            new BufferedReader(
                new java.io.InputStreamReader(
                    Files.newInputStream(p),
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        jsonlName = name;
        jsonlLine = 0;
      } catch (IOException e) {
        ready.add(failed(name, "unreadable", name + ": cannot read: " + e.getMessage()));
      }
      return;
    }
    try {
      byte[] bytes = Files.readAllBytes(p);
      if (FeedReader.isFeed(name, bytes)) {
        List<Article> entries = feeds.read(name, bytes);
        for (int i = 0; i < entries.size(); i++) {
          ready.add(new Input(name + " entry " + (i + 1), entries.get(i), null));
        }
        if (entries.isEmpty()) {
          ready.add(failed(name, "empty-input", name + ": the feed has no entries with text"));
        }
      } else {
        String file = p.getFileName().toString();
        ready.add(read(name, () -> reader.read(file, bytes), () -> undated.read(file, bytes)));
      }
    } catch (InputException e) {
      ready.add(new Input(name, null, withName(e, name)));
    } catch (IOException e) {
      ready.add(failed(name, "unreadable", name + ": cannot read: " + e.getMessage()));
    }
  }

  private void nextLine() {
    String where = jsonlName + " line " + (jsonlLine + 1);
    try {
      String line = jsonl.readLine();
      if (line == null) {
        closeJsonl();
        return;
      }
      jsonlLine++;
      if (line.isBlank()) {
        return; // a blank line (often the last) is no article
      }
      ready.add(read(where, () -> reader.parseJsonLine(jsonlName, jsonlLine, line),
          () -> undated.parseJsonLine(jsonlName, jsonlLine, line)));
    } catch (InputException e) {
      ready.add(new Input(where, null, e));
    } catch (CharacterCodingException e) {
      ready.add(failed(where, "unknown-encoding", where + ": not UTF-8; the rest of the file is skipped"));
      closeJsonl();
    } catch (IOException e) {
      ready.add(failed(where, "unreadable", where + ": cannot read: " + e.getMessage()));
      closeJsonl();
    }
  }

  /**
   * An article as the strict reader reads it, or, when only its {@code "published"} value is
   * wrong, undated with a warning: a corpus keeps the article rather than lose it over its date.
   */
  private static Input read(
      String where, java.util.function.Supplier<Article> strict, java.util.function.Supplier<Article> lenient) {
    try {
      return new Input(where, strict.get(), null);
    } catch (InputException e) {
      if (!"bad-date".equals(e.code())) {
        throw e;
      }
      return new Input(where, lenient.get(), null, e.getMessage() + "; stored without a date");
    }
  }

  private static InputException withName(InputException e, String path) {
    // ArticleReader names the file by its last segment; a folder walk needs the whole path
    return e.getMessage().startsWith(path) ? e : new InputException(e.code(), path + ": " + e.getMessage(), e);
  }

  private static Input failed(String where, String code, String message) {
    return new Input(where, null, new InputException(code, message));
  }

  private void closeJsonl() {
    try {
      jsonl.close();
    } catch (IOException e) {
      // read to the end or failed already: nothing left to lose
    }
    jsonl = null;
  }

  @Override
  public void close() {
    if (jsonl != null) {
      closeJsonl();
    }
  }
}
