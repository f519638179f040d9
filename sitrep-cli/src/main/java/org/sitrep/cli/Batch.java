package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;

/**
 * Analyses a JSONL stream on several threads and writes one output line per input line, in input
 * order.
 *
 * <p>The input is streamed: at most {@code window} lines are in flight (being analysed, or done and
 * waiting for an earlier line), so memory stays bounded whatever the file's size while the slowest
 * article holds back only the writer, not the workers. Each output line is written and flushed as
 * one piece under {@link #lock}; the shutdown hook takes the same lock, so Ctrl-C leaves a file of
 * complete lines that {@code --resume} continues.
 */
final class Batch {
  /** Error messages printed on stderr before only the output holds them. */
  private static final int MAX_LOGGED_ERRORS = 20;

  private static final Pattern ID =
      Pattern.compile("\"id\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?\\d+))");

  private final Pipeline pipeline;
  private final ArticleReader reader;
  private final String source;
  private final LocalDate defaultPublished;
  private final boolean debug;
  private final int threads;
  private final PrintWriter err;
  private final Object lock = new Object();
  private final AtomicInteger loggedErrors = new AtomicInteger();
  private volatile boolean stopping;
  private boolean closed;
  private long written;

  /**
   * @param source the batch file's name, for messages
   * @param defaultPublished publication date for lines that have none, or null
   */
  private final Slowest slowest = new Slowest(5);

  Batch(
      Pipeline pipeline,
      ArticleReader reader,
      String source,
      LocalDate defaultPublished,
      boolean debug,
      int threads,
      PrintWriter err) {
    this.pipeline = pipeline;
    this.reader = reader;
    this.source = source;
    this.defaultPublished = defaultPublished;
    this.debug = debug;
    this.threads = threads;
    this.err = err;
  }

  /** What one input line became. */
  record Result(String json, boolean ok) {}

  /**
   * Analyses every remaining line of {@code lines} and writes the results to {@code out}.
   *
   * @param firstLine number of the next line of {@code lines} in the whole input (1, or more after a
   *     resume), for messages
   * @return true if every line was analysed, false if some got an error record
   */
  boolean run(Lines lines, long firstLine, OutputStream out, Progress progress) throws IOException {
    Thread hook = new Thread(() -> interrupted(out, firstLine - 1), "sitrep-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "sitrep-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      int window = Math.max(8, threads * 4);
      Deque<Future<Result>> inFlight = new ArrayDeque<>(window);
      long lineNo = firstLine;
      String line;
      while (!stopping && (line = lines.next()) != null) {
        String l = line;
        long n = lineNo++;
        inFlight.add(pool.submit(() -> analyse(l, n)));
        if (inFlight.size() >= window) {
          write(inFlight.poll(), out, progress);
        }
      }
      while (!stopping && !inFlight.isEmpty()) {
        write(inFlight.poll(), out, progress);
      }
      return progress.failed() == 0;
    } finally {
      pool.shutdownNow();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: it owns the output now
      }
    }
  }

  private void write(Future<Result> next, OutputStream out, Progress progress) throws IOException {
    Result r;
    try {
      r = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping = true;
      return;
    } catch (ExecutionException e) {
      // analyse() turns every RuntimeException into an error record: this is an Error (out of
      // memory...), after which no result can be trusted
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    }
    byte[] bytes = (r.json() + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (lock) {
      if (closed) {
        return;
      }
      out.write(bytes);
      out.flush();
      written++;
    }
    progress.record(r.ok());
  }

  /** Ctrl-C: finish the line being written, then let the JVM go. */
  private void interrupted(OutputStream out, long before) {
    stopping = true;
    long lines;
    synchronized (lock) {
      closed = true;
      try {
        out.flush();
      } catch (IOException ignored) {
        // nothing more can be saved
      }
      lines = before + written;
    }
    err.printf(
        "%nsitrep: interrupted: the output holds the first %d lines; run the same command with"
            + " --resume to finish%n",
        lines);
    err.flush();
  }

  /** The slowest articles so far: "id (12.3 s), ...", for the run's summary. */
  String slowest() {
    return slowest.summary();
  }

  Result analyse(String line, long lineNo) {
    String id = null;
    long t0 = System.nanoTime();
    try {
      Article article = reader.parseJsonLine(source, Math.toIntExact(lineNo), line);
      id = article.id();
      if (article.published() == null && defaultPublished != null) {
        article = ExtractCommand.withPublished(article, defaultPublished);
      }
      Analysis analysis = pipeline.apply(Analysis.of(article));
      return new Result(AnalysisJson.write(AnalysisJson.of(analysis, debug), false), true);
    } catch (InputException e) {
      String lineId = id != null ? id : idOf(line, lineNo);
      // the reader names the line itself; the pipeline's messages (too-slow...) do not
      String where = e.getMessage().contains("line " + lineNo) ? "" : "line " + lineNo + " (id " + lineId + "): ";
      logError(where + e.getMessage() + " [" + e.code() + "]", null);
      return new Result(AnalysisJson.write(withLine(AnalysisJson.error(lineId, e), lineNo), false), false);
    } catch (RuntimeException e) {
      // a bug on one article should not cost the other million: report it as that line's error
      String lineId = id != null ? id : idOf(line, lineNo);
      logError("line " + lineNo + " (id " + lineId + "): " + e + " [internal-error]", e);
      return new Result(
          AnalysisJson.write(
              withLine(AnalysisJson.error(lineId, "internal-error", String.valueOf(e)), lineNo), false),
          false);
    } finally {
      slowest.record(id != null ? id : "line " + lineNo, System.nanoTime() - t0);
    }
  }

  private static ObjectNode withLine(ObjectNode error, long lineNo) {
    error.put("line", lineNo);
    return error;
  }

  /**
   * The id of a line that could not be read as an article, so that its error record still names
   * it: from the JSON if it parses, else from the text of a broken line ({@code {"id": "x", "text":
   * "unterminated}), else {@code line-N} as ArticleReader names lines without an id.
   */
  private String idOf(String line, long lineNo) {
    Optional<String> id = reader.peekId(line);
    if (id.isPresent()) {
      return id.get();
    }
    Matcher m = ID.matcher(line);
    if (m.find()) {
      return m.group(1) != null ? m.group(1) : m.group(2);
    }
    return "line-" + lineNo;
  }

  private void logError(String message, Throwable e) {
    if (stopping) {
      return; // workers interrupted by the shutdown, not failing articles
    }
    int n = loggedErrors.incrementAndGet();
    if (n > MAX_LOGGED_ERRORS) {
      return;
    }
    synchronized (err) {
      err.println("sitrep: " + message);
      if (e != null && n == 1) {
        e.printStackTrace(err);
      }
      if (n == MAX_LOGGED_ERRORS) {
        err.println("sitrep: further errors are only in the output");
      }
      err.flush();
    }
  }

  /**
   * Lines split on '\n' only (a trailing '\r' is dropped), as JSONL means and as {@code --resume}
   * counts them; {@link java.io.BufferedReader} would also split on a lone '\r'.
   */
  static final class Lines {
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;

    Lines(Reader in) {
      this.in = in;
    }

    String next() throws IOException {
      StringBuilder sb = null;
      while (true) {
        if (pos == len) {
          if (eof || (len = in.read(buf)) < 0) {
            eof = true;
            len = 0;
            pos = 0;
            return sb == null || sb.length() == 0 ? null : strip(sb);
          }
          pos = 0;
        }
        int start = pos;
        while (pos < len && buf[pos] != '\n') {
          pos++;
        }
        if (sb == null) {
          sb = new StringBuilder(pos - start + 16);
        }
        sb.append(buf, start, pos - start);
        if (pos < len) {
          pos++; // the '\n'
          return strip(sb);
        }
      }
    }

    /** Skips {@code n} lines; returns how many there were. */
    long skip(long n) throws IOException {
      long skipped = 0;
      while (skipped < n && next() != null) {
        skipped++;
      }
      return skipped;
    }

    private static String strip(StringBuilder sb) {
      int end = sb.length();
      if (end > 0 && sb.charAt(end - 1) == '\r') {
        end--;
      }
      return sb.substring(0, end);
    }
  }
}
