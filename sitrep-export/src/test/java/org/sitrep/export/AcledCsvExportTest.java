package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sitrep.model.corpus.CorpusEvent;

class AcledCsvExportTest {
  private static final Instant T = Instant.ofEpochSecond(1_700_000_000L);

  private static final List<String> HEADER =
      List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
          "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
          "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
          "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
          "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
          "fatalities_low", "fatalities_high", "reports", "sitrep_id");

  private static String export(CorpusEvent... events) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventExporter x = EventExporter.open(Format.ACLED_CSV, out, T)) {
      for (CorpusEvent e : events) {
        x.accept(e);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static CSVParser parse(String text) throws IOException {
    return CSVParser.parse(new StringReader(text),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
  }

  @Test
  void theHeaderIsAcledsColumnsThenSitreps() throws IOException {
    String text = export();
    assertThat(text).isEqualTo(String.join(",", HEADER) + "\r\n");
    try (CSVParser p = parse(text)) {
      assertThat(p.getHeaderNames()).isEqualTo(HEADER);
      assertThat(p.getRecords()).isEmpty();
    }
  }

  @Test
  void aRowCarriesAcledsCodes() throws IOException {
    String text = export(Events.kisumu(), Events.bare(), Events.shelling());
    List<CSVRecord> rows;
    try (CSVParser p = parse(text)) {
      rows = p.getRecords();
    }
    assertThat(rows).hasSize(3);
    Map<String, String> r = rows.get(0).toMap();
    assertThat(r).containsEntry("event_id_cnty", "KENE42")
        .containsEntry("event_date", "2023-07-12")
        .containsEntry("year", "2023")
        .containsEntry("time_precision", "1")
        .containsEntry("disorder_type", "Political violence; Demonstrations")
        .containsEntry("event_type", "Protests")
        .containsEntry("sub_event_type", "Excessive force against protesters")
        .containsEntry("actor1", "Police Forces of Kenya")
        .containsEntry("inter1", "1")
        .containsEntry("actor2", "Protesters (Kenya)")
        .containsEntry("inter2", "6")
        .containsEntry("interaction", "16")
        .containsEntry("civilian_targeting", "")
        .containsEntry("iso", "404")
        .containsEntry("region", "Eastern Africa")
        .containsEntry("country", "Kenya")
        .containsEntry("admin1", "Kisumu")
        .containsEntry("location", "Kisumu")
        .containsEntry("latitude", "-0.1")
        .containsEntry("longitude", "34.75")
        .containsEntry("geo_precision", "1")
        .containsEntry("source", "The Standard; Nation")
        .containsEntry("notes", Events.NOTE)
        .containsEntry("fatalities", "9")
        .containsEntry("timestamp", "1700000000")
        .containsEntry("fatalities_low", "5")
        .containsEntry("fatalities_high", "20")
        .containsEntry("reports", "3")
        .containsEntry("sitrep_id", "E42");
    // the note with commas and quotes is quoted as RFC 4180 says
    assertThat(text).contains(",\"Police fired live rounds, \"\"to disperse\"\" marchers, in Kisumu;"
        + " 9 died\",");

    Map<String, String> bare = rows.get(1).toMap();
    assertThat(bare).containsEntry("event_date", "2023-07-01")
        .containsEntry("time_precision", "2")
        .containsEntry("disorder_type", "Demonstrations")
        .containsEntry("inter1", "5")
        .containsEntry("inter2", "0")
        .containsEntry("interaction", "50")
        .containsEntry("latitude", "")
        .containsEntry("fatalities", "0")
        .containsEntry("fatalities_low", "")
        .containsEntry("fatalities_high", "")
        .containsEntry("source", "")
        .containsEntry("notes", "")
        .containsEntry("reports", "1");

    Map<String, String> shelling = rows.get(2).toMap();
    assertThat(shelling).containsEntry("event_id_cnty", "AFGE9")
        .containsEntry("disorder_type", "Political violence")
        .containsEntry("inter1", "")
        .containsEntry("inter2", "7")
        .containsEntry("interaction", "")
        .containsEntry("civilian_targeting", "Civilian targeting")
        .containsEntry("iso", "4")
        .containsEntry("region", "South Asia");
  }

  @Test
  void acledCodes() {
    assertThat(Acled.interaction(2, 1)).isEqualTo(12);
    assertThat(Acled.interaction(0, 6)).isEqualTo(60);
    assertThat(Acled.interaction(1, 1)).isEqualTo(11);
    assertThat(Acled.inter(null, null)).isZero();
    assertThat(Acled.inter("Police", "state forces")).isEqualTo(1);
    assertThat(Acled.inter("Militia", "political militia")).isEqualTo(3);
    assertThat(Acled.disorderType("Riots", "Mob violence"))
        .isEqualTo("Political violence; Demonstrations");
    assertThat(Acled.disorderType("Battles", "Armed clash")).isEqualTo("Political violence");
    assertThat(Acled.disorderType("Strategic developments", "Arrests"))
        .isEqualTo("Strategic developments");
    assertThat(Acled.civilianTargeting("Violence against civilians", "Attack", "civilians"))
        .isEqualTo("Civilian targeting");
    assertThat(Acled.civilianTargeting("Protests", "Peaceful protest", "civilians")).isEmpty();
    assertThat(Acled.timePrecision("2023-07-12", "2023-07-01", "2023-07-31")).isEqualTo(3);
    assertThat(Acled.timePrecision(null, null, null)).isNull();
  }

  @Test
  void regionsFollowAcledNotTheUn() {
    var countries = org.sitrep.geo.Countries.standard();
    assertThat(Acled.region(countries.byIso2("IR").orElseThrow())).isEqualTo("Middle East");
    assertThat(Acled.region(countries.byIso2("GE").orElseThrow()))
        .isEqualTo("Caucasus and Central Asia");
    assertThat(Acled.region(countries.byIso2("SS").orElseThrow())).isEqualTo("Eastern Africa");
    assertThat(Acled.region(countries.byIso2("MX").orElseThrow())).isEqualTo("Central America");
    assertThat(Acled.region(countries.byIso2("TR").orElseThrow())).isEqualTo("Middle East");
    assertThat(Acled.region(countries.byIso2("UA").orElseThrow())).isEqualTo("Europe");
    assertThat(Acled.region(countries.byIso2("MM").orElseThrow())).isEqualTo("Southeast Asia");
    assertThat(Acled.iso(countries.byIso2("DE").orElseThrow())).isEqualTo("276");
  }
}
