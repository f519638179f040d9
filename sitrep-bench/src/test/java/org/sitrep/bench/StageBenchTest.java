package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageBenchTest {
  @Test
  void summaryCountsEveryStageButCoreNlpAsSitrepsOwn() {
    Map<String, Double> us = new LinkedHashMap<>();
    us.put("language", 1000.0);
    us.put("corenlp", 95000.0);
    us.put("places", 4000.0);
    String s = StageBench.summary(us);
    assertThat(s).contains("corenlp", "95000", "places")
        .contains("sitrep's own stages: 5000 us of 100000 us an article, 5.0% of the pipeline");
  }
}
