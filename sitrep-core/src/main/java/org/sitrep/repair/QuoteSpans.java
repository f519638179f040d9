package org.sitrep.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a text that are inside double quotes, for "whose words are these".
 * Handles the ways news text leaves quotes unbalanced:
 *
 * <ul>
 *   <li>a quote that runs over several paragraphs, written with an opening mark at the start of
 *       each continued paragraph (the convention) or without one (a damaged or translated text);
 *   <li>a closing mark with no opening mark: the quote is taken to start at its paragraph start;
 *   <li>an opening mark never closed: the quote ends with its paragraph, unless a later paragraph
 *       closes it before anything opens again.
 * </ul>
 *
 * Marks: “ ” „ ‟ « », the straight {@code "} and the typewriter pairs {@code ``} and {@code ''}.
 * and ‘‘ / ’’. Single quotes are ignored: they cannot be told from apostrophes. Paragraphs are
 * separated by blank lines, or, in a text without blank lines, by line breaks after a sentence
 * end (other line breaks are hard wraps). Stateless.
 */
public final class QuoteSpans {
  private QuoteSpans() {}

  /**
   * One quoted stretch: {@code [start, end)} is the quoted text without its marks. {@code
   * openMark}/{@code closeMark} are the offsets of the marks, -1 where a mark is missing (then
   * {@code start} is a paragraph start, or {@code end} a paragraph end). {@code implied} lists
   * offsets where a mark is missing by the rules above (a continued paragraph without its opening
   * mark, a quote opened but never closed).
   */
  public record QuotedSpan(int start, int end, int openMark, int closeMark, List<Integer> implied) {
    public QuotedSpan {
      implied = List.copyOf(implied);
    }

    public boolean spansParagraphs(CharSequence text) {
      for (int i = start; i < end; i++) {
        if (text.charAt(i) == '\n') {
          return true;
        }
      }
      return false;
    }
  }

  /** Quoted stretches in text order. */
  public static List<QuotedSpan> find(CharSequence text) {
    List<int[]> paragraphs = paragraphs(text);
    List<QuotedSpan> out = new ArrayList<>();
    int open = -1; // start of the quote being read (after its opening mark, or implied)
    int openMark = -1;
    List<Integer> implied = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      int ps = paragraphs.get(p)[0];
      int pe = paragraphs.get(p)[1];
      int i = ps;
      int lastClose = ps; // where an orphan closing mark's quote can start at the earliest
      if (open >= 0) {
        // carried over from an earlier paragraph
        int m = markAt(text, ps, true);
        if (m > 0) {
          i = ps + m; // the conventional continuation mark
        } else {
          implied.add(ps);
        }
      }
      while (i < pe) {
        int m = markAt(text, i, open >= 0);
        if (m > 0) {
          if (open >= 0) {
            if (afterSentenceEnd(text, open, i)) {
              // paragraphs flattened into one: “A. “B” reads as a quote continued
              i += m;
              continue;
            }
            // an opening mark inside an open quote: the earlier quote lacked its close
            int end = trimEnd(text, open, i);
            implied.add(end);
            out.add(new QuotedSpan(open, end, openMark, -1, implied));
            implied = new ArrayList<>();
          }
          openMark = i;
          open = i + m;
          i += m;
        } else if (m < 0) {
          if (open < 0) {
            int start = orphanStart(text, lastClose, i);
            implied.add(start);
            out.add(new QuotedSpan(start, i, -1, i, implied));
          } else {
            out.add(new QuotedSpan(open, i, openMark, i, implied));
          }
          implied = new ArrayList<>();
          open = -1;
          openMark = -1;
          i += -m;
          lastClose = i;
        } else {
          i++;
        }
      }
      if (open >= 0 && !closedLater(text, paragraphs, p + 1)) {
        implied.add(pe);
        out.add(new QuotedSpan(open, pe, openMark, -1, implied));
        implied = new ArrayList<>();
        open = -1;
        openMark = -1;
      }
    }
    return out;
  }

  /** Paragraph text longer than this before an orphan closing mark: start at its sentence. */
  static final int LONG_PARAGRAPH = 500;

  /**
   * Where the quote closed at {@code close} without an opening mark starts: after the last
   * closing mark of the paragraph, or at the paragraph start; in a long paragraph (a text whose
   * paragraph breaks were lost), at the start of the sentence.
   */
  private static int orphanStart(CharSequence text, int from, int close) {
    int start = from;
    if (close - from > LONG_PARAGRAPH) {
      for (int k = close - 1; k > from; k--) {
        char c = text.charAt(k);
        if ((c == '.' || c == '!' || c == '?') && k + 1 < close
            && isSpace(text.charAt(k + 1))) {
          start = k + 1;
          break;
        }
      }
    }
    while (start < close && (isSpace(text.charAt(start)) || text.charAt(start) == ',')) {
      start++;
    }
    return start;
  }

  /** Whether only whitespace stands between a sentence end and {@code at}. */
  private static boolean afterSentenceEnd(CharSequence text, int from, int at) {
    int k = at - 1;
    while (k > from && isSpace(text.charAt(k))) {
      k--;
    }
    if (k == at - 1) {
      return false;
    }
    char c = text.charAt(k);
    return c == '.' || c == '!' || c == '?';
  }

  /** Whether the next mark after paragraph {@code from - 1} closes (or continues) a quote. */
  private static boolean closedLater(CharSequence text, List<int[]> paragraphs, int from) {
    for (int p = from; p < paragraphs.size(); p++) {
      int ps = paragraphs.get(p)[0];
      int pe = paragraphs.get(p)[1];
      for (int i = ps; i < pe; i++) {
        int m = markAt(text, i, true);
        if (m < 0) {
          return true;
        }
        if (m > 0) {
          // a continued paragraph starts with an opening mark and later closes
          return i == ps && closesBeforeOpening(text, paragraphs, p, i + m);
        }
      }
    }
    return false;
  }

  private static boolean closesBeforeOpening(
      CharSequence text, List<int[]> paragraphs, int p, int from) {
    for (int q = p; q < paragraphs.size(); q++) {
      int start = q == p ? from : paragraphs.get(q)[0];
      int pe = paragraphs.get(q)[1];
      for (int i = start; i < pe; i++) {
        int m = markAt(text, i, true);
        if (m != 0) {
          return m < 0 || i == paragraphs.get(q)[0];
        }
      }
    }
    return false;
  }

  private static int trimEnd(CharSequence text, int from, int to) {
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * The quote mark at {@code i}: its length if it opens, minus its length if it closes, 0 if there
   * is none. Curly marks between two letters are apostrophes ("didn”t"); straight marks and the
   * typewriter pairs {@code ``} / {@code ''} are read from the spaces around them and, where those
   * do not tell (".\"You"), from whether a quote is open.
   */
  static int markAt(CharSequence s, int i, boolean open) {
    char c = s.charAt(i);
    char prev = i > 0 ? s.charAt(i - 1) : ' ';
    boolean letterBefore = Character.isLetterOrDigit(prev);
    boolean letterAfter = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
    switch (c) {
      case '“', '„', '‟', '«':
        return 1;
      case '”', '»':
        return (letterBefore && letterAfter) || inchMark(s, i) ? 0 : -1;
      case '‘':
        return i + 1 < s.length() && s.charAt(i + 1) == '‘' ? 2 : 0;
      case '’':
        if (i + 1 < s.length() && s.charAt(i + 1) == '’' && !(i > 0 && s.charAt(i - 1) == '’')) {
          return -2; // ’’ closes a quote opened by ‘‘ or “ in some Indian and British papers
        }
        return 0;
      case '"':
        return straight(s, i, 1, open);
      case '`':
        return i + 1 < s.length() && s.charAt(i + 1) == '`' ? 2 : 0;
      case '\'':
        if (i + 1 < s.length() && s.charAt(i + 1) == '\'' && !(i > 0 && s.charAt(i - 1) == '\'')) {
          return straight(s, i, 2, open);
        }
        return 0;
      default:
        return 0;
    }
  }

  private static int straight(CharSequence s, int i, int len, boolean open) {
    char prev = i > 0 ? s.charAt(i - 1) : ' ';
    char next = i + len < s.length() ? s.charAt(i + len) : ' ';
    boolean spaceBefore = isSpace(prev) || "([{—–-/".indexOf(prev) >= 0;
    boolean spaceAfter = isSpace(next) || ".,;:!?)]}—–".indexOf(next) >= 0;
    if (inchMark(s, i)) {
      return 0;
    }
    if (spaceBefore && !spaceAfter) {
      return len;
    }
    if (!spaceBefore && spaceAfter) {
      return -len;
    }
    if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
      return 0; // an inch mark or a doubled apostrophe inside a word
    }
    return open ? -len : len; // between spaces (alias " El Chapo ,") or between punctuation
  }

  /** 6’0” or 5'11": feet and inches, not a quote. */
  private static boolean inchMark(CharSequence s, int i) {
    int k = i - 1;
    while (k >= 0 && k >= i - 3 && Character.isDigit(s.charAt(k))) {
      k--;
    }
    return k < i - 1 && k >= 0 && (s.charAt(k) == '’' || s.charAt(k) == '\'');
  }

  /**
   * Paragraphs as [start, end) of their text without surrounding whitespace: split at blank lines,
   * or at every line break when the text has no blank line.
   */
  static List<int[]> paragraphs(CharSequence text) {
    boolean blankLines = hasBlankLine(text);
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int end = i;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '\n' && (blankLines ? blankAfter(text, i + 1) : endsSentence(text, start, i))) {
          break;
        }
        if (!isSpace(c)) {
          end = i + 1;
        }
        i++;
      }
      out.add(new int[] {start, end});
    }
    return out;
  }

  /**
   * In a text without blank lines a line break ends a paragraph only after a sentence end; other
   * line breaks are hard wraps.
   */
  private static boolean endsSentence(CharSequence text, int from, int newline) {
    int k = newline - 1;
    while (k >= from && isSpace(text.charAt(k))) {
      k--;
    }
    return k < from || ".!?:\"”’)".indexOf(text.charAt(k)) >= 0;
  }

  private static boolean hasBlankLine(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && blankAfter(text, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** True when only spaces/tabs/CR stand between {@code i} and the next line break. */
  private static boolean blankAfter(CharSequence text, int i) {
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r' && c != '\u00A0') {
        return false;
      }
    }
    return false;
  }

  /** Whitespace including the no-break spaces that Character.isWhitespace leaves out. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }
}
