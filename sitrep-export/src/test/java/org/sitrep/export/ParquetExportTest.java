package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.ModelJson;
import org.sitrep.model.corpus.CorpusEvent;

class ParquetExportTest {
  @TempDir Path dir;

  private Path export(String name, CorpusEvent... events) throws IOException {
    Path f = dir.resolve(name);
    try (EventExporter x = EventExporter.open(Format.PARQUET, f, Instant.EPOCH)) {
      for (CorpusEvent e : events) {
        x.accept(e);
      }
      assertThat(x.count()).isEqualTo(events.length);
    }
    return f;
  }

  private static Connection duckdb() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:");
  }

  private static String read(Path f) {
    return "read_parquet('" + f.toString().replace("'", "''") + "')";
  }

  @Test
  void eventsReadBackWithTheirTypes() throws Exception {
    Path f = export("events.parquet", Events.kisumu(), Events.bare());
    assertThat(f).exists();
    assertThat(Files.list(dir)).containsExactly(f); // no temporary file left
    try (Connection c = duckdb(); Statement s = c.createStatement()) {
      Map<String, String> types = new LinkedHashMap<>();
      try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + read(f))) {
        while (r.next()) {
          types.put(r.getString("column_name"), r.getString("column_type"));
        }
      }
      assertThat(types.keySet()).containsExactly("id", "type", "sub_type", "plover", "date",
          "date_earliest", "date_latest", "place", "place_name", "country", "admin1", "lat", "lon",
          "geo_precision", "actor1", "actor2", "fatalities", "fatalities_low", "fatalities_high",
          "articles", "figures_json", "body_json");
      assertThat(types).containsEntry("date", "DATE").containsEntry("place", "BIGINT")
          .containsEntry("lat", "DOUBLE").containsEntry("fatalities", "BIGINT")
          .containsEntry("geo_precision", "INTEGER").containsEntry("id", "VARCHAR");

      try (ResultSet r = s.executeQuery("SELECT * FROM " + read(f) + " ORDER BY id DESC")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString("id")).isEqualTo("E7");
        assertThat(r.getObject("date")).isNull();
        assertThat(r.getObject("date_earliest", LocalDate.class))
            .isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(r.getObject("lat")).isNull();
        assertThat(r.getObject("place")).isNull();
        assertThat(r.getObject("fatalities")).isNull();
        assertThat(r.getObject("fatalities_low")).isNull();
        assertThat(r.getInt("articles")).isEqualTo(1);
        assertThat(r.getString("figures_json")).isEqualTo("[]");

        assertThat(r.next()).isTrue();
        assertThat(r.getString("id")).isEqualTo("E42");
        assertThat(r.getString("sub_type")).isEqualTo("Excessive force against protesters");
        assertThat(r.getObject("date", LocalDate.class)).isEqualTo(LocalDate.of(2023, 7, 12));
        assertThat(r.getLong("place")).isEqualTo(179330L);
        assertThat(r.getDouble("lat")).isEqualTo(-0.1);
        assertThat(r.getDouble("lon")).isEqualTo(34.75);
        assertThat(r.getInt("geo_precision")).isEqualTo(1);
        assertThat(r.getLong("fatalities")).isEqualTo(9L);
        assertThat(r.getLong("fatalities_low")).isEqualTo(5L);
        assertThat(r.getLong("fatalities_high")).isEqualTo(20L);
        assertThat(r.getInt("articles")).isEqualTo(3);
        assertThat(r.getString("figures_json"))
            .isEqualTo(ModelJson.write(ModelJson.event(Events.kisumu()).get("figures"), false));
        assertThat(ModelJson.readEvent(r.getString("body_json"))).isEqualTo(Events.kisumu());
        assertThat(r.next()).isFalse();
      }
    }
  }

  @Test
  void noEventsGiveAValidEmptyFile() throws Exception {
    Path f = export("empty.parquet");
    try (Connection c = duckdb(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT id) FROM " + read(f))) {
      assertThat(r.next()).isTrue();
      assertThat(r.getLong(1)).isZero();
    }
    try (Connection c = duckdb(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + read(f))) {
      int columns = 0;
      while (r.next()) {
        columns++;
      }
      assertThat(columns).isEqualTo(22);
    }
  }

  @Test
  void aSecondExportReplacesTheFile() throws Exception {
    Path f = export("events.parquet", Events.kisumu(), Events.bare());
    export("events.parquet", Events.shelling());
    try (Connection c = duckdb(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id FROM " + read(f))) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("E9");
      assertThat(r.next()).isFalse();
    }
  }
}
