package org.sitrep.corpus;

import java.util.List;
import java.util.Map;
import org.sitrep.model.corpus.Figure;
import org.sitrep.model.corpus.Report;

/**
 * Settles the figures of one event: per measure and subject kind, the ledger of every claim and a
 * best / low / high estimate as UCDP's GED defines them, with the rule that chose them.
 */
public final class Reconciliation {
  private Reconciliation() {}

  /**
   * @param reports the reports of one event, with their claims
   * @param duplicateOf for each near-duplicate article, the article it copies
   */
  public static List<Figure> figures(List<Report> reports, Map<String, String> duplicateOf) {
    throw new UnsupportedOperationException("TODO");
  }

  /** The event's fatalities: its best killed figure, or null when no claim counts the dead. */
  public static Integer fatalities(List<Figure> figures) {
    throw new UnsupportedOperationException("TODO");
  }
}
