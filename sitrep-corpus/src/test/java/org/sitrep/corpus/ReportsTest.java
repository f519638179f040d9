package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Source;
import org.sitrep.model.corpus.Report;

class ReportsTest {
  private static final String TEXT =
      "Police fired tear gas at protesters in Kisumu on Wednesday. Two people were killed."
          + " Ten people were arrested. The toll rose to five, police said.";

  private static final Place KISUMU =
      new Place(39, 45, "Kisumu", 191245L, "Kisumu", "KE", "17", -0.1, 34.76, "city", 0.9, "location");

  private static Claim claim(String measure, long n, int sentence) {
    return new Claim(0, 3, "n", measure, "people", "civilians", n, n, "exact",
        new Source("police", "police"), false, "2023-07-13", null, sentence, measure, 0);
  }

  private static Event event(String type, String subType, String date, String precision, Long place,
      List<Integer> claims, int sentence) {
    return new Event(0, 6, type, subType, "PROTEST", date, precision, place, 1,
        "Police Forces of Kenya", "state forces", "Protesters (Kenya)", "protesters", null,
        claims, "fired", sentence);
  }

  private static Analysis analysis(List<Event> events, List<Claim> claims) {
    Article article = new Article("a1", TEXT, LocalDate.parse("2023-07-13"), "t", null, "Outlet");
    return Analysis.of(article)
        .withSentences(List.of(new Sentence(0, 0, 59, List.of(), List.of()),
            new Sentence(1, 60, 83, List.of(), List.of())))
        .withMentions(List.of(new Mention(0, 6, "Police", "ORGANIZATION", "Kenya Police", null)))
        .withPlaces(List.of(KISUMU))
        .withClaims(claims)
        .withEvents(events);
  }

  @Test
  void aDayPreciseEventKeepsItsDayAndAReportedOneReachesBackFromPublication() {
    List<Report> reports = Reports.of(analysis(List.of(
        event("Protests", "Protest with intervention", "2023-07-12", "day", 191245L, List.of(), 0),
        event("Violence against civilians", "Attack", "2023-07-13", "reported", null, List.of(0), 1)),
        List.of(claim("killed", 2, 1))), (cc, a1) -> cc + "-" + a1);
    assertThat(reports).hasSize(2);
    Report protest = reports.get(0);
    assertThat(protest.dateEarliest()).isEqualTo("2023-07-12");
    assertThat(protest.dateLatest()).isEqualTo("2023-07-12");
    assertThat(protest.placeName()).isEqualTo("Kisumu");
    assertThat(protest.admin1Name()).isEqualTo("KE-17");
    assertThat(protest.sentence()).isEqualTo("Police fired tear gas at protesters in Kisumu on Wednesday.");
    assertThat(protest.names()).containsExactly("kenya police");
    Report attack = reports.get(1);
    assertThat(attack.dateEarliest()).isEqualTo("2023-07-10");
    assertThat(attack.dateLatest()).isEqualTo("2023-07-13");
    // no place of its own: the article's main country still blocks it
    assertThat(attack.place()).isNull();
    assertThat(attack.country()).isEqualTo("KE");
    assertThat(attack.claimIndexes()).containsExactly(0);
  }

  @Test
  void uncitedTollsGoToTheEventThatFitsTheirMeasure() {
    List<Event> events = List.of(
        event("Strategic developments", "Arrests", "2023-07-13", "reported", 191245L, List.of(), 2),
        event("Protests", "Protest with intervention", "2023-07-12", "day", 191245L, List.of(), 0),
        event("Riots", "Violent demonstration", "2023-07-12", "day", 191245L, List.of(), 0));
    List<Claim> claims = List.of(claim("arrested", 10, 2), claim("killed", 5, 3), claim("other", 3, 3));
    List<Report> reports = Reports.of(analysis(events, claims), RegionNames.NONE);
    // the arrest figure goes to the event of its own sentence
    assertThat(reports.get(0).claimIndexes()).containsExactly(0);
    // the toll of a sentence with no event goes to the first violent event, not the arrests
    assertThat(reports.get(1).claimIndexes()).isEmpty();
    assertThat(reports.get(2).claimIndexes()).containsExactly(1);
  }

  @Test
  void eventsWithoutAnAcledTypeMakeNoReports() {
    Event accusation = new Event(0, 6, null, null, "ACCUSE", null, null, null, null,
        null, null, null, null, null, List.of(), "accused", 0);
    assertThat(Reports.of(analysis(List.of(accusation), List.of()), RegionNames.NONE)).isEmpty();
  }
}
