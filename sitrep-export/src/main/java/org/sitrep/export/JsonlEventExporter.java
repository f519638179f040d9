package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import org.sitrep.json.ModelJson;
import org.sitrep.model.corpus.CorpusEvent;

/** One {@link ModelJson#event} per line. */
final class JsonlEventExporter implements EventExporter {
  private final JsonLines lines;

  JsonlEventExporter(OutputStream out, boolean owned) {
    this.lines = new JsonLines(out, owned);
  }

  @Override
  public void accept(CorpusEvent event) {
    lines.write(ModelJson.write(ModelJson.event(event), false));
  }

  @Override
  public long count() {
    return lines.count();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
