package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.InputException;
import org.sitrep.model.Article;

/**
 * Articles from an RSS (0.9x, 1.0, 2.0) or Atom feed, read with ROME: each entry's content (or
 * its description when the feed carries no content) as main text, its link as URL, its
 * publication (or update) day as the date, the feed's title as the source.
 */
public final class FeedReader {
  private static final Set<String> FEED_EXTENSIONS = Set.of("rss", "atom", "rdf");

  private final HtmlExtractor html = new HtmlExtractor();

  /** Whether a file is a feed: by extension, or an XML file whose root is a feed's. */
  public static boolean isFeed(String name, byte[] head) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "" : lower.substring(dot + 1);
    if (FEED_EXTENSIONS.contains(ext)) {
      return true;
    }
    String start =
        new String(head, 0, Math.min(head.length, 2048), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return (ext.equals("xml") || start.stripLeading().startsWith("<?xml"))
        && (start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf"));
  }

  /**
   * @param name the feed's file name, for ids and messages
   * @return the entries that have text, in feed order; an entry without a link gets the id
   *     {@code name#N} (N from 1)
   * @throws InputException {@code bad-feed} when the file is not a well-formed feed
   */
  public List<Article> read(String name, byte[] bytes) {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes))) {
      feed = new SyndFeedInput().build(xml);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new InputException("bad-feed", name + ": not a readable RSS or Atom feed: " + e.getMessage(), e);
    }
    List<Article> articles = new ArrayList<>();
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      String text = text(entry);
      if (text.isBlank()) {
        continue;
      }
      String url = blankToNull(entry.getLink());
      String id = url != null ? url : blankToNull(entry.getUri());
      articles.add(
          new Article(
              id != null ? id : name + "#" + n,
              text,
              day(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
              blankToNull(entry.getTitle()),
              url,
              blankToNull(feed.getTitle())));
    }
    return articles;
  }

  private String text(SyndEntry entry) {
    StringBuilder b = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      b.append(plain(c)).append("\n\n");
    }
    if (b.toString().isBlank() && entry.getDescription() != null) {
      b.append(plain(entry.getDescription()));
    }
    return b.toString().strip();
  }

  private String plain(SyndContent c) {
    String value = c.getValue() == null ? "" : c.getValue();
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    // RSS descriptions are HTML by custom even when no type says so
    if (type.contains("html") || type.isEmpty() || HtmlExtractor.looksLikeHtml(value)) {
      return html.extract("<html><body>" + value + "</body></html>").text();
    }
    return value;
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
