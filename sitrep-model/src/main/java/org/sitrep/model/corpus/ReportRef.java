package org.sitrep.model.corpus;

import java.util.Comparator;
import java.util.Objects;

/** An article's event by article id and index into that article's {@code events}. */
public record ReportRef(String article, int event) implements Comparable<ReportRef> {
  private static final Comparator<ReportRef> ORDER =
      Comparator.comparing(ReportRef::article).thenComparingInt(ReportRef::event);

  public ReportRef {
    Objects.requireNonNull(article, "article");
  }

  /** {@code article#event}, the form merge decisions and logs use. */
  @Override
  public String toString() {
    return article + "#" + event;
  }

  @Override
  public int compareTo(ReportRef o) {
    return ORDER.compare(this, o);
  }
}
