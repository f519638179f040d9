package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.core.InputException;
import org.sitrep.geo.ArticleFocus;
import org.sitrep.geo.GeoNamesGazetteer;
import org.sitrep.json.ModelJson;
import org.sitrep.model.Analysis;
import org.sitrep.model.Place;

/**
 * {@link ModelJson}'s mapping plus what only the command line knows: the article's focus, which
 * needs the gazetteer, and error records from {@link InputException}s.
 */
final class AnalysisJson {
  private AnalysisJson() {}

  static ObjectNode of(Analysis a, boolean debug) {
    ObjectNode focus =
        a.places().isEmpty() ? null : focus(ArticleFocus.of(a.places(), GeoNamesGazetteer.shared()));
    return ModelJson.analysis(a, debug, focus);
  }

  /** {@code {"countries": [{code, name, mentions}], "regions": [...], "cities": [...]}} */
  static ObjectNode focus(ArticleFocus f) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("countries", ModelJson.array(f.countries(), AnalysisJson::focusCount));
    o.set("regions", ModelJson.array(f.regions(), AnalysisJson::focusCount));
    o.set("cities", ModelJson.array(f.cities(), AnalysisJson::focusCount));
    return o;
  }

  private static ObjectNode focusCount(ArticleFocus.Count c) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("code", c.code());
    o.put("name", c.name());
    o.put("mentions", c.mentions());
    return o;
  }

  /** The record of an input that could not be analysed: {@code {"id", "error": {code, message}}}. */
  static ObjectNode error(String id, InputException e) {
    return ModelJson.error(id, e.code(), e.getMessage());
  }

  static ObjectNode error(String id, String code, String message) {
    return ModelJson.error(id, code, message);
  }

  static ObjectNode place(Place p) {
    return ModelJson.place(p);
  }

  static String write(JsonNode node, boolean pretty) {
    return ModelJson.write(node, pretty);
  }
}
