package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Read-only navigation over one sentence's dependency arcs (heads, children, relations). */
final class DepTree {
  final Sentence sentence;
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> children;

  DepTree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    rel = new String[n];
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      head[i] = -1;
      rel[i] = "dep";
      children.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) {
        continue;
      }
      // an arc to a token outside the sentence (or to itself) is dropped, not followed
      boolean inRange = d.governor() >= 0 && d.governor() < n && d.governor() != d.dependent();
      head[d.dependent()] = inRange ? d.governor() : -1;
      rel[d.dependent()] = d.relation();
      if (inRange) {
        children.get(d.governor()).add(d.dependent());
      }
    }
  }

  int size() {
    return head.length;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    Token t = token(i);
    String l = t.lemma() == null ? t.word() : t.lemma();
    return l.toLowerCase(java.util.Locale.ROOT);
  }

  String lower(int i) {
    return token(i).word().toLowerCase(java.util.Locale.ROOT);
  }

  String pos(int i) {
    return token(i).pos() == null ? "" : token(i).pos();
  }

  int head(int i) {
    return head[i];
  }

  String rel(int i) {
    return rel[i];
  }

  /** The relation without its subtype: "nsubj:pass" → "nsubj". */
  String baseRel(int i) {
    String r = rel[i];
    int c = r.indexOf(':');
    return c < 0 ? r : r.substring(0, c);
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  List<Integer> children(int i, String relation) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      if (rel[c].equals(relation) || baseRel(c).equals(relation)) {
        out.add(c);
      }
    }
    return out;
  }

  int child(int i, String relation) {
    for (int c : children.get(i)) {
      if (rel[c].equals(relation) || baseRel(c).equals(relation)) {
        return c;
      }
    }
    return -1;
  }

  /** The word introducing an oblique or nominal modifier ("by", "of", "according"), lower-cased. */
  String caseWord(int i) {
    for (int c : children.get(i)) {
      if (rel[c].equals("case")) {
        return lower(c);
      }
    }
    return "";
  }

  boolean isAncestor(int ancestor, int i) {
    for (int h = head[i], guard = 0; h >= 0 && guard < head.length; h = head[h], guard++) {
      if (h == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** All tokens under i (i included), in sentence order. */
  List<Integer> subtree(int i) {
    List<Integer> out = new ArrayList<>();
    for (int t = 0; t < head.length; t++) {
      if (t == i || isAncestor(i, t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The first conjunct of a coordination, whose relation the other conjuncts share. */
  int firstConjunct(int i) {
    int cur = i;
    for (int guard = 0; guard < head.length && rel[cur].equals("conj") && head[cur] >= 0; guard++) {
      cur = head[cur];
    }
    return cur;
  }
}
