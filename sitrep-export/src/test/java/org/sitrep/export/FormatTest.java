package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void parsesTheCommandLineNames() {
    assertThat(Format.parse("jsonl")).isEqualTo(Format.JSONL);
    assertThat(Format.parse("acled-csv")).isEqualTo(Format.ACLED_CSV);
    assertThat(Format.parse("GeoJSON")).isEqualTo(Format.GEOJSON);
    assertThat(Format.parse("parquet")).isEqualTo(Format.PARQUET);
    assertThat(Format.ACLED_CSV.id()).isEqualTo("acled-csv");
    assertThat(Format.PARQUET.needsFile()).isTrue();
    assertThat(Format.JSONL.needsFile()).isFalse();
  }

  @Test
  void anUnknownNameListsTheValidOnes() {
    assertThatThrownBy(() -> Format.parse("csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'csv'")
        .hasMessageContaining("jsonl|acled-csv|geojson|parquet");
    assertThatThrownBy(() -> Format.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
