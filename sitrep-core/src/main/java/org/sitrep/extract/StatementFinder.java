package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Source;
import org.sitrep.model.Statement;

/**
 * Finds the statements of one sentence on its dependency tree: a reporting verb ({@link Cues})
 * with its source (subject, "by" agent, the speaker of a participle's clause, the owner of "a
 * statement saying") and its content (the clause or object it governs, or, for "..., police
 * said", the clause it hangs off), and "according to X". Quotes that run past the sentence are
 * joined afterwards by {@link StatementStage}.
 */
final class StatementFinder {
  private StatementFinder() {}

  /** Nouns that carry someone else's words: "a statement saying", "a report released by". */
  private static final Set<String> DOCUMENTS =
      Set.of("statement", "release", "report", "letter", "communique", "communiqué", "message",
          "post", "tweet", "video", "document", "notice", "bulletin", "announcement", "memo");

  static List<Statement> find(ArticleContext ctx, DepTree t) {
    List<Statement> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Statement s = t.pos(i).startsWith("VB") ? fromVerb(ctx, t, i)
          : t.pos(i).startsWith("NN") ? fromNoun(ctx, t, i) : null;
      if (s == null && t.lower(i).equals("according") && t.rel(i).equals("case")) {
        s = fromAccording(ctx, t, i);
      }
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private static Statement fromVerb(ArticleContext ctx, DepTree t, int v) {
    Cues.Cue cue = Cues.verb(t.lemma(v));
    if (cue == null || (cue.needs() != null && !hasOblique(t, v, cue.needs()))) {
      return null;
    }
    List<Integer> roots = contentRoots(ctx, t, v, cue);
    int source = source(ctx, t, v, cue);
    boolean[] in = new boolean[t.size()];
    for (int r : roots) {
      mark(t, r, in);
    }
    if (roots.isEmpty() && source >= 0) {
      for (int c : t.children(v)) {
        if (t.rel(c).equals("advcl") && c < source && source < v) {
          mark(t, c, in); // "The plan is tilted toward the rich, the foundation said"
        }
      }
    }
    boolean hangsOff = t.rel(v).equals("parataxis") || (t.rel(v).equals("dep") && t.head(v) < v);
    if (roots.isEmpty() && hangsOff && t.head(v) >= 0 && !anyMarked(in)) {
      // "Clashes continued, police said": the reporting clause hangs off what it reports
      mark(t, t.head(v), in);
      unmark(t, v, in);
    } else if (t.rel(v).equals("csubj") && t.head(v) > v) {
      // "Trump said praise from Putin would not affect ...", parsed as the subject of "affect"
      mark(t, t.head(v), in);
      if (source >= 0) {
        unmark(t, source, in);
      }
    }
    if (source >= 0 && !t.isAncestor(source, v)) {
      unmark(t, source, in); // not for "the Ministry, which announced ...": its subtree is the statement
    }
    in[v] = false;
    int[] span = span(t, in);
    if (span == null) {
      span = adjacentQuotes(ctx, t, v, source); // "“You winning?” she said."
    }
    if (span == null && source >= 0 && source < v) {
      span = restOfSentence(t, v);
    }
    if (span == null) {
      return null;
    }
    return statement(ctx, t, span, cueText(t, v), t.token(v).start(), cue.act(), source);
  }

  /** "Trump's claim that ...", "a police report that ...": the owner says the "that" clause. */
  private static Statement fromNoun(ArticleContext ctx, DepTree t, int n) {
    String act = Cues.noun(t.lemma(n));
    if (act == null) {
      return null;
    }
    int clause = -1;
    for (int c : t.children(n)) {
      if ((t.rel(c).equals("acl") || t.rel(c).equals("ccomp")) && c > n
          && t.child(c, "mark") >= 0 && t.lower(t.child(c, "mark")).equals("that")) {
        clause = c;
      }
    }
    int owner = -1;
    for (int c : t.children(n)) {
      if (t.rel(c).equals("nmod:poss") || (t.rel(c).equals("compound") && t.pos(c).startsWith("NNP"))) {
        owner = c;
      }
    }
    if (clause < 0 || owner < 0) {
      return null;
    }
    boolean[] in = new boolean[t.size()];
    mark(t, clause, in);
    int[] span = span(t, in);
    return span == null ? null
        : statement(ctx, t, span, t.token(n).word(), t.token(n).start(), act, owner);
  }

  /**
   * The children of a reporting verb that hold what it reports: its clausal complement ("said
   * (that) ..."), an open complement ("wants to ..."), a clause after it ("said: ..."), its object
   * when the verb reports objects ("denied the charges") or the object is a clause or a quote the
   * parser took for a noun, "of" for accusations, "about" for talk, and the loose "dep" and
   * adverbial clauses the parser leaves when a quote comes first.
   */
  private static List<Integer> contentRoots(ArticleContext ctx, DepTree t, int v, Cues.Cue cue) {
    List<Integer> roots = new ArrayList<>();
    int inverted = invertedSubject(t, v);
    for (int c : t.children(v)) {
      String r = t.rel(c);
      if (c == inverted) {
        continue;
      }
      boolean content = switch (r) {
        case "ccomp", "xcomp", "dep" -> true;
        case "parataxis" -> c > v;
        case "obj" -> cue.object() == Cues.Object.CONTENT
            || (cue.object() == Cues.Object.NONE && (isClause(t, c) || quoted(ctx, t, c)));
        case "advcl" -> quoted(ctx, t, c) && !t.isAncestor(c, v);
        default -> r.startsWith("obl") && (t.caseWord(c).equals("about")
            || t.caseWord(c).equals("for") && !t.lemma(c).matches("\\p{N}.*|.*day|week|month|year")
            || (cue.act().equals("accuse") && t.caseWord(c).equals("of")));
      };
      if (content) {
        roots.add(c);
      }
    }
    int passive = t.child(v, "nsubj:pass");
    if (roots.isEmpty() && passive >= 0 && agent(t, v) >= 0) {
      roots.add(passive); // "the registration issue was first reported by The Washington Post"
    }
    return roots;
  }

  /** A noun the parser made of a clause: it has its own subject or copula. */
  private static boolean isClause(DepTree t, int i) {
    return t.child(i, "nsubj") >= 0 || t.child(i, "cop") >= 0;
  }

  /** The token lies inside a quote. */
  private static boolean quoted(ArticleContext ctx, DepTree t, int i) {
    int at = t.token(i).start();
    for (var q : ctx.quotes) {
      if (q.start() <= at && at < q.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * For a reporting clause that governs nothing of its own, the quotes right before and after it,
   * with only punctuation and spaces between ("“Yes,” he said, “and soon.”"), or null.
   */
  private static int[] adjacentQuotes(ArticleContext ctx, DepTree t, int v, int source) {
    String text = ctx.analysis.text();
    int lo = t.token(v).start();
    int hi = t.token(v).end();
    if (source >= 0) {
      int[] np = Phrases.span(t, source);
      lo = Math.min(lo, np[0]);
      hi = Math.max(hi, np[1]);
    }
    int start = -1;
    int end = -1;
    for (var q : ctx.quotes) {
      if (q.end() <= lo && onlyPunctuation(text, q.end(), lo)) {
        start = q.start();
        end = Math.max(end, q.end());
      } else if (q.start() >= hi && onlyPunctuation(text, hi, q.start())) {
        start = start < 0 ? q.start() : start;
        end = q.end();
      }
    }
    return start < 0 || end <= start ? null : new int[] {start, end};
  }

  /** Between two offsets are only quote marks, punctuation and spaces, and no paragraph break. */
  private static boolean onlyPunctuation(String text, int from, int to) {
    if (to - from > 6 || text.substring(from, to).contains("\n\n")) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * When the parser tangled the clause a speaker's verb reports ("A senior official who asked
   * not to be named said 14 people had been detained" can come out with "said" as a relative
   * clause), the words after the verb up to the sentence end, if they hold a verb of their own
   * and no other reporting verb; else null.
   */
  private static int[] restOfSentence(DepTree t, int v) {
    int from = v + 1;
    if (from < t.size() && t.lower(from).equals("that")) {
      from++;
    }
    boolean verb = false;
    for (int i = from; i < t.size(); i++) {
      if (t.pos(i).startsWith("VB")) {
        if (Cues.verb(t.lemma(i)) != null) {
          return null;
        }
        verb = true;
      }
    }
    if (!verb || from >= t.size() || isPunct(t, from) || t.pos(from).equals("IN")) {
      return null;
    }
    boolean[] in = new boolean[t.size()];
    for (int i = from; i < t.size(); i++) {
      in[i] = true;
    }
    return span(t, in);
  }

  /** "X happened, according to Y": Y says what the clause it modifies says. */
  private static Statement fromAccording(ArticleContext ctx, DepTree t, int according) {
    int x = t.head(according);
    if (x < 0 || t.head(x) < 0) {
      return null;
    }
    boolean[] in = new boolean[t.size()];
    mark(t, t.head(x), in);
    unmark(t, x, in);
    int[] span = span(t, in);
    if (span == null) {
      return null;
    }
    int source = x;
    for (int c : t.children(x)) {
      if (t.rel(c).startsWith("acl")) {
        int agent = agent(t, c); // "according to figures released by the authorities"
        if (agent >= 0) {
          source = agent;
        }
      }
    }
    Statement s = statement(ctx, t, span, "according to", t.token(according).start(), "say", source);
    if (source == x && (t.lemma(x).equals("report") || t.lemma(x).equals("source"))) {
      // "according to reports": no one in particular
      Source anonymous = new Source(s.source().name(), "unattributed");
      return new Statement(s.start(), s.end(), s.text(), s.cue(), s.cueStart(), s.act(), anonymous,
          s.sourceStart(), s.sourceEnd(), s.direct(), s.sentence());
    }
    return s;
  }

  private static Statement statement(
      ArticleContext ctx, DepTree t, int[] span, String cue, int cueStart, String act, int source) {
    String text = ctx.analysis.text();
    Source who = Source.UNATTRIBUTED;
    Integer from = null;
    Integer to = null;
    if (source >= 0) {
      who = ctx.resolve(t, source);
      int[] np = Phrases.span(t, source);
      from = np[0];
      to = np[1];
    }
    return new Statement(span[0], span[1], text.substring(span[0], span[1]), cue, cueStart, act,
        who, from, to, false, t.sentence.index());
  }

  /**
   * Who a reporting verb's words come from, as a token, or -1: its subject; the "by" agent of a
   * passive; for a participle or second verb ("..., adding that", "and added") the subject of the
   * verb it belongs to; for "a statement saying" the statement's author; for the inverted "...,
   * says the Ministry" the noun after the verb.
   */
  private static int source(ArticleContext ctx, DepTree t, int v, Cues.Cue cue) {
    for (int x = v, guard = 0; x >= 0 && guard < 4; guard++) {
      int subj = t.child(x, "nsubj");
      if (subj >= 0 && !nominal(t, subj)) {
        subj = -1; // a verb the parser made a subject ("who asked ... said") speaks for no one
      }
      if (subj >= 0 && !t.rel(subj).equals("nsubj:pass")) {
        return subj; // "it says" too: in the active, "it" is the report or body that speaks
      }
      if (subj >= 0) {
        return agent(t, x); // "it was reported (by X) that": the agent or no one
      }
      int agent = agent(t, x);
      if (agent >= 0) {
        return agent;
      }
      String r = t.rel(x);
      if (r.startsWith("acl") && t.head(x) >= 0) {
        int noun = t.head(x);
        return DOCUMENTS.contains(t.lemma(noun)) ? author(t, noun) : noun;
      }
      if (x == v) {
        int after = invertedSubject(t, v);
        if (after >= 0) {
          return after; // "..., also says the Ministry", "“...,” said O'Neill"
        }
      }
      if (!(r.equals("advcl") || r.equals("xcomp") || r.equals("conj") || r.equals("dep"))) {
        return -1;
      }
      x = t.head(x);
    }
    return -1;
  }

  /**
   * The speaker named right after a reporting verb that follows its content ("“...,” said
   * O'Neill", "..., wrote Cameron Easley"), whatever relation the parser gave the name; or -1.
   */
  static int invertedSubject(DepTree t, int v) {
    if (t.child(v, "nsubj") >= 0 || v + 1 >= t.size()) {
      return -1;
    }
    boolean contentBefore = false;
    for (int c : t.children(v)) {
      String r = t.rel(c);
      contentBefore |= c < v && (r.equals("ccomp") || r.equals("dep") || r.equals("parataxis")
          || r.equals("advcl"));
    }
    if (!contentBefore && !t.rel(v).equals("parataxis")) {
      return -1;
    }
    for (int c : t.children(v)) {
      String r = t.baseRel(c);
      boolean nominal = t.pos(c).startsWith("NN") || t.pos(c).equals("PRP");
      if (c > v && nominal && (r.equals("obj") || r.equals("xcomp") || r.equals("dep")
          || r.equals("iobj") || r.equals("appos")) && t.subtree(c).get(0) == v + 1) {
        return c;
      }
    }
    return -1;
  }

  private static boolean nominal(DepTree t, int i) {
    String p = t.pos(i);
    return p.startsWith("NN") || p.startsWith("PRP") || p.startsWith("W") || p.equals("CD")
        || p.equals("DT") || p.equals("JJ");
  }

  /** Who wrote a document: "the ministry's statement", "a statement from X", "X issued a statement". */
  private static int author(DepTree t, int noun) {
    for (int c : t.children(noun)) {
      String r = t.rel(c);
      if (r.equals("nmod:poss") || (r.startsWith("nmod") && (t.caseWord(c).equals("from")
          || t.caseWord(c).equals("by")))) {
        return c;
      }
    }
    if (t.rel(noun).equals("obj") && t.head(noun) >= 0) {
      int subj = t.child(t.head(noun), "nsubj");
      return subj >= 0 && !t.rel(subj).equals("nsubj:pass") ? subj : -1;
    }
    return -1;
  }

  /** The "by X" agent of a passive or participle, or -1. */
  static int agent(DepTree t, int x) {
    for (int c : t.children(x)) {
      if (t.rel(c).startsWith("obl") && t.caseWord(c).equals("by")) {
        return c;
      }
    }
    return -1;
  }

  private static boolean hasOblique(DepTree t, int v, String preposition) {
    for (int c : t.children(v)) {
      if (t.rel(c).startsWith("obl") && t.caseWord(c).equals(preposition)) {
        return true;
      }
    }
    return false;
  }

  /** The cue as written: the verb, with its particle ("pointed out"). */
  private static String cueText(DepTree t, int v) {
    int prt = t.child(v, "compound:prt");
    if (prt == v + 1) {
      return t.token(v).word() + " " + t.token(prt).word();
    }
    return t.token(v).word();
  }

  private static void mark(DepTree t, int root, boolean[] in) {
    for (int i : t.subtree(root)) {
      in[i] = true;
    }
  }

  private static boolean anyMarked(boolean[] in) {
    for (boolean b : in) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  private static void unmark(DepTree t, int root, boolean[] in) {
    for (int i : t.subtree(root)) {
      in[i] = false;
    }
  }

  /** From the first to the last marked word, punctuation at the edges left out; null when none. */
  private static int[] span(DepTree t, boolean[] in) {
    int lo = 0;
    while (lo < in.length && (!in[lo] || isPunct(t, lo))) {
      lo++;
    }
    int hi = in.length - 1;
    while (hi >= lo && (!in[hi] || isPunct(t, hi))) {
      hi--;
    }
    if (lo > hi) {
      return null;
    }
    return new int[] {t.token(lo).start(), t.token(hi).end()};
  }

  private static boolean isPunct(DepTree t, int i) {
    String w = t.token(i).word();
    return t.rel(i).equals("punct") || w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0));
  }
}
