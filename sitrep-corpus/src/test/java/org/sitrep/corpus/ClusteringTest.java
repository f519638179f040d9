package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.corpus.MergeDecision;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;

class ClusteringTest {
  private static final long CITY = 4887398L;

  /** A report with the fields the tests vary; the rest as an extractor would fill them. */
  private static Report report(String article, int index, String type, String subType,
      String day, String country, long place, double lat, double lon, int precision,
      String actor1, long killed, long injured, String sentence, List<String> names) {
    List<Claim> claims = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    if (killed >= 0) {
      claims.add(claim("killed", killed));
      indexes.add(0);
    }
    if (injured >= 0) {
      claims.add(claim("injured", injured));
      indexes.add(1);
    }
    return new Report(article, index, type, subType, null, day, day, day, place, "Place" + place,
        country, "IL", null, lat, lon, precision, actor1, null, null, null, claims, indexes,
        sentence, names, day, "outlet-" + article);
  }

  private static Claim claim(String measure, long n) {
    return new Claim(0, 1, String.valueOf(n), measure, null, null, n, null, null, null, false,
        null, null, 0, measure, -1);
  }

  private static Report shootingA(String article, String day) {
    return report(article, 0, "Violence against civilians", "Attack", day, "US", CITY, 41.85,
        -87.65, 1, "Unidentified Armed Group (United States)", 1, 2,
        "A 17-year-old boy was killed and two men wounded in a drive-by shooting in the 7900 block"
            + " of South Halsted Street",
        List.of("chicago police department", "darnell jones"));
  }

  private static Report shootingB(String article, String day) {
    return report(article, 0, "Violence against civilians", "Attack", day, "US", CITY, 41.88,
        -87.70, 1, "Unidentified Armed Group (United States)", 0, 1,
        "A woman was wounded by gunfire while sitting in a parked car on North Pulaski Road",
        List.of("chicago police department", "maria lopez"));
  }

  private static Report riot(String article, String day, String sentence, long injured) {
    return report(article, 0, "Riots", "Violent demonstration", day, "FR", 2988507L, 48.85, 2.35,
        1, "Rioters (France)", -1, injured, sentence, List.of("gerald darmanin"));
  }

  @Test
  void theSameReportsInAnyOrderGiveTheSameClusters() {
    List<Report> reports = new ArrayList<>(List.of(
        shootingA("a1", "2018-03-10"), shootingA("a2", "2018-03-10"), shootingB("b1", "2018-03-10"),
        shootingB("b2", "2018-03-10"), riot("r1", "2023-06-30", "Rioters torched cars in Paris", 3),
        riot("r2", "2023-06-30", "Rioters torched cars and a bus in Paris", 3)));
    Clustering.Clusters expected = Clustering.cluster(reports);
    for (long seed = 1; seed <= 5; seed++) {
      List<Report> shuffled = new ArrayList<>(reports);
      Collections.shuffle(shuffled, new Random(seed));
      Clustering.Clusters c = Clustering.cluster(shuffled);
      assertThat(c).isEqualTo(expected);
      assertThat(Recluster.componentId(c.groups().get(0).get(0).ref()))
          .isEqualTo(Recluster.componentId(expected.groups().get(0).get(0).ref()));
    }
    assertThat(groups(expected)).containsExactly(List.of("a1#0", "a2#0"), List.of("b1#0", "b2#0"),
        List.of("r1#0", "r2#0"));
  }

  @Test
  void twoShootingsInOneCityOnOneDayStayApart() {
    Report a = shootingA("a1", "2018-03-10");
    Report b = shootingB("b1", "2018-03-10");
    assertThat(Clustering.blocked(a, b)).isTrue();
    Clustering.PairScore s = Clustering.score(a, b);
    assertThat(s.score()).isLessThan(Clustering.MERGE);
    assertThat(s.reasons()).contains("different killed figures 1 vs 0 -2.0");
    Clustering.Clusters c = Clustering.cluster(List.of(a, b));
    assertThat(c.groups()).hasSize(2);
    assertThat(c.decisions()).singleElement().satisfies(d -> {
      assertThat(d.merged()).isFalse();
      assertThat(d.a()).isEqualTo(new ReportRef("a1", 0));
    });
  }

  @Test
  void threeOutletsReportingOneRiotOverTwoDaysMerge() {
    Report r1 = riot("r1", "2023-06-30",
        "Hundreds of youths torched cars and attacked the town hall in Nanterre overnight", 12);
    Report r2 = riot("r2", "2023-06-30",
        "Youths set cars on fire and attacked the town hall of Nanterre", 12);
    // the next day's report dates the riot by its publication only
    Report r3 = new Report("r3", 0, "Riots", "Violent demonstration", null, null, "2023-06-28",
        "2023-07-01", 2988507L, "Paris", "FR", "IL", null, 48.85, 2.35, 1, "Rioters (France)",
        null, null, null, List.of(claim("injured", 12)), List.of(0),
        "Cars were torched and the town hall of Nanterre attacked by youths, the minister said",
        List.of("gerald darmanin"), "2023-07-01", "outlet-r3");
    Clustering.Clusters c = Clustering.cluster(List.of(r3, r1, r2));
    assertThat(groups(c)).containsExactly(List.of("r1#0", "r2#0", "r3#0"));
    assertThat(c.decisions()).hasSize(3).allMatch(MergeDecision::merged);
    assertThat(c.decisions().get(0).reasons()).anyMatch(r -> r.startsWith("same injured figure"));
  }

  @Test
  void reportsInDifferentCountriesNeverCompare() {
    Report a = riot("r1", "2023-06-30", "Rioters torched cars in Paris", 3);
    Report b = new Report("r2", 0, a.type(), a.subType(), null, a.date(), a.dateEarliest(),
        a.dateLatest(), a.place(), a.placeName(), "BE", a.admin1(), null, a.lat(), a.lon(), 1,
        a.actor1(), null, null, null, a.claims(), a.claimIndexes(), a.sentence(), a.names(),
        a.published(), "other");
    assertThat(Clustering.blocked(a, b)).isFalse();
    assertThat(Clustering.candidate(a, b)).isFalse();
    Clustering.Clusters c = Clustering.cluster(List.of(a, b));
    assertThat(c.groups()).hasSize(2);
    assertThat(c.decisions()).isEmpty();
  }

  @Test
  void datesBeyondTheWindowNeverCompare() {
    assertThat(Clustering.blocked(shootingA("a1", "2018-03-01"), shootingA("a2", "2018-03-10")))
        .isFalse();
    assertThat(Clustering.blocked(shootingA("a1", "2018-03-07"), shootingA("a2", "2018-03-10")))
        .isTrue();
  }

  @Test
  void twoEventsOfOneArticleMergeOnlyWhenTheyAgree() {
    Report a = shootingA("a1", "2018-03-10");
    Report other = new Report("a1", 1, "Strategic developments", "Arrests", null, a.date(),
        a.dateEarliest(), a.dateLatest(), a.place(), a.placeName(), a.country(), a.admin1(), null,
        a.lat(), a.lon(), 1, a.actor1(), null, null, null, a.claims(), a.claimIndexes(),
        a.sentence(), a.names(), a.published(), a.outlet());
    assertThat(Clustering.cluster(List.of(a, other)).groups()).hasSize(2);
  }

  @Test
  void aVagueReportDoesNotChainTwoIncidents() {
    Report a = shootingA("a1", "2018-03-10");
    Report b = shootingB("b1", "2018-03-10");
    // a country-level report citing neither incident's particulars
    Report vague = report("v1", 0, "Violence against civilians", "Attack", "2018-03-10", "US",
        6252001L, 39.76, -98.5, 3, "Unidentified Armed Group (United States)", -1, -1,
        "Shootings across the country left several people wounded", List.of());
    assertThat(Clustering.cluster(List.of(a, b, vague)).groups()).hasSize(3);
  }

  @Test
  void distantPlacesWeighAgainst() {
    Report a = shootingA("a1", "2018-03-10");
    Report far = report("f1", 0, a.type(), a.subType(), a.date(), "US", 5128581L, 40.71, -74.0,
        1, a.actor1(), 1, 2, a.sentence(), a.names());
    assertThat(Clustering.score(a, far).reasons()).contains("places 1146 km apart -4.0");
  }

  @Test
  void onlyPersonLikeNamesCount() {
    assertThat(PairScores.persons(List.of("chicago police department", "all rights reserved",
        "darnell jones", "chicago", "north milwaukee avenue", "j. r. smith")))
        .containsExactly("darnell jones", "j. r. smith");
  }

  @Test
  void aShortBoilerplateSentenceIsWeakEvidence() {
    Report a = report("a1", 0, "Strategic developments", "Arrests", "2018-03-10", "US", CITY,
        41.85, -87.65, 1, null, -1, -1, "No arrests have been made.", List.of());
    Report b = report("b1", 0, "Strategic developments", "Arrests", "2018-03-10", "US", CITY,
        41.85, -87.65, 1, null, -1, -1, "No arrests have been made.", List.of());
    // 3 content words of 8: the full +3.0 scaled down
    assertThat(Clustering.score(a, b).reasons()).contains("sentence similarity 1.00 +1.1");
  }

  private static List<List<String>> groups(Clustering.Clusters c) {
    return c.groups().stream().map(g -> g.stream().map(r -> r.ref().toString()).toList()).toList();
  }
}
