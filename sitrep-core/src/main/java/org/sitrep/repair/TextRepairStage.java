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
 *   <li>{@code glued-sentence}: a sentence break without its space ("named.A reporter said" →
 *       "named. A"), see {@link SentenceGlue}; the NLP text gets the space;
 *   <li>{@code glued-words}, {@code glued-digit}, {@code glued-quote}: words glued where a space
 *       (and often a quote mark) was lost, see {@link GlueFinder}. A lost pair of quotes
 *       ("uselethal weaponsagainst") is one glued-quote repair over both tokens whose {@code after}
 *       restores the marks; a lost possessive apostrophe ("workersunion" → "workers’
 *       union") is also glued-quote, the mark lost being a single quote. The NLP text gets
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

  static final String INVISIBLE = "\u00AD\u200B\u2060\uFEFF";

  private final GlueFinder glue;
  private final SentenceGlue sentences;

  /** With the SUBTLEX-US word frequencies from the classpath. */
  public TextRepairStage() {
    this(WordFrequencies.subtlex());
  }

  public TextRepairStage(WordFrequencies words) {
    this.glue = new GlueFinder(new WordSegmenter(words));
    this.sentences = new SentenceGlue(words);
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

  /**
   * Adds a repair found at {@code [s, e)} of a layer's text, absorbing smaller ones inside. Its end
   * is no later than just after its last char: a repaired mojibake mark right after it maps to the
   * last of its bytes when no word follows ("fromthe“ ." → {@code originalEnd} past "â€"), which
   * would make the repair run into the mojibake one (found by a seeded random test).
   */
  private static void add(
      List<Repair> repairs, String text, RepairedText layer, int s, int e, String after, String kind) {
    int start = layer.originalOffset(s);
    int end = e == s ? start : Math.min(layer.originalEnd(e), layer.originalOffset(e - 1) + 1);
    repairs.removeIf(c -> start <= c.start() && c.end() <= end);
    repairs.add(new Repair(start, end, text.substring(start, end), after, kind));
  }

  /**
   * Splits the glued sentences of {@code layer}'s text, adding their repairs (mapped to {@code
   * text}, the original); returns the map of the split text onto {@code layer}'s.
   */
  private RepairedText splitSentences(String text, RepairedText layer, List<Repair> repairs) {
    List<TextEdits.Edit> breaks = new ArrayList<>();
    for (SentenceGlue.Found f : sentences.find(layer.text())) {
      Repair r = f.repair();
      add(repairs, text, layer, r.start(), r.end(), r.after(), r.kind());
      breaks.add(f.edit());
    }
    return TextEdits.apply(layer.text(), breaks);
  }

  /** {@code taken} of a text carried over to its edited version {@code step}. */
  private static BitSet carry(BitSet taken, RepairedText step) {
    BitSet out = new BitSet(step.text().length());
    for (int i = 0; i < step.text().length(); i++) {
      if (taken.get(step.originalOffset(i))) {
        out.set(i);
      }
    }
    return out;
  }

  /**
   * A glued word next to a glued sentence break ("criminalswere.Police") is its own repair; the
   * glued-sentence repair then keeps only the break (".Police" → ". Police"), so that repairs never
   * overlap and each keeps its kind. The word lies before the inserted space (glued words are
   * lower case, the word after a break is capitalised), where {@code after} and {@code before}
   * agree char by char.
   */
  private static void trimGluedSentences(List<Repair> repairs) {
    for (int k = 0; k < repairs.size(); k++) {
      Repair s = repairs.get(k);
      if (!s.kind().equals(SentenceGlue.KIND)) {
        continue;
      }
      for (Repair r : repairs) {
        if (r != s && r.start() < s.end() && s.start() < r.end() && r.end() < s.end()) {
          int cut = r.end() - s.start();
          s = new Repair(r.end(), s.end(), s.before().substring(cut), s.after().substring(cut),
              s.kind());
        }
      }
      repairs.set(k, s);
    }
  }

  /** The map of {@code inner} (which edits {@code outer}'s text) composed with {@code outer}'s. */
  static RepairedText compose(RepairedText outer, RepairedText inner) {
    int[] in = inner.toOriginal();
    int[] out = outer.toOriginal();
    int[] map = new int[in.length];
    for (int i = 0; i < in.length; i++) {
      map[i] = out[in[i]];
    }
    return new RepairedText(inner.text(), map);
  }

  private static String withoutInvisible(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (INVISIBLE.indexOf(s.charAt(i)) < 0) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }

  /**
   * Repairs of {@code text} and the repaired text. Layers, each reading the text the one
   * before left, so that a second run sees what the first saw (idempotence): invisible characters
   * are removed, then mojibake is decoded, then glued sentences and then glued words are split
   * (and sentences once more where a split word now ends one). Spans of each layer are
   * mapped back to the original; a repair that encloses an earlier, smaller one absorbs it.
   */
  public Result repair(String text) {
    List<Repair> repairs = new ArrayList<>();

    // 1. invisible characters
    List<TextEdits.Edit> invisible = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (INVISIBLE.indexOf(text.charAt(i)) >= 0) {
        int s = i;
        while (i + 1 < text.length() && INVISIBLE.indexOf(text.charAt(i + 1)) >= 0) {
          i++;
        }
        repairs.add(new Repair(s, i + 1, text.substring(s, i + 1), "", "whitespace"));
        invisible.add(new TextEdits.Edit(s, i + 1, ""));
      }
    }
    RepairedText a = TextEdits.apply(text, invisible);

    // 2. mojibake
    List<TextEdits.Edit> mojibake = new ArrayList<>();
    BitSet changed = new BitSet();
    for (Mojibake.Fix f : Mojibake.find(a.text())) {
      String fixed = withoutInvisible(f.text()); // "Â­" is a soft hyphen: gone at once
      mojibake.add(new TextEdits.Edit(f.start(), f.end(), fixed));
      changed.set(f.start(), f.end());
      add(repairs, text, a, f.start(), f.end(), fixed, "mojibake");
    }
    RepairedText bOnA = TextEdits.apply(a.text(), mojibake);
    RepairedText b = compose(a, bOnA);

    // 3. glued sentences
    String textB = b.text();
    BitSet takenB = new BitSet(textB.length());
    for (int i = 0; i < textB.length(); i++) {
      int o = bOnA.originalOffset(i);
      if (changed.get(o) || a.text().charAt(o) != textB.charAt(i)) {
        takenB.set(i);
      }
    }
    RepairedText cOnB = splitSentences(text, b, repairs);
    RepairedText split = compose(b, cOnB);

    // 4. glued words, never through a character that step 2 produced, on the text with its
    // sentences apart (so that a second run sees the same)
    String textC = split.text();
    BitSet taken = carry(takenB, cOnB);
    List<TextEdits.Edit> glued = new ArrayList<>();
    for (GlueFinder.Found f : glue.find(textC, taken)) {
      Repair r = f.repair();
      add(repairs, text, split, r.start(), r.end(), r.after(), r.kind());
      glued.addAll(f.edits());
    }
    RepairedText dOnC = TextEdits.apply(textC, glued);
    RepairedText words = compose(split, dOnC);

    // 5. breaks that a split word opened ("soldierswere!”I" → "soldiers were!”I": "were" ends a
    // sentence, "soldierswere" could not), so that a second run finds none
    RepairedText repaired =
        compose(words, splitSentences(text, words, repairs));
    trimGluedSentences(repairs);

    List<Repair> changes = List.copyOf(repairs);
    for (QuoteSpans.QuotedSpan q : QuoteSpans.find(repaired.text())) {
      for (int at : q.implied()) {
        boolean closing = at == q.end() && q.closeMark() < 0;
        int o = repaired.originalOffset(at);
        // never inside another repair: an implied close goes after it, an implied open before
        for (Repair c : changes) {
          if (c.start() < o && o < c.end()) {
            o = closing ? c.end() : c.start();
          }
        }
        repairs.add(new Repair(o, o, "", closing ? "”" : "“", "unbalanced-quote"));
      }
    }
    repairs.sort(Comparator.comparingInt(Repair::start).thenComparingInt(Repair::end));
    return new Result(repairs, repaired);
  }
}
