package org.sitrep.export;

import java.util.List;
import org.sitrep.model.Source;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Figure;
import org.sitrep.model.corpus.LedgerClaim;
import org.sitrep.model.corpus.MergeDecision;
import org.sitrep.model.corpus.ReportRef;

/** Hand-made corpus events for the tests. */
final class Events {
  private Events() {}

  static final String NOTE = "Police fired live rounds, \"to disperse\" marchers, in Kisumu; 9 died";

  /** Police shooting protesters in Kisumu: every field set. */
  static CorpusEvent kisumu() {
    LedgerClaim c1 = new LedgerClaim("a1", 0, 10, 30, "five people were killed", "killed", "all",
        5L, 5L, "exact", new Source("police", "police"), false, "2023-07-12",
        LedgerClaim.SUPERSEDED, "same source's later figure");
    LedgerClaim c2 = new LedgerClaim("a2", 1, 40, 60, "at least nine dead", "killed", "all", 9L,
        null, "at least", new Source("Kenya Red Cross", "ngo"), false, "2023-07-13",
        LedgerClaim.COUNTED, "latest credible figure");
    Figure killed = new Figure("killed", "all", 9L, 5L, 20L,
        "latest credible figure; hedged or partisan figures only widen high", true,
        List.of(c1, c2));
    Figure injured = new Figure("injured", "all", 30L, 30L, 30L, "only figure", false, List.of());
    return new CorpusEvent("E42", "Protests", "Excessive force against protesters", "ASSAULT",
        "2023-07-12", "2023-07-12", "2023-07-12", 179330L, "Kisumu", "KE", "Kisumu", -0.1,
        34.75, 1, "Police Forces of Kenya", "Protesters (Kenya)", 9, List.of(injured, killed),
        List.of(new ReportRef("a1", 0), new ReportRef("a2", 1), new ReportRef("a4", 0)),
        List.of("a1", "a2", "a4"), "state forces", "protesters", NOTE,
        List.of("The Standard", "Nation"),
        List.of(new MergeDecision(new ReportRef("a1", 0), new ReportRef("a2", 1), 6.5, true,
            List.of("same place +2.0"))));
  }

  /** A riot known only to the week, with no coordinates, no actor2 and no figures. */
  static CorpusEvent bare() {
    return new CorpusEvent("E7", "Riots", "Violent demonstration", "ASSAULT", null, "2023-07-01",
        "2023-07-06", null, null, "KE", null, null, null, 3, "Rioters (Kenya)", null, null,
        List.of(), List.of(new ReportRef("a9", 0)), List.of("a9"), "rioters", null, null,
        List.of(), List.of());
  }

  /** Gunmen shelling a village in Afghanistan: civilians as actor2, unknown kind for actor1. */
  static CorpusEvent shelling() {
    return new CorpusEvent("E9", "Explosions/Remote violence", "Shelling/artillery/missile attack",
        "ASSAULT", "2023-03-02", "2023-03-02", "2023-03-02", null, "Kunduz", "AF", "Kunduz", 36.7,
        68.9, 2, "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)", 0,
        List.of(), List.of(), List.of("b1"), null, "civilians", "Shells hit a village.",
        List.of("Pajhwok"), List.of());
  }

  static CorpusArticle article() {
    return new CorpusArticle("a3", "url:https://example.org/a3", "https://example.org/a3",
        "2023-07-13", "Nine killed, \"police say\"", "Nation", "a2", 0.93, List.of("E42"));
  }
}
