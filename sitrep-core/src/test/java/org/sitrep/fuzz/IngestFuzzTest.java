package org.sitrep.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.sitrep.core.InputException;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.FeedReader;
import org.sitrep.model.Article;

/**
 * Everything that reads outside input, fed whatever Jazzer makes: the only failure allowed is an
 * {@link InputException} with a code (its message names the input), and whatever is read is text.
 * Regression inputs (and any crash Jazzer finds) live in IngestFuzzTestInputs.
 */
class IngestFuzzTest {
  private static final ArticleReader READER = new ArticleReader(1 << 20);

  private static void checkArticle(Article a) {
    assertThat(a.text()).isNotBlank();
    assertThat(a.id()).isNotBlank();
    // binary data is refused: no NUL reaches the pipeline (a few other controls, a form feed, may)
    assertThat(a.text()).doesNotContain("\u0000");
  }

  private static void expectOnlyInputErrors(Runnable read) {
    try {
      read.run();
    } catch (InputException e) {
      assertThat(e.code()).isNotBlank();
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  /** Bytes as a file of any kind: encodings, HTML, JSON, text; the name picks the reading. */
  @FuzzTest(maxDuration = "20s")
  void anyFile(FuzzedDataProvider data) {
    String name = data.pickValue(new String[] {"a.txt", "a.html", "a.json", "a.xml", "a"});
    byte[] bytes = data.consumeRemainingAsBytes();
    expectOnlyInputErrors(() -> checkArticle(READER.read(name, bytes)));
  }

  /** One line of a JSONL batch. */
  @FuzzTest(maxDuration = "20s")
  void jsonLine(FuzzedDataProvider data) {
    String line = data.consumeRemainingAsString();
    expectOnlyInputErrors(() -> checkArticle(READER.parseJsonLine("fuzz.jsonl", 1, line)));
  }

  /** RSS and Atom: each entry an article. */
  @FuzzTest(maxDuration = "20s")
  void feed(byte[] bytes) {
    expectOnlyInputErrors(() -> new FeedReader().read("fuzz.xml", bytes).forEach(IngestFuzzTest::checkArticle));
    // and the sniffing that decides whether bytes are a feed at all never throws
    FeedReader.isFeed("fuzz", bytes);
    assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).isNotNull();
  }
}
