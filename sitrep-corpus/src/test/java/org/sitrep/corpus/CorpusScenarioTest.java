package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Source;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Figure;
import org.sitrep.model.corpus.LedgerClaim;
import org.sitrep.model.corpus.Report;

/**
 * A corpus written for this test, as the extractor reports it: three outlets on one protest in
 * Kisumu over three days with a rising and disputed toll, a wire copy of one of them, a raid in
 * the same city two days later, a march in Mombasa the same day. Checks clusters, the ledger,
 * best/low/high and the rules exactly, in every arrival order.
 */
class CorpusScenarioTest {
  private static final Source POLICE = new Source("police", "police");
  private static final Source KHRC = new Source("Kenya Human Rights Commission", "ngo");
  private static final Source WITNESSES = new Source("witnesses", "witness");

  private static Claim killed(Long low, Long high, String approx, Source source, boolean hedged, String asOf) {
    return new Claim(10, 40, "killed " + low + ".." + high, "killed", "people", null, low, high,
        approx, source, hedged, asOf, 191245L, 1, "killed", 20);
  }

  private static Claim arrested(long n, String asOf) {
    return new Claim(50, 70, n + " people were arrested", "arrested", "people", null, n, n, "exact",
        POLICE, false, asOf, 191245L, 2, "arrested", 60);
  }

  private static Report report(String article, String published, String outlet, String type,
      String subType, String date, long place, String placeName, double lat, double lon,
      String actor1, String actor2, String sentence, Claim... claims) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < claims.length; i++) {
      indexes.add(i);
    }
    return new Report(article, 0, type, subType, "PROTEST", date, date, date, place, placeName,
        "KE", "17", "Kisumu", lat, lon, 1, actor1, actor1 == null ? null : "state forces", actor2,
        actor2 == null ? null : "protesters", List.of(claims), indexes, sentence, List.of(),
        published, outlet);
  }

  private static Report kisumu(String article, String published, String outlet, String sentence, Claim... claims) {
    return report(article, published, outlet, "Protests", "Excessive force against protesters",
        "2023-07-12", 191245L, "Kisumu", -0.10, 34.76, "Police Forces of Kenya", "Protesters (Kenya)",
        sentence, claims);
  }

  private static final String WIRE_SENTENCE =
      "The death toll from Wednesday's protests in Kisumu has risen to five, police said.";

  static List<Report> corpus() {
    return List.of(
        kisumu("a1", "2023-07-12", "Lakeside Herald",
            "Police fired tear gas at protesters in Kisumu; at least two people were killed, police said.",
            killed(2L, null, "at_least", POLICE, false, "2023-07-12")),
        kisumu("a2", "2023-07-13", "Western Standard", WIRE_SENTENCE,
            killed(5L, 5L, "exact", POLICE, false, "2023-07-13"), arrested(30, "2023-07-13")),
        kisumu("a3", "2023-07-14", "Rift Valley Times",
            "Nine people were killed when police fired on protesters in Kisumu, the commission said.",
            killed(9L, 9L, "exact", KHRC, false, "2023-07-14"),
            killed(5L, 5L, "exact", POLICE, false, "2023-07-14"),
            killed(null, 20L, "at_most", WITNESSES, true, "2023-07-14")),
        kisumu("a4", "2023-07-13", "Pan-African Wire", WIRE_SENTENCE,
            killed(5L, 5L, "exact", POLICE, false, "2023-07-13"), arrested(30, "2023-07-13")),
        report("a5", "2023-07-15", "Lakeside Herald", "Violence against civilians", "Attack",
            "2023-07-14", 191245L, "Kisumu", -0.10, 34.76, "Unidentified Armed Group (Kenya)", null,
            "Gunmen attacked a bank in Kisumu on Friday, killing a security guard.",
            killed(1L, 1L, "exact", POLICE, false, "2023-07-15")),
        report("a6", "2023-07-12", "Coast Daily", "Protests", "Peaceful protest", "2023-07-12",
            186301L, "Mombasa", -4.05, 39.66, null, null,
            "Hundreds of protesters marched peacefully through Mombasa on Wednesday."));
  }

  private static final Map<String, String> COPIES = Map.of("a4", "a2");

  @Test
  void reportsOfOneProtestMergeAndTheOthersStayApart() {
    List<CorpusEvent> events = Recluster.of(corpus(), COPIES).events();
    assertThat(events).hasSize(3);
    CorpusEvent protest = only(events, "a1");
    assertThat(protest.reports()).extracting(r -> r.article()).containsExactly("a1", "a2", "a3", "a4");
    // the wire copy is one of the reports but not a source of its own
    assertThat(protest.articles()).containsExactly("a1", "a2", "a3");
    assertThat(only(events, "a5").articles()).containsExactly("a5");
    assertThat(only(events, "a6").articles()).containsExactly("a6");
    assertThat(protest.placeName()).isEqualTo("Kisumu");
    assertThat(protest.date()).isEqualTo("2023-07-12");
    assertThat(protest.sources()).containsExactly("Lakeside Herald", "Western Standard", "Pan-African Wire", "Rift Valley Times");
  }

  @Test
  void theTollIsReconciledWithItsLedger() {
    CorpusEvent protest = only(Recluster.of(corpus(), COPIES).events(), "a1");
    Figure killed = figure(protest, "killed");
    assertThat(killed.subjectKind()).isEqualTo("all");
    assertThat(killed.best()).isEqualTo(9L);
    assertThat(killed.low()).isEqualTo(5L);
    assertThat(killed.high()).isEqualTo(20L);
    assertThat(killed.conflict()).isTrue();
    assertThat(killed.rule()).isEqualTo(
        "highest of the latest credible figures; hedged or partisan figures only widen high");
    assertThat(killed.claims())
        .extracting(LedgerClaim::article, LedgerClaim::low, LedgerClaim::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a1", 2L, LedgerClaim.SUPERSEDED),
            org.assertj.core.groups.Tuple.tuple("a2", 5L, LedgerClaim.SUPERSEDED),
            org.assertj.core.groups.Tuple.tuple("a4", 5L, LedgerClaim.DUPLICATE),
            org.assertj.core.groups.Tuple.tuple("a3", 9L, LedgerClaim.COUNTED),
            org.assertj.core.groups.Tuple.tuple("a3", 5L, LedgerClaim.COUNTED),
            org.assertj.core.groups.Tuple.tuple("a3", null, LedgerClaim.WIDENS_RANGE));
    assertThat(protest.fatalities()).isEqualTo(9);
    Figure arrests = figure(protest, "arrested");
    assertThat(arrests.best()).isEqualTo(30L);
    assertThat(arrests.claims()).extracting(LedgerClaim::status)
        .containsExactly(LedgerClaim.COUNTED, LedgerClaim.DUPLICATE);
  }

  @Test
  void everyArrivalOrderGivesTheSameCorpus() {
    List<CorpusEvent> expected = Recluster.of(corpus(), COPIES).events();
    for (int seed = 0; seed < 20; seed++) {
      List<Report> shuffled = new ArrayList<>(corpus());
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(Recluster.of(shuffled, COPIES).events()).isEqualTo(expected);
    }
  }

  @Test
  void anIncrementalBuildEqualsTheBatchOne() {
    // articles arriving one by one, each re-clustering only the components it touches, as ingest does
    List<CorpusEvent> batch = Recluster.of(corpus(), COPIES).events();
    List<Report> reversed = new ArrayList<>(corpus());
    Collections.reverse(reversed);
    Map<org.sitrep.model.corpus.ReportRef, String> components = new java.util.HashMap<>();
    Map<String, CorpusEvent> events = new java.util.TreeMap<>();
    List<Report> stored = new ArrayList<>();
    for (Report r : reversed) {
      java.util.Set<String> touched = new java.util.HashSet<>();
      for (Report s : stored) {
        if (Clustering.candidate(r, s)) {
          touched.add(components.get(s.ref()));
        }
      }
      List<Report> affected = new ArrayList<>(List.of(r));
      stored.stream().filter(s -> touched.contains(components.get(s.ref()))).forEach(affected::add);
      events.values().removeIf(e -> e.reports().stream().anyMatch(ref -> touched.contains(components.get(ref))));
      Recluster.Result result = Recluster.of(affected, COPIES);
      components.putAll(result.components());
      result.events().forEach(e -> events.put(e.id(), e));
      stored.add(r);
    }
    assertThat(new ArrayList<>(events.values())).isEqualTo(batch);
  }

  private static CorpusEvent only(List<CorpusEvent> events, String article) {
    return events.stream()
        .filter(e -> e.reports().stream().anyMatch(r -> r.article().equals(article)))
        .findFirst()
        .orElseThrow();
  }

  private static Figure figure(CorpusEvent e, String measure) {
    return e.figures().stream().filter(f -> f.measure().equals(measure)).findFirst().orElseThrow();
  }
}
