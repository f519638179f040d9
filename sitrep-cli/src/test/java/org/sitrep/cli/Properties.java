package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** What must hold of every analysed article sitrep writes, whatever the input. */
final class Properties {
  private Properties() {}

  /**
   * Every span lies inside the text and equals the text it claims to cover; repairs describe the
   * text without changing it (their "before" is the text at their span).
   */
  static void checkSpans(JsonNode article) {
    String text = article.get("text").asText();
    for (String layer : new String[] {"mentions", "places", "times", "claims", "statements"}) {
      for (JsonNode item : article.get(layer)) {
        int start = item.get("start").asInt();
        int end = item.get("end").asInt();
        assertThat(start).as(layer + " " + item).isBetween(0, end);
        assertThat(end).as(layer + " " + item).isLessThanOrEqualTo(text.length());
        assertThat(item.get("text").asText()).as(layer).isEqualTo(text.substring(start, end));
      }
    }
    for (JsonNode e : article.get("events")) {
      assertThat(e.get("start").asInt()).isBetween(0, e.get("end").asInt());
      assertThat(e.get("end").asInt()).isLessThanOrEqualTo(text.length());
    }
    for (JsonNode r : article.get("repairs")) {
      int start = r.get("start").asInt();
      int end = r.get("end").asInt();
      assertThat(text.substring(start, end)).as("repair " + r).isEqualTo(r.get("before").asText());
    }
  }
}
