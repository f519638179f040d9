package org.sitrep.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Source;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Figure;
import org.sitrep.model.corpus.LedgerClaim;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;
import org.sitrep.store.ArticleWrite;
import org.sitrep.store.Store;

/**
 * A real DuckDB store holding a small corpus written through the store's own write path: three
 * articles and their events in two countries, one event with a ledger of conflicting claims. The
 * analyses behind them are short JSON objects shaped as {@code extract} writes them.
 */
final class Fixtures {
  static final String TEXT_A1 = "Police fired tear gas at protesters in Kisumu. Two people were killed, police said.";

  private Fixtures() {}

  static Store store(Path dir) {
    Store store = Store.open(dir.resolve("corpus.duckdb").toString());
    ReportRef a1 = new ReportRef("a1", 0);
    ReportRef a2 = new ReportRef("a2", 0);
    ReportRef b1 = new ReportRef("b1", 0);
    LedgerClaim police = new LedgerClaim("a1", 0, 47, 71, "Two people were killed", "killed", "all", 2L, 2L,
        "exact", new Source("police", "police"), false, "2023-07-12", LedgerClaim.SUPERSEDED, "later figure");
    LedgerClaim ngo = new LedgerClaim("a2", 0, 0, 23, "Nine people were killed", "killed", "all", 9L, 9L,
        "exact", new Source("Kenya Human Rights Commission", "ngo"), false, "2023-07-14", LedgerClaim.COUNTED, null);
    LedgerClaim witnesses = new LedgerClaim("a2", 1, 30, 60, "as many as 20 may have died", "killed", "all", null,
        20L, "at_most", new Source("witnesses", "witness"), true, "2023-07-14", LedgerClaim.WIDENS_RANGE, "hedged");
    CorpusEvent kisumu = new CorpusEvent("E1", "Protests", "Excessive force against protesters", "ASSAULT",
        "2023-07-12", "2023-07-12", "2023-07-12", 191245L, "Kisumu", "KE", "Kisumu", -0.1, 34.76, 1,
        "Police Forces of Kenya", "Protesters (Kenya)", 9,
        List.of(new Figure("killed", "all", 9L, 2L, 20L, "latest credible figure", true,
            List.of(police, ngo, witnesses))),
        List.of(a1, a2), List.of("a1", "a2"), "police", "protesters", "note", List.of("Herald", "Times"), List.of());
    CorpusEvent mombasa = new CorpusEvent("E2", "Protests", "Peaceful protest", "PROTEST", "2023-07-13",
        "2023-07-13", "2023-07-13", 186301L, "Mombasa", "KE", "Mombasa", -4.05, 39.66, 1,
        "Protesters (Kenya)", null, null, List.of(), List.of(), List.of("a2"), "protesters", null, null,
        List.of("Times"), List.of());
    CorpusEvent borno = new CorpusEvent("E3", "Violence against civilians", "Attack", "ASSAULT", "2024-05-19",
        "2024-05-19", "2024-05-19", 2334802L, "Konduga", "NG", "Borno", 11.65, 13.42, 1,
        "Boko Haram", "Civilians (Nigeria)", 12, List.of(), List.of(b1), List.of("b1"), "rebels", "civilians",
        null, List.of("Courier"), List.of());
    write(store, "a1", "2023-07-12", TEXT_A1, List.of(report(a1, kisumu)), List.of(kisumu));
    write(store, "a2", "2023-07-14", "Nine people were killed. A march in Mombasa was peaceful.",
        List.of(report(a2, kisumu)), List.of(kisumu, mombasa));
    write(store, "b1", "2024-05-20", "Gunmen killed 12 villagers in Konduga.", List.of(report(b1, borno)), List.of(borno));
    return store;
  }

  /** Writes one more article with one event of its own, in Niger on {@code date}. */
  static void addArticle(Store store, String articleId, String eventId, String date) {
    ReportRef r = new ReportRef(articleId, 0);
    CorpusEvent e = new CorpusEvent(eventId, "Battles", "Armed clash", "FIGHT", date, date, date, 2440485L,
        "Niamey", "NE", "Niamey", 13.51, 2.11, 1, "Military Forces of Niger", "Unidentified Armed Group (Niger)",
        3, List.of(), List.of(r), List.of(articleId), "state forces", "rebels", null, List.of("Outlet"), List.of());
    write(store, articleId, date, "Soldiers clashed with gunmen near Niamey.", List.of(report(r, e)), List.of(e));
  }

  private static Report report(ReportRef r, CorpusEvent e) {
    return new Report(r.article(), r.event(), e.type(), e.subType(), e.plover(), e.date(), e.dateEarliest(),
        e.dateLatest(), e.place(), e.placeName(), e.country(), "01", e.admin1(), e.lat(), e.lon(), 1,
        e.actor1(), e.actor1Kind(), e.actor2(), e.actor2Kind(), List.of(), List.of(), "sentence", List.of(),
        e.date(), "Outlet");
  }

  private static void write(Store store, String id, String published, String text, List<Report> reports,
      List<CorpusEvent> events) {
    List<String> ids = new ArrayList<>();
    events.forEach(e -> ids.add(e.id()));
    CorpusArticle article = new CorpusArticle(id, "url:https://example.org/" + id, "https://example.org/" + id,
        published, "Title " + id, "Outlet " + id, null, null, List.of());
    String analysis = "{\"id\":\"" + id + "\",\"published\":\"" + published + "\",\"language\":\"en\",\"text\":\""
        + text + "\",\"places\":[],\"times\":[],\"claims\":[],\"statements\":[],\"events\":[]}";
    Map<ReportRef, String> components = new java.util.HashMap<>();
    reports.forEach(r -> components.put(r.ref(), "c-" + r.article()));
    store.write(new ArticleWrite(article, analysis, new long[] {1L}, new long[] {id.hashCode()}, reports,
        Map.of(), components, Set.copyOf(ids), events));
  }
}
