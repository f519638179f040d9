package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A sentence skips SUTime's rules only when they would find nothing in it: checked against SUTime
 * itself on real news (the first realism articles in ../shared, read in place).
 */
class TimeCuesTest {
  private static final int ARTICLES = 80;

  @Test
  void timeWordsAndDateLikeNumbersAreCuesWhateverTheirCase() {
    assertThat(TimeCues.isCue("2022")).isTrue();
    assertThat(TimeCues.isCue("1990s")).isTrue();
    assertThat(TimeCues.isCue("9:30")).isTrue();
    assertThat(TimeCues.isCue("12/05")).isTrue();
    assertThat(TimeCues.isCue("7th")).isTrue();
    assertThat(TimeCues.isCue("Friday")).isTrue();
    assertThat(TimeCues.isCue("YESTERDAY")).isTrue();
    assertThat(TimeCues.isCue("Jan.")).isTrue();
    assertThat(TimeCues.isCue("p.m.")).isTrue();
    assertThat(TimeCues.isCue("police")).isFalse();
    assertThat(TimeCues.isCue("said")).isFalse();
    // counts: SUTime's number reader tags them without its time rules
    assertThat(TimeCues.isCue("15")).isFalse();
    assertThat(TimeCues.isCue("3,000")).isFalse();
    assertThat(TimeCues.isCue("2.5")).isFalse();
    assertThat(TimeCues.isCue("seven")).isFalse();
  }

  @Test
  void everySentenceInWhichSutimeFindsATimeHasACue() throws IOException {
    Path news = Path.of(System.getProperty("sitrep.shared", "../../shared"), "eval", "realism", "news-dev.jsonl");
    assumeTrue(Files.isRegularFile(news), "no realism set at " + news);
    Properties p = NlpConfig.DEFAULT.nerProperties(true);
    p.putAll(NlpConfig.DEFAULT.splitterProperties());
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
    ObjectMapper json = new ObjectMapper();
    int sentences = 0;
    int withTime = 0;
    int cued = 0;
    List<String> missed = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(news)) {
      for (int i = 0; i < ARTICLES; i++) {
        JsonNode article = json.readTree(r.readLine());
        Annotation doc = new Annotation(article.path("text").asText());
        doc.set(CoreAnnotations.DocDateAnnotation.class, "2020-06-01");
        corenlp.annotate(doc);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
          List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
          boolean time = tokens.stream().anyMatch(t -> t.get(TimeAnnotations.TimexAnnotation.class) != null);
          boolean cue = TimeCues.mayHoldTime(tokens);
          sentences++;
          withTime += time ? 1 : 0;
          cued += cue ? 1 : 0;
          if (time && !cue) {
            missed.add(tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" ")));
          }
        }
      }
    }
    System.out.printf("time cues: %d sentences, %d with a time, %d with a cue%n", sentences, withTime, cued);
    assertThat(withTime).as("the articles have times to find").isGreaterThan(100);
    assertThat(missed).as("sentences with a time but no cue").isEmpty();
    // the test is worth its cost only if it lets a good share of sentences skip SUTime's rules
    assertThat(cued).isLessThan(sentences * 3 / 5);
  }
}
