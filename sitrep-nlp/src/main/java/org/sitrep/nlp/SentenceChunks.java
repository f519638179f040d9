package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bounds CoreNLP's work per sentence and per call, so that its cost grows linearly with the text.
 *
 * <p>A page without full stops (a scraped table, a list, run-on text) is one "sentence" of
 * thousands of tokens, and CoreNLP's cost on it grows faster than its length (measured: 2,000
 * words 6.5 s, 4,000 words 26 s). Sentences longer than {@link #MAX_TOKENS} are cut into pieces,
 * at a semicolon, colon, dash or comma when there is one in the second half of the piece, else at
 * the limit; news sentences are far shorter (of 300 realism articles, one had a sentence this
 * long: a run of photo captions). The sentences are then analysed in groups of at most {@link #GROUP_TOKENS}
 * tokens, each group a document of its own, so that a time budget can be checked between them.
 */
final class SentenceChunks {
  static final int MAX_TOKENS = 150;
  static final int GROUP_TOKENS = 4000;
  private static final Set<String> SOFT_BREAKS = Set.of(";", ":", "--", "-", "—", "–", ",");

  private SentenceChunks() {}

  /** The document's sentences, long ones cut, renumbered as ssplit numbers them. */
  static List<CoreMap> cut(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= MAX_TOKENS) {
        out.add(s);
        continue;
      }
      int from = 0;
      while (from < tokens.size()) {
        int to = Math.min(tokens.size(), from + MAX_TOKENS);
        if (to < tokens.size()) {
          for (int k = to - 1; k > from + MAX_TOKENS / 2; k--) {
            if (SOFT_BREAKS.contains(tokens.get(k).word())) {
              to = k + 1;
              break;
            }
          }
        }
        out.add(piece(text, tokens.subList(from, to)));
        from = to;
      }
    }
    renumber(out);
    return out;
  }

  /** Consecutive sentences of at most {@link #GROUP_TOKENS} tokens together (one if longer). */
  static List<List<CoreMap>> groups(List<CoreMap> sentences) {
    List<List<CoreMap>> out = new ArrayList<>();
    List<CoreMap> group = new ArrayList<>();
    int tokens = 0;
    for (CoreMap s : sentences) {
      int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
      if (!group.isEmpty() && tokens + n > GROUP_TOKENS) {
        out.add(group);
        group = new ArrayList<>();
        tokens = 0;
      }
      group.add(s);
      tokens += n;
    }
    if (!group.isEmpty()) {
      out.add(group);
    }
    return out;
  }

  /** A document of these sentences alone, as ssplit would have made it, for CoreNLP's annotators. */
  static Annotation document(String text, List<CoreMap> sentences, String docDate) {
    Annotation doc = new Annotation(text);
    if (docDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    renumber(sentences);
    doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
    doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    return doc;
  }

  private static CoreMap piece(String text, List<CoreLabel> tokens) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation s = new Annotation(text.substring(begin, end));
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    s.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    return s;
  }

  /** Sentence and token indexes as ssplit sets them, counted from the first of these sentences. */
  private static void renumber(List<CoreMap> sentences) {
    int t = 0;
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      s.set(CoreAnnotations.TokenBeginAnnotation.class, t);
      s.set(CoreAnnotations.TokenEndAnnotation.class, t + tokens.size());
      for (int k = 0; k < tokens.size(); k++) {
        tokens.get(k).setIndex(k + 1);
        tokens.get(k).setSentIndex(i);
      }
      t += tokens.size();
    }
  }
}
