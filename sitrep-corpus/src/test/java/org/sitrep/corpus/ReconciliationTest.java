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
import org.sitrep.model.corpus.Figure;
import org.sitrep.model.corpus.LedgerClaim;
import org.sitrep.model.corpus.Report;

class ReconciliationTest {
  private static final Source POLICE = new Source("police", "police");
  private static final Source HOSPITAL = new Source("Kisumu hospital", "medical");
  private static final Source ARMY = new Source("the army", "military");
  private static final Source REBELS = new Source("M23", "rebels");
  private static final String LATEST = "latest credible figure";
  private static final String LATEST_WIDENED =
      "latest credible figure; hedged or partisan figures only widen high";

  // --- builders ---

  /** A claim builder: killed people, exact, unattributed, firm, undated unless told. */
  private static final class C {
    String measure = "killed";
    String subject = "people";
    String subjectKind = "civilians";
    Long low;
    Long high;
    String approx = "exact";
    Source source = Source.UNATTRIBUTED;
    boolean hedged;
    String asOf;

    C measure(String m) {
      measure = m;
      return this;
    }

    C subject(String s, String kind) {
      subject = s;
      subjectKind = kind;
      return this;
    }

    C range(Long lo, Long hi, String a) {
      low = lo;
      high = hi;
      approx = a;
      return this;
    }

    C from(Source s) {
      source = s;
      return this;
    }

    C hedged() {
      hedged = true;
      return this;
    }

    C asOf(String d) {
      asOf = d;
      return this;
    }

    Claim build() {
      return new Claim(0, 10, "claim", measure, subject, subjectKind, low, high, approx, source,
          hedged, asOf, null, 0, measure, -1);
    }
  }

  private static C exactly(long n) {
    C c = new C();
    c.low = n;
    c.high = n;
    return c;
  }

  private static Report report(String article, String published, C... claims) {
    List<Integer> indexes = new ArrayList<>();
    List<Claim> built = new ArrayList<>();
    for (int i = 0; i < claims.length; i++) {
      indexes.add(i);
      built.add(claims[i].build());
    }
    return report(article, 0, published, built, indexes);
  }

  private static Report report(String article, int event, String published, List<Claim> claims,
      List<Integer> indexes) {
    return new Report(article, event, "Protests", null, null, published, published, published,
        null, null, "KE", null, null, null, null, null, null, null, null, null, claims, indexes,
        "sentence",
        List.of(), published, "Daily Nation");
  }

  private static List<Figure> figures(Report... reports) {
    return Reconciliation.figures(List.of(reports), Map.of());
  }

  private static Figure only(List<Figure> figures) {
    assertThat(figures).hasSize(1);
    return figures.get(0);
  }

  private static List<String> statuses(Figure f) {
    return f.claims().stream().map(LedgerClaim::status).toList();
  }

  private static List<String> whys(Figure f) {
    return f.claims().stream().map(LedgerClaim::why).toList();
  }

  // --- tests ---

  @Test
  void policeTollRisingOverThreeDaysSupersedesItself() {
    Figure f = only(figures(
        report("a3", "2022-01-08", exactly(8).from(POLICE)),
        report("a1", "2022-01-06", exactly(3).from(POLICE)),
        report("a2", "2022-01-07", exactly(5).from(new Source("Police", "police")))));
    assertThat(f.measure()).isEqualTo("killed");
    assertThat(f.subjectKind()).isEqualTo("all");
    assertThat(f.best()).isEqualTo(8L);
    assertThat(f.low()).isEqualTo(8L);
    assertThat(f.high()).isEqualTo(8L);
    assertThat(f.rule()).isEqualTo(LATEST);
    assertThat(f.conflict()).isFalse();
    assertThat(f.claims()).extracting(LedgerClaim::article).containsExactly("a1", "a2", "a3");
    assertThat(statuses(f)).containsExactly("superseded", "superseded", "counted");
    assertThat(whys(f)).containsExactly(
        "later figure from the same source (2022-01-07)",
        "later figure from the same source (2022-01-08)",
        "credible source");
  }

  @Test
  void sameSourceLaterLowerFigureStillSupersedes() {
    Figure f = only(figures(
        report("a1", "2022-01-06", exactly(9).from(POLICE)),
        report("a2", "2022-01-07", exactly(6).from(POLICE))));
    assertThat(statuses(f)).containsExactly("superseded", "counted");
    assertThat(List.of(f.best(), f.low(), f.high())).containsExactly(6L, 6L, 6L);
  }

  @Test
  void laterHigherFigureFromAnotherSourceSupersedes() {
    Figure f = only(figures(
        report("a1", "2022-01-06", exactly(3).from(POLICE)),
        report("a2", "2022-01-07", exactly(7).from(HOSPITAL))));
    assertThat(statuses(f)).containsExactly("superseded", "counted");
    assertThat(whys(f).get(0)).isEqualTo("later higher figure from Kisumu hospital (2022-01-07)");
    assertThat(List.of(f.best(), f.low(), f.high())).containsExactly(7L, 7L, 7L);
    assertThat(f.conflict()).isFalse();
  }

  @Test
  void hedgedHigherFigureOnlyWidensHigh() {
    Figure f = only(figures(
        report("a1", "2022-01-06", exactly(5).from(POLICE)),
        report("a2", "2022-01-07", exactly(20).from(new Source("witnesses", "witness")).hedged(),
            new C().range(24L, null, "vague").asOf("2022-01-07"))));
    assertThat(f.best()).isEqualTo(5L);
    assertThat(f.low()).isEqualTo(5L);
    assertThat(f.high()).isEqualTo(24L);
    assertThat(f.rule()).isEqualTo(LATEST_WIDENED);
    assertThat(f.conflict()).isFalse();
    assertThat(statuses(f)).containsExactly("counted", "widens-range", "widens-range");
    assertThat(whys(f)).containsExactly("credible source", "hedged", "vague figure");
  }

  @Test
  void partisanFigureOnlyWidensAndAloneGivesNoBest() {
    List<Figure> fs = figures(
        report("a1", "2022-03-01",
            exactly(4).subject("soldiers", "state forces").from(ARMY),
            exactly(40).subject("soldiers", "state forces").from(REBELS),
            exactly(12).subject("rebels", "rebels").from(new Source("opposition spokesman",
                "government"))));
    assertThat(fs).extracting(Figure::subjectKind).containsExactly("rebels", "state forces");
    Figure rebels = fs.get(0);
    assertThat(rebels.best()).isNull();
    assertThat(rebels.low()).isNull();
    assertThat(rebels.high()).isEqualTo(12L);
    assertThat(rebels.rule())
        .isEqualTo("no credible figure; hedged or partisan figures only widen high");
    assertThat(whys(rebels)).containsExactly("partisan source (opposition spokesman)");
    Figure soldiers = fs.get(1);
    assertThat(List.of(soldiers.best(), soldiers.low(), soldiers.high()))
        .containsExactly(4L, 4L, 40L);
    assertThat(soldiers.rule()).isEqualTo(LATEST_WIDENED);
    assertThat(statuses(soldiers)).containsExactly("counted", "widens-range");
    assertThat(whys(soldiers).get(1)).isEqualTo("partisan source (M23)");
    assertThat(Reconciliation.fatalities(fs)).isEqualTo(4);
  }

  @Test
  void laterLowerFigureFromAnotherSourceStandsAndConflicts() {
    Figure f = only(figures(
        report("a1", "2023-07-12", exactly(30).from(POLICE)),
        report("a2", "2023-07-13", exactly(12).from(HOSPITAL))));
    assertThat(statuses(f)).containsExactly("counted", "counted");
    assertThat(f.best()).isEqualTo(12L);
    assertThat(f.low()).isEqualTo(12L);
    assertThat(f.high()).isEqualTo(30L);
    assertThat(f.conflict()).isTrue();
    assertThat(f.rule()).isEqualTo(LATEST);
  }

  @Test
  void overlappingRangesDoNotConflictAndSameDayTakesTheHighest() {
    Figure f = only(figures(
        report("a1", "2023-07-12", new C().range(10L, null, "at_least").from(POLICE)),
        report("a2", "2023-07-12", exactly(14).from(HOSPITAL))));
    assertThat(statuses(f)).containsExactly("counted", "counted");
    assertThat(List.of(f.best(), f.low(), f.high())).containsExactly(14L, 10L, 14L);
    assertThat(f.rule()).isEqualTo("highest of the latest credible figures");
    assertThat(f.conflict()).isFalse();
  }

  @Test
  void nearDuplicateArticleRepeatingAClaimIsDuplicate() {
    Report original = report("a1", "2023-07-12", exactly(7).from(POLICE));
    Report copy = report("a2", "2023-07-12", exactly(7).from(new Source("Police", "police")),
        exactly(9).from(HOSPITAL));
    List<Figure> fs = Reconciliation.figures(List.of(copy, original), Map.of("a2", "a1"));
    Figure f = only(fs);
    assertThat(f.claims()).extracting(LedgerClaim::article).containsExactly("a1", "a2", "a2");
    assertThat(statuses(f)).containsExactly("counted", "duplicate", "counted");
    assertThat(whys(f).get(1)).isEqualTo("repeats article a1 (near-duplicate article)");
    assertThat(List.of(f.best(), f.low(), f.high())).containsExactly(9L, 7L, 9L);
  }

  @Test
  void sameClaimCitedByTwoReportsAppearsOnce() {
    Claim c = exactly(3).from(POLICE).build();
    Report e0 = report("a1", 0, "2023-07-12", List.of(c), List.of(2));
    Report e1 = report("a1", 1, "2023-07-12", List.of(c), List.of(2));
    Figure f = only(Reconciliation.figures(List.of(e0, e1), Map.of()));
    assertThat(f.claims()).hasSize(1);
    assertThat(f.claims().get(0).claim()).isEqualTo(2);
    assertThat(f.claims().get(0).status()).isEqualTo("counted");
  }

  @Test
  void unattributedFigureIsTheOutletsOwnAndCounted() {
    Figure f = only(figures(report("a1", "2023-07-12", exactly(6))));
    assertThat(statuses(f)).containsExactly("counted");
    assertThat(whys(f)).containsExactly("unattributed: the outlet's own reporting");
    assertThat(List.of(f.best(), f.low(), f.high())).containsExactly(6L, 6L, 6L);
    assertThat(f.claims().get(0).asOf()).isEqualTo("2023-07-12");
  }

  @Test
  void openEndedFigureRaisesHighByItsLow() {
    Figure f = only(figures(
        report("a1", "2023-07-12", new C().range(201L, null, "more_than").from(POLICE))));
    assertThat(List.of(f.best(), f.low(), f.high())).containsExactly(201L, 201L, 201L);
  }

  @Test
  void specificKindsAreSummedForFatalities() {
    List<Figure> fs = figures(report("a1", "2023-07-12",
        exactly(3).subject("civilians", "civilians"),
        exactly(2).subject("police officers", "police"),
        exactly(10).measure("injured")));
    assertThat(fs).extracting(f -> f.measure() + "/" + f.subjectKind())
        .containsExactly("killed/civilians", "killed/state forces", "injured/all");
    assertThat(Reconciliation.fatalities(fs)).isEqualTo(5);

    List<Figure> withAll = figures(report("a1", "2023-07-12",
        exactly(3).subject("civilians", "civilians"),
        exactly(2).subject("soldiers", "state forces"),
        exactly(4).subject("people", "civilians")));
    assertThat(withAll).extracting(Figure::subjectKind)
        .containsExactly("all", "civilians", "state forces");
    assertThat(Reconciliation.fatalities(withAll)).isEqualTo(5);

    List<Figure> allLarger = figures(report("a1", "2023-07-12",
        exactly(3).subject("civilians", "civilians"),
        exactly(9).subject(null, null)));
    assertThat(Reconciliation.fatalities(allLarger)).isEqualTo(9);
    assertThat(Reconciliation.fatalities(figures(report("a1", "2023-07-12",
        exactly(10).measure("injured"))))).isNull();
  }

  @Test
  void shuffledInputGivesIdenticalFigures() {
    List<Report> reports = new ArrayList<>(List.of(
        report("a1", "2022-01-06", exactly(3).from(POLICE), exactly(40).from(REBELS)),
        report("a2", "2022-01-07", exactly(5).from(POLICE), exactly(12).measure("arrested")),
        report("a3", "2022-01-07", exactly(5).from(POLICE), exactly(9).from(HOSPITAL).hedged()),
        report("a4", "2022-01-08", exactly(2).from(HOSPITAL),
            exactly(1).subject("a soldier", "state forces")),
        report("a5", null, exactly(4))));
    Map<String, String> dup = Map.of("a3", "a2");
    List<Figure> expected = Reconciliation.figures(reports, dup);
    assertThat(expected).hasSize(3);
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(reports, random);
      assertThat(Reconciliation.figures(reports, dup)).isEqualTo(expected);
    }
    Figure killed = expected.get(0);
    assertThat(killed.claims()).extracting(c -> c.article() + ":" + c.status()).containsExactly(
        "a1:superseded", "a1:widens-range", "a2:counted", "a3:duplicate", "a3:widens-range",
        "a4:counted", "a5:counted");
    assertThat(List.of(killed.best(), killed.low(), killed.high())).containsExactly(2L, 2L, 40L);
    assertThat(killed.conflict()).isTrue();
  }

  @Test
  void emptyInputGivesNoFigures() {
    assertThat(Reconciliation.figures(List.of(), Map.of())).isEmpty();
    assertThat(Reconciliation.fatalities(List.of())).isNull();
  }
}
