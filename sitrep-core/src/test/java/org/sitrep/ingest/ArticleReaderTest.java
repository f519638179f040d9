package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.InputException;
import org.sitrep.model.Article;

class ArticleReaderTest {
  /** Encodable in every encoding below, and the same bytes in ISO-8859-1 and ISO-8859-2. */
  private static final String TEXT =
      "Riot police used tear gas near the café on Friday, the Interior Ministry said.\n\n"
          + "At least 12 people were injured, according to the Müller clinic.";

  private final ArticleReader reader = new ArticleReader();

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "UTF-8, false", "UTF-8, true", "UTF-16LE, true", "UTF-16LE, false", "UTF-16BE, true",
    "windows-1252, false", "ISO-8859-2, false"
  })
  void textFileRoundTripsInEveryEncoding(String charset, boolean bom) throws Exception {
    Path file = dir.resolve("riot-report.txt");
    Files.write(file, EncodingDetectorTest.encode(TEXT, charset, bom));
    Article a = reader.read(file);
    assertThat(a.text()).isEqualTo(TEXT);
    assertThat(a.id()).isEqualTo("riot-report");
    assertThat(a.published()).isNull();
  }

  @Test
  void stdinIsNamedDash() {
    Article a = reader.read("-", new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)));
    assertThat(a.id()).isEqualTo("stdin");
    assertThat(a.text()).isEqualTo(TEXT);
  }

  @Test
  void jsonFileIsParsed() throws Exception {
    Path file = dir.resolve("kz.json");
    Files.writeString(file,
        "{\"id\": \"kz-1\", \"text\": \"Troops fired on protesters.\", \"published\": \"2022-01-07\","
            + " \"title\": \"Unrest\", \"url\": \"https://example.org/a\", \"source\": \"wire\"}");
    Article a = reader.read(file);
    assertThat(a).isEqualTo(new Article("kz-1", "Troops fired on protesters.",
        LocalDate.of(2022, 1, 7), "Unrest", "https://example.org/a", "wire"));
  }

  @Test
  void jsonSniffedWithoutExtension() {
    Article a = reader.read("article", "{\"text\": \"Shots were fired.\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(a.id()).isEqualTo("article");
    assertThat(a.text()).isEqualTo("Shots were fired.");
  }

  @Test
  void jsonLineWithoutIdGetsLineNumber() {
    Article a = reader.parseJsonLine("in.jsonl", 7, "{\"text\": \"Two people died.\"}");
    assertThat(a.id()).isEqualTo("line-7");
    assertThat(a.published()).isNull();
  }

  @Test
  void jsonLineNumericIdAndNullsAreAccepted() {
    Article a = reader.parseJsonLine(null, 1,
        "{\"id\": 42, \"text\": \"Two people died.\", \"published\": null, \"title\": null}");
    assertThat(a.id()).isEqualTo("42");
    assertThat(a.title()).isNull();
  }

  @Test
  void htmlFileYieldsMainText() throws Exception {
    Path file = dir.resolve("page.html");
    Files.writeString(file, "<html><head><title>Clashes</title></head><body><nav>Home | World</nav>"
        + "<p>Clashes broke out in the capital on Monday.</p></body></html>");
    Article a = reader.read(file);
    assertThat(a.text()).isEqualTo("Clashes broke out in the capital on Monday.");
    assertThat(a.title()).isEqualTo("Clashes");
    assertThat(a.id()).isEqualTo("page");
  }

  @Test
  void htmlSniffedInATxtLessName() {
    Article a = reader.read("-", ("<!DOCTYPE html><html><body><p>Looting was reported.</p>"
        + "</body></html>").getBytes(StandardCharsets.UTF_8));
    assertThat(a.text()).isEqualTo("Looting was reported.");
  }

  @Test
  void kindDetection() {
    assertThat(ArticleReader.kind("a.htm", "plain")).isEqualTo(ArticleReader.Kind.HTML);
    assertThat(ArticleReader.kind("a.json", "{}")).isEqualTo(ArticleReader.Kind.JSON);
    assertThat(ArticleReader.kind("a.txt", "<html><body>x</body></html>"))
        .isEqualTo(ArticleReader.Kind.TEXT);
    assertThat(ArticleReader.kind("-", "  <html><p>x</p></html>")).isEqualTo(ArticleReader.Kind.HTML);
    assertThat(ArticleReader.kind("-", "Police said 3 < 4 and 5 > 2.")).isEqualTo(ArticleReader.Kind.TEXT);
  }

  // ---- errors: each code, and each message names the input

  @Test
  void emptyInput() {
    assertError(() -> reader.read("empty.txt", new byte[0]), "empty-input", "empty.txt");
    assertError(() -> reader.read("blank.txt", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8)),
        "empty-input", "blank.txt");
    assertError(() -> reader.read("blank16.txt", EncodingDetectorTest.encode("   \n  ", "UTF-16LE", true)),
        "empty-input", "blank16.txt");
    assertError(() -> reader.parseJsonLine("in.jsonl", 3, "{\"id\": \"x\", \"text\": \"  \"}"),
        "empty-input", "in.jsonl line 3 (id \"x\")");
    assertError(() -> reader.parseJsonLine("in.jsonl", 4, "   "), "empty-input", "line 4");
  }

  @Test
  void htmlWithoutTextIsEmpty() {
    assertError(() -> reader.read("blank.html",
            "<html><head><script>var x = 1;</script></head><body><nav>Menu</nav></body></html>"
                .getBytes(StandardCharsets.UTF_8)),
        "empty-input", "blank.html");
  }

  @Test
  void binaryInput() {
    byte[] nul = "abc\0\0\0def\0\1\2\3ghi\0".getBytes(StandardCharsets.ISO_8859_1);
    assertError(() -> reader.read("data.bin", nul), "binary-input", "data.bin");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertError(() -> reader.read("photo.txt", png), "binary-input", "photo.txt");
    byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    assertError(() -> reader.read("report.txt", pdf), "binary-input", "report.txt");
    byte[] controls = new byte[400];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a');
    }
    assertError(() -> reader.read("ctl.txt", controls), "binary-input", "ctl.txt");
  }

  @Test
  void tooLarge() throws Exception {
    ArticleReader small = new ArticleReader(100);
    byte[] big = "word ".repeat(30).getBytes(StandardCharsets.UTF_8);
    assertError(() -> small.read("big.txt", big), "too-large", "big.txt");
    assertError(() -> small.read("-", new ByteArrayInputStream(big)), "too-large", "-");
    Path file = dir.resolve("big-file.txt");
    Files.write(file, big);
    assertError(() -> small.read(file), "too-large", "big-file.txt");
    assertError(() -> small.parseJsonLine("in.jsonl", 9,
        "{\"id\": \"long\", \"text\": \"" + "word ".repeat(30) + "\"}"), "too-large", "line 9 (id \"long\")");
    assertThat(small.read("ok.txt", "word ".repeat(20).getBytes(StandardCharsets.UTF_8)).text())
        .hasSize(100);
    assertThat(new ArticleReader().maxBytes()).isEqualTo(10L * 1024 * 1024);
  }

  @Test
  void unknownEncoding() {
    byte[] lie = {(byte) 0xFE, (byte) 0xFF, 0x00, 'a', (byte) 0xD8, 0x00};
    assertError(() -> reader.read("odd.txt", lie), "unknown-encoding", "odd.txt");
  }

  @Test
  void badJson() {
    assertError(() -> reader.parseJsonLine("in.jsonl", 2, "{\"id\": \"a\", \"text\": "),
        "bad-json", "in.jsonl line 2");
    assertError(() -> reader.parseJsonLine("in.jsonl", 5, "{\"id\": \"b\", \"txt\": \"x\"}"),
        "bad-json", "line 5 (id \"b\"): missing \"text\" field");
    assertError(() -> reader.parseJsonLine("in.jsonl", 6, "{\"id\": \"c\", \"text\": 12}"),
        "bad-json", "\"text\" must be a string");
    assertError(() -> reader.parseJsonLine("in.jsonl", 7, "[1, 2]"), "bad-json", "line 7");
    assertError(() -> reader.parseJsonLine("in.jsonl", 8, "{\"text\": \"a\"} trailing"),
        "bad-json", "line 8");
    assertError(() -> reader.read("broken.json", "{\"text\": \"a\",}".getBytes(StandardCharsets.UTF_8)),
        "bad-json", "broken.json");
  }

  @Test
  void badDate() {
    AbstractThrowableAssert<?, ?> a = assertError(
        () -> reader.parseJsonLine("in.jsonl", 3,
            "{\"id\": \"kz\", \"text\": \"x\", \"published\": \"07/01/2022\"}"),
        "bad-date", "in.jsonl line 3 (id \"kz\")");
    a.hasMessageContaining("\"07/01/2022\"").hasMessageContaining("YYYY-MM-DD");
    assertError(() -> reader.parseJsonLine(null, 1,
            "{\"text\": \"x\", \"published\": \"2022-02-30\"}"), "bad-date", "\"2022-02-30\"");
    assertError(() -> reader.parseJsonLine(null, 1, "{\"text\": \"x\", \"published\": 20220107}"),
        "bad-date", "20220107");
  }

  @Test
  void aReaderForACorpusReadsABadDateAsNoDate() {
    ArticleReader undated = reader.withBadDatesLeftOut();
    Article a = undated.parseJsonLine("in.jsonl", 3,
        "{\"id\": \"kz\", \"text\": \"x\", \"published\": \"Dec 17, 20\"}");
    assertThat(a.published()).isNull();
    assertThat(a.id()).isEqualTo("kz");
    assertThat(undated.parseJsonLine(null, 1, "{\"text\": \"x\", \"published\": \"2022-01-07\"}")
        .published()).hasToString("2022-01-07");
    // other errors stay errors
    assertError(() -> undated.parseJsonLine(null, 1, "{\"text\": "), "bad-json", "line 1");
  }

  @Test
  void peekIdReadsTheIdOfAnUnusableLine() {
    assertThat(reader.peekId("{\"id\": \"x7\", \"text\": 3}")).contains("x7");
    assertThat(reader.peekId("{\"id\": \"x7\", ")).isEmpty();
  }

  @Test
  void missingFileIsAnIoError() {
    assertThatThrownBy(() -> reader.read(dir.resolve("nope.txt")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nope.txt");
  }

  @Test
  void rejectsNonPositiveLimit() {
    assertThatThrownBy(() -> new ArticleReader(0)).isInstanceOf(IllegalArgumentException.class);
  }

  static AbstractThrowableAssert<?, ?> assertError(Runnable r, String code, String messagePart) {
    AbstractThrowableAssert<?, ?> a =
        assertThatThrownBy(r::run).isInstanceOf(InputException.class).hasMessageContaining(messagePart);
    a.satisfies(e -> assertThat(((InputException) e).code()).isEqualTo(code));
    return a;
  }
}
