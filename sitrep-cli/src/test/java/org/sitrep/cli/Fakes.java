package org.sitrep.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Source;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;
import picocli.CommandLine;

/**
 * A tiny pipeline that needs no models, and a way to run the real command line on it with
 * in-memory streams.
 */
final class Fakes {
  private Fakes() {}

  /** What one run of the command line did. */
  record Run(int exit, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Run run(Supplier<Pipeline> pipeline, String stdin, String... args) {
    return run(pipeline, () -> baseline(), stdin, args);
  }

  static Run run(
      Supplier<Pipeline> pipeline, Supplier<Benchmark.Runner> baseline, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    StringWriter help = new StringWriter();
    Main main =
        new Main(
            pipeline, baseline, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out);
    int exit =
        Main.commandLine(main)
            .setOut(new PrintWriter(help, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8) + help, err.toString());
  }

  /** Counts the articles it analyses; fails on text that asks it to. */
  static final class CountingPipeline implements Supplier<Pipeline> {
    final AtomicInteger built = new AtomicInteger();
    final AtomicInteger analysed = new AtomicInteger();

    @Override
    public Pipeline get() {
      built.incrementAndGet();
      return Pipeline.of(new FakeNlp(analysed), new FakeFacts());
    }
  }

  /**
   * SENTENCES, MENTIONS, TIMES: one sentence, "Nairobi" as LOCATION, "Wednesday" as a DATE. Text
   * holding "BONJOUR" is rejected as French, "CRASH" throws a bug, "SLOW" sleeps a little.
   */
  static final class FakeNlp implements Stage {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private final AtomicInteger analysed;

    FakeNlp(AtomicInteger analysed) {
      this.analysed = analysed;
    }

    @Override
    public String name() {
      return "fake-nlp";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
      return Set.of(Layer.LANGUAGE, Layer.SENTENCES, Layer.MENTIONS, Layer.TIMES);
    }

    @Override
    public Analysis apply(Analysis in) {
      analysed.incrementAndGet();
      String text = in.text();
      if (text.contains("BONJOUR")) {
        throw new InputException("unsupported-language", "article " + in.article().id() + ": French");
      }
      if (text.contains("CRASH")) {
        throw new IllegalStateException("fake bug");
      }
      if (text.contains("SLOW")) {
        try {
          Thread.sleep(30);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      List<Token> tokens = new ArrayList<>();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        tokens.add(new Token(tokens.size(), m.start(), m.end(), m.group(), m.group(), "NN", "O", null));
      }
      List<Mention> mentions = new ArrayList<>();
      List<TimeExpr> times = new ArrayList<>();
      int at = text.indexOf("Nairobi");
      if (at >= 0) {
        mentions.add(new Mention(at, at + 7, "Nairobi", "LOCATION", "Nairobi", "CITY"));
      }
      at = text.indexOf("Wednesday");
      if (at >= 0) {
        times.add(new TimeExpr(at, at + 9, "Wednesday", "DATE", "2024-03-13", false));
      }
      return in.withLanguage("en")
          .withSentences(List.of(new Sentence(0, 0, text.length(), tokens, List.of())))
          .withMentions(mentions)
          .withTimes(times);
    }
  }

  /** PLACES, CLAIMS, EVENTS with every contract field set, when the text names Nairobi. */
  static final class FakeFacts implements Stage {
    @Override
    public String name() {
      return "fake-facts";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
      return Set.of(Layer.PLACES, Layer.CLAIMS, Layer.EVENTS);
    }

    @Override
    public Analysis apply(Analysis in) {
      if (in.mentions().isEmpty()) {
        return in.withPlaces(List.of()).withClaims(List.of()).withEvents(List.of());
      }
      Mention m = in.mentions().get(0);
      Place p =
          new Place(m.start(), m.end(), m.text(), 184745L, "Nairobi", "KE", "05", -1.28, 36.82,
              "city", 0.9, "location");
      Place unknown =
          new Place(0, 4, "Xyzz", null, null, null, null, null, null, "other", 0.1, "location");
      Claim c =
          new Claim(m.start(), m.end(), "3 protesters were killed", "killed", "protesters",
              "protesters", 3L, 3L, "exact", new Source("Police", "police"), false, "2024-03-13",
              184745L, 0, "killed", m.start());
      Event e =
          new Event(m.start(), m.end(), "Riots", "Violent demonstration", "PROTEST", "2024-03-13",
              "day", 184745L, 1, "Rioters (Kenya)", "rioters", "Police Forces of Kenya", "police",
              3, List.of(0), "protest", 0);
      return in.withPlaces(List.of(p, unknown)).withClaims(List.of(c)).withEvents(List.of(e));
    }
  }

  /** A baseline that counts whitespace-separated tokens. */
  static Benchmark.Runner baseline() {
    return new Benchmark.Runner() {
      @Override
      public String name() {
        return "fake-baseline";
      }

      @Override
      public long run(org.sitrep.model.Article article) {
        return article.text().split("\\s+").length;
      }
    };
  }
}
