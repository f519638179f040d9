package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;

/**
 * sitrep's ways of running CoreNLP faster (SUTime only where a sentence has a time word, the
 * parser's network in VectorParser) change nothing: tokens (tags, lemmas, NER, norms,
 * dependencies), mentions and times are those of SUTime run on every sentence and of CoreNLP's own
 * parser loop, on real news.
 */
class CoreNlpStepsTest {
  private static final int ARTICLES = 25;

  /** Where two lists of records differ, both sides of the first difference. */
  private static List<String> differences(String what, List<?> a, List<?> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      Object x = i < a.size() ? a.get(i) : null;
      Object y = i < b.size() ? b.get(i) : null;
      if (x instanceof Sentence sx && y instanceof Sentence sy && !sx.equals(sy)) {
        List<String> inside = new ArrayList<>(differences(what + " " + i + " token", sx.tokens(), sy.tokens()));
        inside.addAll(differences(what + " " + i + " arc", sx.dependencies(), sy.dependencies()));
        return inside;
      }
      if (x == null || !x.equals(y)) {
        return List.of(what + " " + i + ": " + x + " / " + y);
      }
    }
    return List.of();
  }

  @Test
  void fastStepsGiveTheSameAnalysisAsCoreNlpsOwn() throws IOException {
    Path news = Path.of(System.getProperty("sitrep.shared", "../../shared"), "eval", "realism", "news-dev.jsonl");
    assumeTrue(Files.isRegularFile(news), "no realism set at " + news);
    CoreNlpStage cued = new CoreNlpStage(NlpConfig.DEFAULT);
    CoreNlpStage everywhere =
        new CoreNlpStage(NlpConfig.DEFAULT.withTimesWhereCued(false).withVectorParser(false));
    ObjectMapper json = new ObjectMapper();
    List<String> differ = new ArrayList<>();
    int times = 0;
    try (BufferedReader r = Files.newBufferedReader(news)) {
      for (int i = 0; i < ARTICLES; i++) {
        var line = json.readTree(r.readLine());
        Article article = Article.of(line.path("id").asText(), line.path("text").asText(), LocalDate.of(2020, 6, 1));
        Analysis a = cued.apply(Analysis.of(article));
        Analysis b = everywhere.apply(Analysis.of(article));
        times += b.times().size();
        differ.addAll(differences(article.id() + " sentence", a.sentences(), b.sentences()));
        differ.addAll(differences(article.id() + " mention", a.mentions(), b.mentions()));
        differ.addAll(differences(article.id() + " time", a.times(), b.times()));
      }
    }
    assertThat(times).as("times found").isGreaterThan(50);
    assertThat(differ).as("parts analysed differently (cued / everywhere)").isEmpty();
    // the split stage reports its steps: the cheap NER ran on some sentences, SUTime's on others
    Map<String, Long> steps = cued.stepNanos();
    assertThat(steps.get("ner")).isPositive();
    assertThat(steps.get("ner+sutime")).isPositive();
    assertThat(everywhere.stepNanos().get("ner")).isZero();
  }
}
