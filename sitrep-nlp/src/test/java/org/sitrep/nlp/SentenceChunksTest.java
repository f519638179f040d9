package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long sentences cut, short ones untouched, every token kept once, indexes as ssplit sets them. */
class SentenceChunksTest {
  private static final StanfordCoreNLP SPLITTER = new StanfordCoreNLP(NlpConfig.DEFAULT.splitterProperties());

  static Annotation split(String text) {
    Annotation doc = new Annotation(text);
    SPLITTER.annotate(doc);
    return doc;
  }

  static String runOn(int words) {
    String[] w = {"police", "fired", "on", "protesters", "in", "the", "city", "and", "soldiers", "arrested", "dozens"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(i == 0 ? "" : " ").append(w[i % w.length]);
      if (i % 37 == 36) {
        b.append(",");
      }
    }
    return b.toString();
  }

  @Test
  void cutsRunOnTextIntoBoundedPiecesAtCommasKeepingEveryToken() {
    String text = runOn(2_000);
    Annotation doc = split(text);
    List<CoreLabel> all = doc.get(CoreAnnotations.TokensAnnotation.class);
    assertThat(doc.get(CoreAnnotations.SentencesAnnotation.class)).hasSize(1);
    List<CoreMap> cut = SentenceChunks.cut(doc);
    assertThat(cut.size()).isGreaterThan(2_000 / SentenceChunks.MAX_TOKENS);
    List<CoreLabel> kept = new ArrayList<>();
    for (int i = 0; i < cut.size(); i++) {
      CoreMap s = cut.get(i);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      assertThat(tokens.size()).isBetween(1, SentenceChunks.MAX_TOKENS);
      assertThat(s.get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(i);
      assertThat(tokens.get(0).index()).isEqualTo(1);
      assertThat(tokens.get(tokens.size() - 1).sentIndex()).isEqualTo(i);
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      assertThat(s.get(CoreAnnotations.TextAnnotation.class)).isEqualTo(text.substring(begin, end));
      if (i < cut.size() - 1) {
        // a comma in the second half of the piece was there to cut at
        assertThat(tokens.get(tokens.size() - 1).word()).isEqualTo(",");
      }
      kept.addAll(tokens);
    }
    assertThat(kept).containsExactlyElementsOf(all);
  }

  @Test
  void leavesNewsSentencesAlone() {
    Annotation doc = split("Police fired tear gas at protesters in Kisumu on Wednesday. At least two"
        + " people were killed, police said.");
    List<CoreMap> before = doc.get(CoreAnnotations.SentencesAnnotation.class);
    assertThat(SentenceChunks.cut(doc)).containsExactlyElementsOf(before);
  }

  @Test
  void cutsAtTheLimitWhenThereIsNoPunctuation() {
    Annotation doc = split(runOn(400).replace(",", ""));
    List<CoreMap> cut = SentenceChunks.cut(doc);
    assertThat(cut).extracting(s -> s.get(CoreAnnotations.TokensAnnotation.class).size())
        .containsExactly(150, 150, 100);
  }

  @Test
  void groupsSentencesUpToTheirTokenBudget() {
    Annotation doc = split(runOn(10_000));
    List<CoreMap> cut = SentenceChunks.cut(doc);
    List<List<CoreMap>> groups = SentenceChunks.groups(cut);
    assertThat(groups.size()).isGreaterThanOrEqualTo(3);
    int total = 0;
    for (List<CoreMap> g : groups) {
      int n = g.stream().mapToInt(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
      assertThat(n).isLessThanOrEqualTo(SentenceChunks.GROUP_TOKENS);
      total += n;
    }
    assertThat(total).isEqualTo(doc.get(CoreAnnotations.TokensAnnotation.class).size());
    Annotation part = SentenceChunks.document(doc.get(CoreAnnotations.TextAnnotation.class), groups.get(1), "2024-01-02");
    assertThat(part.get(CoreAnnotations.SentencesAnnotation.class).get(0).get(CoreAnnotations.TokenBeginAnnotation.class)).isZero();
    assertThat(part.get(CoreAnnotations.DocDateAnnotation.class)).isEqualTo("2024-01-02");
  }
}
