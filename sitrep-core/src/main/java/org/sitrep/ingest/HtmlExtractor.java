package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of a news page: jsoup parses (any HTML, however broken), boilerplate elements are
 * dropped, and the text of the article body is kept with one blank line between paragraphs.
 *
 * <p>The body is the {@code <article>} (the one with the most paragraph text if there are several),
 * else {@code <main>} or {@code [role=main]}, else the element whose direct {@code <p>} children hold
 * the most text (the "densest paragraph block" heuristic of boilerplate removers), else the whole
 * {@code <body>}. Thread-safe and stateless.
 */
public final class HtmlExtractor {
  /** What a page yields. {@code published} is null when the page does not say or says nonsense. */
  public record Extracted(String text, String title, LocalDate published) {}

  private static final String BOILERPLATE =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " select, textarea, object, embed, canvas, [hidden], [aria-hidden=true], [role=navigation],"
          + " [role=banner], [role=contentinfo], [role=complementary]";

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figcaption", "figure",
          "address", "hr", "body", "center", "details", "summary");

  private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

  public Extracted extract(String html) {
    Document doc = Jsoup.parse(html);
    String title = title(doc);
    LocalDate published = published(doc);
    doc.select(BOILERPLATE).remove();
    Element body = mainElement(doc);
    String text = body == null ? "" : render(body);
    return new Extracted(text, title, published);
  }

  private static String title(Document doc) {
    for (String q : List.of("meta[property=og:title]", "meta[name=twitter:title]")) {
      Element m = doc.selectFirst(q);
      if (m != null && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    String t = doc.title();
    return t == null || t.isBlank() ? null : t.strip();
  }

  private static LocalDate published(Document doc) {
    List<String> queries =
        List.of(
            "meta[property=article:published_time]",
            "meta[name=article:published_time]",
            "meta[itemprop=datePublished]",
            "meta[name=pubdate]",
            "meta[name=publishdate]",
            "meta[name=date]",
            "meta[name=dc.date.issued]",
            "meta[name=DC.date.issued]");
    for (String q : queries) {
      Element m = doc.selectFirst(q);
      if (m != null) {
        LocalDate d = isoDay(m.attr("content"));
        if (d != null) {
          return d;
        }
      }
    }
    for (Element t : doc.select("time[datetime]")) {
      LocalDate d = isoDay(t.attr("datetime"));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate isoDay(String s) {
    Matcher m = ISO_DAY.matcher(s);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Element mainElement(Document doc) {
    Element best = densest(doc.select("article"));
    if (best != null && paragraphText(best) > 0) {
      return best;
    }
    best = densest(doc.select("main, [role=main]"));
    if (best != null && !best.text().isBlank()) {
      return best;
    }
    Element densest = null;
    int most = 0;
    for (Element e : doc.getAllElements()) {
      int n = directParagraphText(e);
      if (n > most) {
        most = n;
        densest = e;
      }
    }
    if (densest != null) {
      return densest;
    }
    return doc.body();
  }

  private static Element densest(Elements candidates) {
    Element best = null;
    int most = -1;
    for (Element e : candidates) {
      int n = paragraphText(e);
      if (n > most) {
        most = n;
        best = e;
      }
    }
    return best;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n == 0 ? e.text().length() / 4 : n;
  }

  private static int directParagraphText(Element e) {
    int n = 0;
    for (Element c : e.children()) {
      if (c.normalName().equals("p")) {
        n += c.text().length();
      }
    }
    return n;
  }

  /** Text of {@code root} with blank lines between blocks and single newlines for {@code <br>}. */
  static String render(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              appendInline(out, t.getWholeText(), inPre(t));
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("br")) {
                trimTrailingSpace(out);
                out.append('\n');
              } else if (BLOCKS.contains(tag)) {
                paragraphBreak(out);
              } else if (tag.equals("td") || tag.equals("th")) {
                if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                  out.append(' ');
                }
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              paragraphBreak(out);
            }
          }
        },
        root);
    return tidy(out.toString());
  }

  private static boolean inPre(TextNode t) {
    for (Node p = t.parent(); p != null; p = p.parent()) {
      if (p instanceof Element e && e.normalName().equals("pre")) {
        return true;
      }
    }
    return false;
  }

  private static void appendInline(StringBuilder out, String s, boolean pre) {
    if (pre) {
      out.append(s);
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00A0') {
        c = ' ';
      }
      if (Character.isWhitespace(c)) {
        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  private static void trimTrailingSpace(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }

  private static void paragraphBreak(StringBuilder out) {
    trimTrailingSpace(out);
    if (out.length() == 0) {
      return;
    }
    if (out.charAt(out.length() - 1) != '\n') {
      out.append("\n\n");
    } else if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
      out.append('\n');
    }
  }

  /** Lines stripped of edge spaces, at most one blank line in a row, no blank start or end. */
  private static String tidy(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int blank = 0;
    for (String line : s.split("\n", -1)) {
      String l = line.strip();
      if (l.isEmpty()) {
        blank++;
        continue;
      }
      if (sb.length() > 0) {
        sb.append(blank > 0 ? "\n\n" : "\n");
      }
      sb.append(l);
      blank = 0;
    }
    return sb.toString();
  }

  static boolean looksLikeHtml(String text) {
    int n = Math.min(text.length(), 4096);
    String head = text.substring(0, n).toLowerCase(Locale.ROOT);
    String start = head.stripLeading();
    if (start.startsWith("<!doctype") || start.startsWith("<html") || head.contains("<html")
        || head.contains("<body") || head.contains("<!doctype html")) {
      return true;
    }
    Matcher m = TAG.matcher(head);
    int tags = 0;
    int tagChars = 0;
    while (m.find()) {
      tags++;
      tagChars += m.end() - m.start();
    }
    return tags >= 8 && tagChars * 10 >= n || (start.startsWith("<") && tags >= 3);
  }

  private static final Pattern TAG =
      Pattern.compile(
          "</?(?:p|div|span|a|br|b|i|em|strong|h[1-6]|ul|ol|li|table|tr|td|img|meta|link|section"
              + "|article|head|title|script|style)(?:\\s[^<>]*)?/?>");
}
