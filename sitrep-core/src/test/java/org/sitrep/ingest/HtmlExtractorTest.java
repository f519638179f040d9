package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor html = new HtmlExtractor();

  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <title>Clashes in the capital | Example News</title>
        <meta property="og:title" content="Clashes in the capital">
        <meta property="article:published_time" content="2022-01-07T09:30:00+06:00">
        <style>p { color: red }</style>
        <script>var tracking = "Do not extract me";</script>
      </head>
      <body>
        <header><a href="/">Example News</a> <nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
        <div class="ad">Subscribe now for <b>50%</b> off</div>
        <article>
          <h1>Clashes in the capital</h1>
          <p>Security forces opened fire on protesters in the capital on Thursday,
             the Interior Ministry said.</p>
          <p>At least <b>26</b> people were killed and more than 3,000 were
             <a href="/arrests">arrested</a>.<br>The curfew remains in force.</p>
          <aside>Related: Fuel prices rise again</aside>
          <form><input name="email"><button>Sign up</button></form>
          <p>“The situation is under control,” the president said.</p>
        </article>
        <footer>© Example News. All rights reserved.</footer>
      </body>
      </html>
      """;

  @Test
  void extractsTheArticleWithParagraphBreaks() {
    HtmlExtractor.Extracted e = html.extract(PAGE);
    assertThat(e.text()).isEqualTo("""
        Clashes in the capital

        Security forces opened fire on protesters in the capital on Thursday, the Interior Ministry said.

        At least 26 people were killed and more than 3,000 were arrested.
        The curfew remains in force.

        “The situation is under control,” the president said.""");
    assertThat(e.title()).isEqualTo("Clashes in the capital");
    assertThat(e.published()).isEqualTo(LocalDate.of(2022, 1, 7));
  }

  @Test
  void withoutArticleTheDensestParagraphBlockWins() {
    String page = "<html><head><title>T</title></head><body>"
        + "<div id=menu><p>Home</p><p>About</p></div>"
        + "<div id=story><p>Gunmen attacked a village in the north on Sunday night.</p>"
        + "<p>Eleven people died, local officials said.</p></div>"
        + "<div id=side><p>Most read: weather</p></div>"
        + "<time datetime=\"2021-11-28\">28 Nov</time></body></html>";
    HtmlExtractor.Extracted e = html.extract(page);
    assertThat(e.text()).isEqualTo(
        "Gunmen attacked a village in the north on Sunday night.\n\n"
            + "Eleven people died, local officials said.");
    assertThat(e.title()).isEqualTo("T");
    assertThat(e.published()).isEqualTo(LocalDate.of(2021, 11, 28));
  }

  @Test
  void brokenHtmlStillYieldsText() {
    HtmlExtractor.Extracted e =
        html.extract("<p>Police arrested <b>four men<p>Two were released <i>later");
    assertThat(e.text()).isEqualTo("Police arrested four men\n\nTwo were released later");
    assertThat(e.title()).isNull();
    assertThat(e.published()).isNull();
  }

  @Test
  void noTextGivesEmptyText() {
    assertThat(html.extract("<html><body><script>x()</script><nav>Menu</nav></body></html>").text())
        .isEmpty();
  }

  @Test
  void nonsenseDatesAreIgnored() {
    String page = "<html><head><meta property=\"article:published_time\" content=\"yesterday\">"
        + "</head><body><p>Text.</p></body></html>";
    assertThat(html.extract(page).published()).isNull();
  }

  @Test
  void sniffsHtml() {
    assertThat(HtmlExtractor.looksLikeHtml("<!doctype html><p>x")).isTrue();
    assertThat(HtmlExtractor.looksLikeHtml("Text <b>bold</b> and <i>more</i> <p>x</p>")).isFalse();
    assertThat(HtmlExtractor.looksLikeHtml("<div><p>a</p><p>b</p></div>")).isTrue();
    assertThat(HtmlExtractor.looksLikeHtml("Police said 3 < 4.")).isFalse();
  }
}
