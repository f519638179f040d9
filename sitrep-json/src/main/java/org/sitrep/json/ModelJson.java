package org.sitrep.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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
import org.sitrep.model.Statement;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Report;

/**
 * The one mapping of sitrep's model to JSON, used by {@code extract}, the store and the exports.
 *
 * <p>An analysis is written as the output contract's JSON ({@code shared/contract/README.md}).
 *
 * <p>Built field by field rather than by serialising the records, so that the contract's names and
 * order (id, published, language, text, repairs, mentions, places, times, claims, statements, events) are fixed
 * here, a renamed record component fails to compile instead of silently renaming an output field,
 * and extras (warnings, finer types, sentence indexes...) always come after the contract's fields.
 * Nulls are written, not dropped: a {@code geonameid} of null is information.
 *
 * <p>The corpus records ({@link CorpusEvent}, {@link CorpusArticle}, {@link Report}) are bound by
 * Jackson from their record components, in declaration order: their components were named and
 * ordered after the contract's corpus section, so the records are the mapping. The same binding
 * reads them back from the store.
 */
public final class ModelJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper COMPACT =
      new ObjectMapper()
          // a store written by a newer sitrep may carry fields this one does not know
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelJson() {}

  /**
   * @param debug also write the internal layers (sentences with tokens and dependencies,
   *     quantities, repaired text) that scorers do not read
   */
  public static ObjectNode analysis(Analysis a, boolean debug) {
    return analysis(a, debug, null);
  }

  /**
   * @param focus the article's focus countries, regions and cities (from the gazetteer), written
   *     after the warnings; null leaves it out
   */
  public static ObjectNode analysis(Analysis a, boolean debug, ObjectNode focus) {
    Article article = a.article();
    ObjectNode o = F.objectNode();
    o.put("id", article.id());
    o.put("published", article.published() == null ? null : article.published().toString());
    o.put("language", a.language());
    o.put("text", article.text());
    o.set("repairs", array(a.repairs(), ModelJson::repair));
    o.set("mentions", array(a.mentions(), ModelJson::mention));
    o.set("places", array(a.places(), ModelJson::place));
    o.set("times", array(a.times(), ModelJson::time));
    o.set("claims", array(a.claims(), ModelJson::claim));
    o.set("statements", array(a.statements(), ModelJson::statement));
    o.set("events", array(a.events(), ModelJson::event));
    // extras, after the contract's fields
    ArrayNode warnings = o.putArray("warnings");
    a.warnings().forEach(warnings::add);
    if (focus != null) {
      o.set("focus", focus);
    }
    putIfPresent(o, "title", article.title());
    putIfPresent(o, "url", article.url());
    putIfPresent(o, "source", article.source());
    if (debug) {
      o.put("repairedText", a.repaired().text());
      o.set("sentences", array(a.sentences(), ModelJson::sentence));
      o.set("quantities", array(a.quantities(), ModelJson::quantity));
      ArrayNode layers = o.putArray("layers");
      a.layers().stream().sorted().forEach(l -> layers.add(l.name()));
    }
    return o;
  }

  /** The record of an input that could not be analysed: {@code {"id", "error": {code, message}}}. */
  public static ObjectNode error(String id, String code, String message) {
    ObjectNode o = F.objectNode();
    o.put("id", id);
    ObjectNode err = o.putObject("error");
    err.put("code", code);
    err.put("message", message);
    return o;
  }

  public static String write(JsonNode node, boolean pretty) {
    try {
      return (pretty ? PRETTY : COMPACT).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always serialises
    }
  }

  /** A corpus event as {@code export events --format jsonl} writes it (contract: "The corpus"). */
  public static ObjectNode event(CorpusEvent e) {
    return COMPACT.valueToTree(e);
  }

  /** What the brief view of an event keeps: enough for a map, a timeline and a list. */
  public static final Set<String> EVENT_BRIEF = Set.of("id", "type", "subType", "date", "dateEarliest",
      "dateLatest", "placeName", "country", "admin1", "lat", "lon", "geoPrecision", "actor1", "actor2",
      "fatalities");

  /**
   * The brief view of an event written by {@link #event}: its {@link #EVENT_BRIEF} fields, in their
   * order. Streamed (the reports and ledgers it drops are skipped, not parsed into a tree): a page
   * of 500 costs a few milliseconds.
   */
  public static String briefEvent(String eventJson) {
    StringWriter out = new StringWriter(512);
    try (JsonParser p = COMPACT.getFactory().createParser(eventJson);
        JsonGenerator g = COMPACT.getFactory().createGenerator(out)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a JSON object: an event is stored as one");
      }
      g.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (EVENT_BRIEF.contains(name)) {
          g.writeFieldName(name);
          g.copyCurrentStructure(p);
        } else {
          p.skipChildren();
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a stored event: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /** An article as {@code export articles --format jsonl} writes it. */
  public static ObjectNode article(CorpusArticle a) {
    return COMPACT.valueToTree(a);
  }

  /** A report as the store keeps it. */
  public static ObjectNode report(Report r) {
    return COMPACT.valueToTree(r);
  }

  public static CorpusEvent readEvent(String json) {
    return read(json, CorpusEvent.class);
  }

  public static CorpusArticle readArticle(String json) {
    return read(json, CorpusArticle.class);
  }

  public static Report readReport(String json) {
    return read(json, Report.class);
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return COMPACT.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
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

  public static ObjectNode place(Place p) {
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

  public static ObjectNode claim(Claim c) {
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

  public static ObjectNode statement(Statement s) {
    ObjectNode o = span(s.start(), s.end());
    o.put("text", s.text());
    o.put("cue", s.cue());
    o.put("cueStart", s.cueStart());
    ObjectNode source = o.putObject("source");
    source.put("name", s.source().name());
    source.put("kind", s.source().kind());
    source.put("start", s.sourceStart());
    source.put("end", s.sourceEnd());
    o.put("direct", s.direct());
    o.put("sentence", s.sentence());
    o.put("act", s.act());
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
    o.set("tokens", array(s.tokens(), ModelJson::token));
    o.set("dependencies", array(s.dependencies(), ModelJson::dependency));
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

  public static <T> ArrayNode array(List<T> items, Function<T, ObjectNode> map) {
    ArrayNode a = F.arrayNode();
    items.forEach(i -> a.add(map.apply(i)));
    return a;
  }
}
