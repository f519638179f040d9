package org.sitrep.repair;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;
import org.sitrep.model.Repair;
import org.sitrep.model.RepairedText;

/**
 * Finds damage that text extraction does to news articles, reports it and builds the text the NLP
 * stages read. Reads {@link Layer#TEXT}; provides {@link Layer#REPAIRS}: {@link Analysis#repairs()}
 * (offsets into the article text, {@code before} the original substring, {@code after} how it
 * reads repaired) and {@link Analysis#repaired()} (the article text with the repairs applied and
 * the exact map back). The article text itself is never changed.
 *
 * <p>Kinds, in the order they are looked for:
 *
 * <ul>
 *   <li>{@code mojibake}: UTF-8 read as windows-1252 ("â€œ" → "“"), see {@link Mojibake};
 *   <li>{@code whitespace}: invisible characters that split words for a tokenizer (soft hyphen,
 *       zero-width space, word joiner, a stray BOM): removed;
 *   <li>{@code glued-words}, {@code glued-digit}, {@code glued-quote}: words glued where a space
 *       (and often a quote mark) was lost, see {@link GlueFinder}. A lost pair of quotes
 *       ("usedeadly forceagainst") is one glued-quote repair over both tokens whose {@code after}
 *       restores the marks; a lost possessive apostrophe ("citizensproperty" → "citizens’
 *       property") is also glued-quote, the mark lost being a single quote. The NLP text gets
 *       spaces only, never the quote marks, so that its words are the article's words;
 *   <li>{@code unbalanced-quote}: a quote mark missing by the rules of {@link QuoteSpans}, reported
 *       as a zero-width repair at the point where it is implied, {@code after} the missing mark.
 *       Report only: the NLP text is not changed for these, so running the stage again on the
 *       repaired text finds them again (and nothing else).
 * </ul>
 *
 * Repairs never overlap and are sorted by start. Thread-safe: the word list is immutable.
 */
public final class TextRepairStage implements Stage {
  /** What {@link #repair} finds: the repairs and the text the NLP stages read. */
  public record Result(List<Repair> repairs, RepairedText repaired) {
    public Result {
      repairs = List.copyOf(repairs);
    }
  }

  private static final String INVISIBLE = "\u00AD\u200B\u2060\uFEFF";

  private final GlueFinder glue;

  /** With the SUBTLEX-US word frequencies from the classpath. */
  public TextRepairStage() {
    this(WordFrequencies.subtlex());
  }

  public TextRepairStage(WordFrequencies words) {
    this.glue = new GlueFinder(new WordSegmenter(words));
  }

  @Override
  public String name() {
    return "text-repair";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.REPAIRS);
  }

  @Override
  public Analysis apply(Analysis in) {
    Result r = repair(in.text());
    return in.withRepairs(r.repairs(), r.repaired());
  }

  /** Repairs of {@code text} and the repaired text. */
  public Result repair(String text) {
    List<Repair> repairs = new ArrayList<>();
    List<TextEdits.Edit> edits = new ArrayList<>();
    BitSet taken = new BitSet(text.length());

    for (Mojibake.Fix f : Mojibake.find(text)) {
      repairs.add(new Repair(f.start(), f.end(), text.substring(f.start(), f.end()), f.text(),
          "mojibake"));
      edits.add(new TextEdits.Edit(f.start(), f.end(), f.text()));
      taken.set(f.start(), f.end());
    }
    for (int i = 0; i < text.length(); i++) {
      if (INVISIBLE.indexOf(text.charAt(i)) >= 0 && !taken.get(i)) {
        int s = i;
        while (i + 1 < text.length() && INVISIBLE.indexOf(text.charAt(i + 1)) >= 0) {
          i++;
        }
        repairs.add(new Repair(s, i + 1, text.substring(s, i + 1), "", "whitespace"));
        edits.add(new TextEdits.Edit(s, i + 1, ""));
        taken.set(s, i + 1);
      }
    }
    for (GlueFinder.Found f : glue.find(text, taken)) {
      repairs.add(f.repair());
      edits.addAll(f.edits());
    }
    RepairedText repaired = TextEdits.apply(text, edits);

    for (QuoteSpans.QuotedSpan q : QuoteSpans.find(repaired.text())) {
      for (int at : q.implied()) {
        String mark = at == q.end() && q.closeMark() < 0 ? "”" : "“";
        int o = at == repaired.text().length() ? text.length() : repaired.originalOffset(at);
        repairs.add(new Repair(o, o, "", mark, "unbalanced-quote"));
      }
    }
    repairs.sort(Comparator.comparingInt(Repair::start).thenComparingInt(Repair::end));
    return new Result(repairs, repaired);
  }
}
