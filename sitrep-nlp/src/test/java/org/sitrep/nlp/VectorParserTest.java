package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * VectorParser gives CoreNLP's parses, arc for arc and label for label, on real news (the first
 * realism articles in ../shared, read in place): with sitrep's cache, with a one-entry cache whose
 * every lookup collides, and with none (where CoreNLP sums differently), whole articles at a time
 * and sentence by sentence.
 */
class VectorParserTest {
  private static final int ARTICLES = 40;
  private static List<List<CoreMap>> articles;

  @BeforeAll
  static void tagRealNews() throws IOException {
    Path news = Path.of(System.getProperty("sitrep.shared", "../../shared"), "eval", "realism", "news-dev.jsonl");
    assumeTrue(Files.isRegularFile(news), "no realism set at " + news);
    StanfordCoreNLP splitter = new StanfordCoreNLP(NlpConfig.DEFAULT.splitterProperties());
    POSTaggerAnnotator tagger = new POSTaggerAnnotator("pos", new Properties());
    ObjectMapper json = new ObjectMapper();
    articles = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(news)) {
      for (int i = 0; i < ARTICLES; i++) {
        Annotation doc = new Annotation(json.readTree(r.readLine()).path("text").asText());
        splitter.annotate(doc);
        tagger.annotate(doc);
        articles.add(doc.get(CoreAnnotations.SentencesAnnotation.class));
      }
    }
  }

  private static DependencyParser load(NlpConfig config) {
    return DependencyParser.loadFromModelFile(NlpConfig.PARSER_MODEL, config.parserProperties());
  }

  /** Every sentence where the two parsers differ: the sentence, CoreNLP's arcs, VectorParser's. */
  private static List<String> differences(DependencyParser corenlp, VectorParser fast, boolean byArticle) {
    List<String> differ = new ArrayList<>();
    for (List<CoreMap> sentences : articles) {
      List<GrammaticalStructure> parsed = new ArrayList<>();
      if (byArticle) {
        parsed.addAll(fast.predict(sentences));
      } else {
        sentences.forEach(s -> parsed.addAll(fast.predict(List.of(s))));
      }
      for (int i = 0; i < sentences.size(); i++) {
        String expected = corenlp.predict(sentences.get(i)).typedDependencies().toString();
        String actual = parsed.get(i).typedDependencies().toString();
        if (!expected.equals(actual)) {
          differ.add(sentences.get(i) + "\n  " + expected + "\n  " + actual);
        }
      }
    }
    return differ;
  }

  /**
   * Sentences whose transitions got a score from VectorParser that is not bit for bit CoreNLP's
   * (Classifier.computeScores), walking CoreNLP's own parse of each sentence.
   */
  private static List<String> scoresDiffering(DependencyParser corenlp, VectorParser fast) throws Exception {
    ArcStandard system = (ArcStandard) field(DependencyParser.class, "system").get(corenlp);
    Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(corenlp);
    Method computeScores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
    computeScores.setAccessible(true);
    @SuppressWarnings("unchecked")
    List<String> transitions = (List<String>) field(ParsingSystem.class, "transitions").get(system);
    List<String> differ = new ArrayList<>();
    int compared = 0;
    for (List<CoreMap> sentences : articles) {
      for (CoreMap s : sentences) {
        Configuration c = system.initialConfiguration(s);
        while (!system.isTerminal(c)) {
          double[] expected = (double[]) computeScores.invoke(classifier, fast.features(c));
          if (!Arrays.equals(expected, fast.scores(c))) {
            differ.add(s.toString());
            break;
          }
          compared++;
          int best = -1;
          for (int t = 0; t < expected.length; t++) {
            if (system.canApply(c, transitions.get(t)) && (best < 0 || expected[t] > expected[best])) {
              best = t;
            }
          }
          system.apply(c, transitions.get(best));
        }
      }
    }
    assertThat(compared).as("transitions scored").isGreaterThan(10_000);
    return differ;
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  @Test
  void parsesAsCoreNlpDoes() throws Exception {
    DependencyParser corenlp = load(NlpConfig.DEFAULT);
    VectorParser fast = VectorParser.open(corenlp, NlpConfig.DEFAULT.parserCache());
    assertThat(fast).as("CoreNLP's model readable").isNotNull();
    assertThat(articles.stream().mapToInt(List::size).sum()).as("sentences").isGreaterThan(300);
    assertThat(scoresDiffering(corenlp, fast)).isEmpty();
    assertThat(differences(corenlp, fast, true)).isEmpty();
    assertThat(differences(corenlp, fast, false)).isEmpty();
    // every slice evicts the one before: what is recomputed is what was cached
    assertThat(differences(corenlp, VectorParser.open(corenlp, 1), true)).isEmpty();
    assertThat(fast.predict(List.of())).isEmpty();
  }

  @Test
  void withoutACacheSumsAsCoreNlpDoesWithoutOne() throws Exception {
    NlpConfig uncached = NlpConfig.DEFAULT.withParserCache(0);
    DependencyParser corenlp = load(uncached);
    assertThat(scoresDiffering(corenlp, VectorParser.open(corenlp, 0))).isEmpty();
  }
}
