package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A broken gazetteer build fails loudly at start-up instead of resolving every name to nothing. */
class GeoNamesGazetteerLoadTest {
  private static final GeoEntry TEXAS =
      new GeoEntry(4736286, "Texas", "US", "TX", 31.1, -98.8, 'A', "ADM1", 25_000_000);

  private static byte[] table(Map<GeoEntry, List<String>> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NameTable.build(entries).write(out);
    return out.toByteArray();
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void loadsATableWithItsAbbreviations() throws IOException {
    GeoNamesGazetteer g = GeoNamesGazetteer.load(new ByteArrayInputStream(table(Map.of(TEXAS,
        List.of("lone star state")))), text("Tex.\t4736286\n"), Countries.standard());
    assertThat(g.lookup("Lone Star State")).containsExactly(TEXAS);
    assertThat(g.byAbbreviation("Tex.")).containsExactly(TEXAS);
    assertThat(g.region("US", "TX")).contains(TEXAS);
  }

  @Test
  void refusesAnEmptyTable() throws IOException {
    byte[] empty = table(Map.of());
    assertThatThrownBy(() -> GeoNamesGazetteer.load(new ByteArrayInputStream(empty), text(""),
        Countries.standard())).isInstanceOf(IOException.class).hasMessageContaining("empty");
  }

  @Test
  void refusesACorruptOrTruncatedTable() throws IOException {
    byte[] good = table(Map.of(TEXAS, List.of()));
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
    assertThatThrownBy(() -> GeoNamesGazetteer.load(new ByteArrayInputStream(truncated),
        text(""), Countries.standard())).isInstanceOf(IOException.class)
        .hasMessageContaining("gazetteer table");
    byte[] garbage = "not a table at all, just some text".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GeoNamesGazetteer.load(new ByteArrayInputStream(garbage), text(""),
        Countries.standard())).isInstanceOf(IOException.class)
        .hasMessageContaining("not a sitrep gazetteer table");
  }

  @Test
  void refusesCoordinatesOffTheEarth() throws IOException {
    GeoEntry bad = new GeoEntry(1, "Nowhere", "US", "TX", 95.0, 10.0, 'P', "PPL", 10);
    // the build reads its table back and fails, so no such table ships
    assertThatThrownBy(() -> table(Map.of(bad, List.of())))
        .hasRootCauseMessage("gazetteer entry 1 has coordinates off the Earth: 95.0, 10.0");
  }

  @Test
  void refusesAnAbbreviationThatPointsNowhere() throws IOException {
    byte[] good = table(Map.of(TEXAS, List.of()));
    assertThatThrownBy(() -> GeoNamesGazetteer.load(new ByteArrayInputStream(good),
        text("Tex.\t4736286\nFla.\t4155751\n"), Countries.standard()))
        .isInstanceOf(IOException.class).hasMessageContaining("line 2").hasMessageContaining("Fla.");
  }
}
