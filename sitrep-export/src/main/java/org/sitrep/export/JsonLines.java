package org.sitrep.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** UTF-8 text written line by line ({@code \n}) to a stream it may or may not own. */
final class JsonLines {
  private final Writer w;
  private final boolean owned;
  private long count;
  private boolean closed;

  JsonLines(OutputStream out, boolean owned) {
    this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.owned = owned;
  }

  Writer writer() {
    return w;
  }

  void write(String line) {
    try {
      w.write(line);
      w.write('\n');
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long count() {
    return count;
  }

  void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (owned) {
      w.close();
    } else {
      w.flush();
    }
  }
}
