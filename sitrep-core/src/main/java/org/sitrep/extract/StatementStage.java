package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;
import org.sitrep.model.Statement;
import org.sitrep.repair.QuoteSpans.QuotedSpan;

/**
 * Who said what: finds every statement of the article ({@link StatementFinder}) in reading order,
 * so that "he" and "they" resolve to the last person or group named before them, then widens a
 * statement whose content is part of a quote to the whole quote, across sentences and paragraphs
 * ("“... Police have arrested 45 looters. ¶ Order will be restored,” the governor said").
 *
 * <p>Reads SENTENCES and MENTIONS; writes STATEMENTS. Claims take their source from here.
 */
public final class StatementStage implements Stage {

  @Override
  public String name() {
    return "statements";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.MENTIONS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.STATEMENTS);
  }

  @Override
  public Analysis apply(Analysis in) {
    ArticleContext ctx = new ArticleContext(in);
    List<Statement> out = new ArrayList<>();
    for (DepTree t : ctx.trees) {
      List<Statement> found = StatementFinder.find(ctx, t);
      for (Statement s : found) {
        out.add(withQuote(s, ctx.quotes, in.text()));
      }
      // after the sentence, not within it: "they said they saw" means the group named before
      found.forEach(s -> ctx.spokeIn(s.source(), t.sentence.index()));
    }
    out.addAll(LabelledQuotes.find(ctx));
    out.sort(Comparator.comparingInt(Statement::start).thenComparingInt(Statement::end));
    return in.withStatements(speakersOfFirstPerson(out, ctx.quotes));
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");

  /**
   * "I" and "we" inside a quote are its speaker: in “I think we will win,” the mayor said, the
   * mayor thinks. The pronoun stays the source's mention; the name becomes the speaker's.
   */
  static List<Statement> speakersOfFirstPerson(List<Statement> statements, List<QuotedSpan> quotes) {
    List<Statement> out = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      Statement quote = null;
      QuotedSpan around = quoteAround(quotes, s.cueStart());
      if (around != null && s.source().name() != null
          && FIRST_PERSON.contains(s.source().name().toLowerCase(java.util.Locale.ROOT))) {
        for (Statement q : statements) {
          if (q != s && q.contains(s.cueStart()) && quoteAround(quotes, q.cueStart()) != around
              && q.source().name() != null
              && !FIRST_PERSON.contains(q.source().name().toLowerCase(java.util.Locale.ROOT))
              && (quote == null || q.end() - q.start() < quote.end() - quote.start())) {
            quote = q;
          }
        }
      }
      out.add(quote == null ? s : new Statement(s.start(), s.end(), s.text(), s.cue(), s.cueStart(),
          s.act(), quote.source(), s.sourceStart(), s.sourceEnd(), s.direct(), s.sentence()));
    }
    return out;
  }

  private static QuotedSpan quoteAround(List<QuotedSpan> quotes, int offset) {
    for (QuotedSpan q : quotes) {
      if (q.start() <= offset && offset < q.end()) {
        return q;
      }
    }
    return null;
  }

  /**
   * A statement whose content starts or ends inside a quote its cue is outside of reports the
   * whole quote; content inside one quote is direct speech.
   */
  static Statement withQuote(Statement s, List<QuotedSpan> quotes, String text) {
    int start = s.start();
    int end = s.end();
    boolean direct = false;
    for (QuotedSpan q : quotes) {
      boolean cueInside = q.start() <= s.cueStart() && s.cueStart() < q.end();
      boolean overlaps = start < q.end() && q.start() < end;
      if (cueInside || !overlaps) {
        continue;
      }
      boolean edgeInside = (q.start() < start && start < q.end()) || (q.start() < end && end < q.end());
      if (edgeInside || (start >= q.start() && end <= q.end())) {
        start = Math.min(start, q.start());
        end = Math.max(end, q.end());
        direct = start >= q.start() && end <= q.end();
      }
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == s.start() && end == s.end() && direct == s.direct()) {
      return s;
    }
    return new Statement(start, end, text.substring(start, end), s.cue(), s.cueStart(), s.act(),
        s.source(), s.sourceStart(), s.sourceEnd(), direct, s.sentence());
  }
}
