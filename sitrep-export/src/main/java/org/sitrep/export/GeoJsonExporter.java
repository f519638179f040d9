package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.sitrep.json.ModelJson;
import org.sitrep.model.corpus.CorpusEvent;

/**
 * A GeoJSON (RFC 7946) FeatureCollection, written feature by feature, one feature a line: each
 * event a Feature with its id, a Point {@code [lon, lat]} (null geometry when the event has no
 * coordinates) and the event's JSON ({@link ModelJson#event}) as properties.
 */
final class GeoJsonExporter implements EventExporter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final JsonLines lines;
  private boolean started;
  private long count;
  private boolean closed;

  GeoJsonExporter(OutputStream out, boolean owned) {
    this.lines = new JsonLines(out, owned);
  }

  @Override
  public void accept(CorpusEvent e) {
    ObjectNode f = F.objectNode();
    f.put("type", "Feature");
    f.put("id", e.id());
    if (e.lat() != null && e.lon() != null) {
      ObjectNode g = f.putObject("geometry");
      g.put("type", "Point");
      ArrayNode c = g.putArray("coordinates");
      c.add(e.lon());
      c.add(e.lat());
    } else {
      f.putNull("geometry");
    }
    f.set("properties", ModelJson.event(e));
    try {
      Writer w = lines.writer();
      w.write(started ? ",\n" : "{\"type\":\"FeatureCollection\",\"features\":[\n");
      started = true;
      w.write(ModelJson.write(f, false));
      count++;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    Writer w = lines.writer();
    w.write(started ? "\n]}\n" : "{\"type\":\"FeatureCollection\",\"features\":[]}\n");
    lines.close();
  }
}
