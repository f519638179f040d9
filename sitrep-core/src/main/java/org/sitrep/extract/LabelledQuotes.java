package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Source;
import org.sitrep.model.Statement;
import org.sitrep.repair.QuoteSpans.QuotedSpan;

/**
 * Statements that no verb introduces: transcripts ("PENCE: And that's why ...") and quotes signed
 * with a dash ("“...” ― Karen Bobadilla"). Both are read off the text's layout, so a label must
 * look like a speaker: a person named in the article, or a name in capitals.
 */
final class LabelledQuotes {
  private LabelledQuotes() {}

  private static final String NAME = "\\p{Lu}[\\p{L}.'’\\-]+(?:[ \\u00a0]\\p{Lu}[\\p{L}.'’\\-]+){0,3}";

  /** A paragraph that starts with a speaker's label and a colon. */
  private static final Pattern TRANSCRIPT =
      Pattern.compile("(?m)^[ \\t\\u00a0\"“]*(" + NAME + ")[ \\t]*:[ \\t\\u00a0]+(\\S[^\\n]*)$");

  /** A closing quote mark, a dash, a name. */
  private static final Pattern SIGNED =
      Pattern.compile("[”\"][ \\u00a0]*[―—–]{1,2}[ \\u00a0]*(" + NAME + ")");

  /** Capitalised labels that head a section, not a speaker's words. */
  private static final Set<String> NOT_SPEAKERS =
      Set.of("update", "updated", "note", "editor's note", "editor’s note", "watch", "read more",
          "read", "photo", "photos", "video", "related", "correction", "source", "sources",
          "full text", "clarification", "breaking", "exclusive", "analysis", "opinion", "poll", "q", "a");

  static List<Statement> find(ArticleContext ctx) {
    String text = ctx.analysis.text();
    List<Statement> out = new ArrayList<>();
    Matcher m = TRANSCRIPT.matcher(text);
    while (m.find()) {
      String label = m.group(1);
      Source speaker = speaker(ctx, label);
      if (speaker != null) {
        int colon = text.indexOf(':', m.end(1));
        out.add(statement(ctx, m.start(2), m.end(2), ":", colon, speaker, m.start(1), m.end(1)));
      }
    }
    Matcher s = SIGNED.matcher(text);
    while (s.find()) {
      Source speaker = speaker(ctx, s.group(1));
      QuotedSpan q = closingAt(ctx.quotes, s.start());
      if (speaker != null && q != null) {
        int dash = s.start() + 1;
        while (Character.isWhitespace(text.charAt(dash))) {
          dash++;
        }
        out.add(statement(ctx, q.start(), q.end(), text.substring(dash, dash + 1), dash, speaker,
            s.start(1), s.end(1)));
      }
    }
    return out;
  }

  /** The speaker a label names, or null when it does not look like one. */
  private static Source speaker(ArticleContext ctx, String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    if (NOT_SPEAKERS.contains(lower)) {
      return null;
    }
    for (Mention p : ctx.analysis.mentions()) {
      if (!p.type().equals("PERSON")) {
        continue;
      }
      String name = p.canonical() != null ? p.canonical() : p.text();
      String pl = name.toLowerCase(Locale.ROOT);
      if (pl.equals(lower) || pl.endsWith(" " + lower)) {
        return new Source(name, Lexicon.sourceKind(name));
      }
    }
    boolean capitals = label.length() >= 2 && label.equals(label.toUpperCase(Locale.ROOT))
        && label.chars().anyMatch(Character::isLetter);
    return capitals ? new Source(label, Lexicon.sourceKind(label)) : null;
  }

  private static QuotedSpan closingAt(List<QuotedSpan> quotes, int mark) {
    for (QuotedSpan q : quotes) {
      if (q.closeMark() == mark) {
        return q;
      }
    }
    return null;
  }

  private static Statement statement(ArticleContext ctx, int start, int end, String cue,
      int cueStart, Source speaker, int sourceStart, int sourceEnd) {
    String text = ctx.analysis.text();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Statement(start, end, text.substring(start, end), cue, cueStart, "say", speaker,
        sourceStart, sourceEnd, true, sentenceAt(ctx, cueStart));
  }

  private static int sentenceAt(ArticleContext ctx, int offset) {
    int index = 0;
    for (Sentence s : ctx.analysis.sentences()) {
      if (s.start() <= offset) {
        index = s.index();
      }
    }
    return index;
  }
}
