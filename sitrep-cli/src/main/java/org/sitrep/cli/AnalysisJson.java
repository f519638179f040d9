package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.sitrep.core.InputException;
import org.sitrep.geo.ArticleFocus;
import org.sitrep.geo.GeoNamesGazetteer;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Dependency;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Repair;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;

/**
 * An analysis as the output contract's JSON ({@code shared/contract/README.md}).
 *
 * <p>Built field by field rather than by serialising the records, so that the contract's names and
 * order (id, published, language, text, repairs, mentions, places, times, claims, events) are fixed
 * here, a renamed record component fails to compile instead of silently renaming an output field,
 * and extras (warnings, finer types, sentence indexes...) always come after the contract's fields.
 * Nulls are written, not dropped: a {@code geonameid} of null is information.
 */
final class AnalysisJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper COMPACT = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalysisJson() {}

  /**
   * @param debug also write the internal layers (sentences with tokens and dependencies,
   *     quantities, repaired text) that scorers do not read
   */
  static ObjectNode of(Analysis a, boolean debug) {
    Article article = a.article();
    ObjectNode o = F.objectNode();
    o.put("id", article.id());
    o.put("published", article.published() == null ? null : article.published().toString());
    o.put("language", a.language());
    o.put("text", article.text());
    o.set("repairs", array(a.repairs(), AnalysisJson::repair));
    o.set("mentions", array(a.mentions(), AnalysisJson::mention));
    o.set("places", array(a.places(), AnalysisJson::place));
    o.set("times", array(a.times(), AnalysisJson::time));
    o.set("claims", array(a.claims(), AnalysisJson::claim));
    o.set("events", array(a.events(), AnalysisJson::event));
    // extras, after the contract's fields
    ArrayNode warnings = o.putArray("warnings");
    a.warnings().forEach(warnings::add);
    if (!a.places().isEmpty()) {
      o.set("focus", focus(ArticleFocus.of(a.places(), GeoNamesGazetteer.shared())));
    }
    putIfPresent(o, "title", article.title());
    putIfPresent(o, "url", article.url());
    putIfPresent(o, "source", article.source());
    if (debug) {
      o.put("repairedText", a.repaired().text());
      o.set("sentences", array(a.sentences(), AnalysisJson::sentence));
      o.set("quantities", array(a.quantities(), AnalysisJson::quantity));
      ArrayNode layers = o.putArray("layers");
      a.layers().stream().sorted().forEach(l -> layers.add(l.name()));
    }
    return o;
  }

  /** {@code {"countries": [{code, name, mentions}], "regions": [...], "cities": [...]}} */
  static ObjectNode focus(ArticleFocus f) {
    ObjectNode o = F.objectNode();
    o.set("countries", array(f.countries(), AnalysisJson::focusCount));
    o.set("regions", array(f.regions(), AnalysisJson::focusCount));
    o.set("cities", array(f.cities(), AnalysisJson::focusCount));
    return o;
  }

  private static ObjectNode focusCount(ArticleFocus.Count c) {
    ObjectNode o = F.objectNode();
    o.put("code", c.code());
    o.put("name", c.name());
    o.put("mentions", c.mentions());
    return o;
  }

  /** The record of an input that could not be analysed: {@code {"id", "error": {code, message}}}. */
  static ObjectNode error(String id, InputException e) {
    return error(id, e.code(), e.getMessage());
  }

  static ObjectNode error(String id, String code, String message) {
    ObjectNode o = F.objectNode();
    o.put("id", id);
    ObjectNode err = o.putObject("error");
    err.put("code", code);
    err.put("message", message);
    return o;
  }

  static String write(ObjectNode node, boolean pretty) {
    try {
      return (pretty ? PRETTY : COMPACT).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always serialises
    }
  }

  private static ObjectNode repair(Repair r) {
    ObjectNode o = span(r.start(), r.end());
    o.put("before", r.before());
    o.put("after", r.after());
    o.put("kind", r.kind());
    return o;
  }

  private static ObjectNode mention(Mention m) {
    ObjectNode o = span(m.start(), m.end());
    o.put("text", m.text());
    o.put("type", m.type());
    o.put("canonical", m.canonical());
    o.put("fineType", m.fineType());
    return o;
  }

  static ObjectNode place(Place p) {
    ObjectNode o = span(p.start(), p.end());
    o.put("text", p.text());
    o.put("geonameid", p.geonameid());
    o.put("name", p.name());
    o.put("country", p.country());
    o.put("admin1", p.admin1());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("kind", p.kind());
    o.put("confidence", p.confidence());
    o.put("role", p.role());
    return o;
  }

  private static ObjectNode time(TimeExpr t) {
    ObjectNode o = span(t.start(), t.end());
    o.put("text", t.text());
    o.put("type", t.type());
    o.put("value", t.value());
    o.put("vague", t.vague());
    return o;
  }

  private static ObjectNode claim(Claim c) {
    ObjectNode o = span(c.start(), c.end());
    o.put("text", c.text());
    o.put("measure", c.measure());
    o.put("subject", c.subject());
    o.put("subjectKind", c.subjectKind());
    o.put("low", c.low());
    o.put("high", c.high());
    o.put("approx", c.approx());
    ObjectNode source = o.putObject("source");
    source.put("name", c.source() == null ? null : c.source().name());
    source.put("kind", c.source() == null ? "unattributed" : c.source().kind());
    o.put("hedged", c.hedged());
    o.put("asOf", c.asOf());
    o.put("place", c.place());
    o.put("sentence", c.sentence());
    o.put("predicate", c.predicate());
    o.put("predicateStart", c.predicateStart());
    return o;
  }

  private static ObjectNode event(Event e) {
    ObjectNode o = span(e.start(), e.end());
    o.put("type", e.type());
    o.put("subType", e.subType());
    o.put("plover", e.plover());
    o.put("date", e.date());
    o.put("place", e.place());
    o.put("actor1", e.actor1());
    o.put("actor2", e.actor2());
    o.put("fatalities", e.fatalities());
    ArrayNode claims = o.putArray("claims");
    e.claims().forEach(claims::add);
    o.put("datePrecision", e.datePrecision());
    o.put("geoPrecision", e.geoPrecision());
    o.put("actor1Kind", e.actor1Kind());
    o.put("actor2Kind", e.actor2Kind());
    o.put("trigger", e.trigger());
    o.put("sentence", e.sentence());
    return o;
  }

  private static ObjectNode quantity(Quantity q) {
    ObjectNode o = span(q.start(), q.end());
    o.put("text", q.text());
    o.put("low", q.low());
    o.put("high", q.high());
    o.put("approx", q.approx());
    o.put("sentence", q.sentence());
    o.put("headIndex", q.headIndex());
    return o;
  }

  private static ObjectNode sentence(Sentence s) {
    ObjectNode o = F.objectNode();
    o.put("index", s.index());
    o.put("start", s.start());
    o.put("end", s.end());
    o.set("tokens", array(s.tokens(), AnalysisJson::token));
    o.set("dependencies", array(s.dependencies(), AnalysisJson::dependency));
    return o;
  }

  private static ObjectNode token(Token t) {
    ObjectNode o = F.objectNode();
    o.put("index", t.index());
    o.put("start", t.start());
    o.put("end", t.end());
    o.put("word", t.word());
    o.put("lemma", t.lemma());
    o.put("pos", t.pos());
    o.put("ner", t.ner());
    o.put("normalized", t.normalized());
    return o;
  }

  private static ObjectNode dependency(Dependency d) {
    ObjectNode o = F.objectNode();
    o.put("governor", d.governor());
    o.put("dependent", d.dependent());
    o.put("relation", d.relation());
    return o;
  }

  private static ObjectNode span(int start, int end) {
    ObjectNode o = F.objectNode();
    o.put("start", start);
    o.put("end", end);
    return o;
  }

  private static void putIfPresent(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  private static <T> ArrayNode array(List<T> items, Function<T, ObjectNode> map) {
    ArrayNode a = F.arrayNode();
    items.forEach(i -> a.add(map.apply(i)));
    return a;
  }
}
