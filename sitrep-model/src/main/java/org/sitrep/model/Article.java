package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as sitrep received it. {@code text} is exactly what every offset in the output
 * points into (for HTML input: the extracted main text).
 *
 * @param published the publication date that anchors relative dates; null when unknown
 */
public record Article(
    String id, String text, LocalDate published, String title, String url, String source) {
  public Article {
    Objects.requireNonNull(text, "text");
  }

  public static Article of(String id, String text, LocalDate published) {
    return new Article(id, text, published, null, null, null);
  }
}
