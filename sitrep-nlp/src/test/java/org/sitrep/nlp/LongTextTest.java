package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Run-on text through the real CoreNLP stage: bounded sentences, spans intact, a budget kept. */
class LongTextTest {

  private static Stage coreNlp() {
    return SharedNlp.pipeline().stages().get(0);
  }

  @Test
  void aRunOnTextIsAnalysedInBoundedSentencesWithEverySpanInItsText() {
    String text = SentenceChunksTest.runOn(3_000);
    Analysis a = Pipeline.of(coreNlp()).apply(Analysis.of(Article.of("run-on", text, LocalDate.parse("2024-01-02"))));
    assertThat(a.sentences().size()).isGreaterThan(3_000 / SentenceChunks.MAX_TOKENS);
    int previousEnd = 0;
    for (Sentence s : a.sentences()) {
      assertThat(s.tokens().size()).isLessThanOrEqualTo(SentenceChunks.MAX_TOKENS);
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = s.end();
      for (Token t : s.tokens()) {
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
      }
      // the parse covers the piece: every token has a head
      assertThat(s.dependencies()).hasSize(s.tokens().size());
    }
  }

  @Test
  void aTextOverItsBudgetFailsWithTooSlowInsideCoreNlp() {
    Pipeline p = Pipeline.of(coreNlp());
    p.setBudget(Duration.ofMillis(500));
    String text = SentenceChunksTest.runOn(12_000); // three groups of sentences at least
    assertThatThrownBy(() -> p.apply(Analysis.of(Article.of("long", text, LocalDate.parse("2024-01-02")))))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.code()).isEqualTo("too-slow"))
        .hasMessageContaining("corenlp, sentence");
  }
}
