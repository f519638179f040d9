package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Builds the SENTENCES and MENTIONS layers by hand, as CoreNLP would give them, so that the place
 * stage can be tested without CoreNLP: words, hyphens and punctuation become tokens (a hyphen is a
 * token of its own, as in CoreNLP's default English tokenizer), capitalised words are NNP,
 * everything else NN, and a sentence ends at '.', '!' or '?' or a blank line.
 */
final class Texts {
  private static final Pattern TOKEN = Pattern.compile(
      "\\p{L}\\.(?:\\p{L}\\.)+|\\p{L}[\\p{L}\\p{M}'’]*|\\d[\\d,.]*\\d|\\d|\\S");

  private final String text;
  private final List<Mention> mentions = new ArrayList<>();
  private final List<String[]> nerTags = new ArrayList<>();

  private Texts(String text) {
    this.text = text;
  }

  static Texts of(String text) {
    return new Texts(text);
  }

  /** Every occurrence of {@code words} becomes a mention of this type. */
  Texts mention(String words, String type) {
    return mention(words, type, null);
  }

  Texts mention(String words, String type, String fineType) {
    int from = 0;
    boolean any = false;
    for (int i = text.indexOf(words, from); i >= 0; i = text.indexOf(words, i + words.length())) {
      if (boundary(i, i + words.length())) {
        mentions.add(new Mention(i, i + words.length(), words, type, words, fineType));
        any = true;
      }
    }
    if (!any) {
      throw new IllegalArgumentException("not in the text: " + words);
    }
    return this;
  }

  /** One mention at exactly these offsets. */
  Texts mentionAt(int start, int end, String type, String fineType) {
    String words = text.substring(start, end);
    mentions.add(new Mention(start, end, words, type, words, fineType));
    return this;
  }

  /** Every token inside an occurrence of {@code words} gets this NER tag (default "O"). */
  Texts ner(String words, String tag) {
    nerTags.add(new String[] {words, tag});
    return this;
  }

  private boolean boundary(int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  List<Sentence> sentences() {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int lastEnd = 0;
    while (m.find()) {
      if (!current.isEmpty() && text.substring(lastEnd, m.start()).contains("\n\n")) {
        sentences.add(sentence(sentences.size(), current));
        current = new ArrayList<>();
      }
      String w = m.group();
      String pos = Character.isUpperCase(w.codePointAt(0)) ? "NNP"
          : Character.isLetter(w.codePointAt(0)) ? "NN"
          : Character.isDigit(w.codePointAt(0)) ? "CD" : w.equals("-") ? "HYPH" : ".";
      current.add(new Token(current.size(), m.start(), m.end(), w, w, pos, nerAt(m.start()), null));
      lastEnd = m.end();
      if (w.equals(".") || w.equals("!") || w.equals("?")) {
        sentences.add(sentence(sentences.size(), current));
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      sentences.add(sentence(sentences.size(), current));
    }
    return sentences;
  }

  private String nerAt(int offset) {
    for (Mention mention : mentions) {
      if (mention.start() <= offset && offset < mention.end()) {
        return mention.fineType() != null ? mention.fineType() : mention.type();
      }
    }
    for (String[] tag : nerTags) {
      for (int i = text.indexOf(tag[0]); i >= 0; i = text.indexOf(tag[0], i + 1)) {
        if (i <= offset && offset < i + tag[0].length()) {
          return tag[1];
        }
      }
    }
    return "O";
  }

  private static Sentence sentence(int index, List<Token> tokens) {
    return new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens,
        List.of());
  }

  Analysis analysis() {
    return Analysis.of(Article.of("test", text, null))
        .withSentences(sentences())
        .withMentions(mentions);
  }
}
