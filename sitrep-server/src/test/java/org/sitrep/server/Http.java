package org.sitrep.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bare HTTP/1.1 client on a socket: sends the request line exactly as written (no client
 * normalises "/../" or "%2e%2e" away) and reads the whole answer (Connection: close).
 */
final class Http {
  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final int port;

  Http(int port) {
    this.port = port;
  }

  Answer get(String target) throws IOException {
    return send("GET", target, Map.of(), null);
  }

  Answer send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(20_000);
      StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
      headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
      if (body != null && !headers.containsKey("Content-Length")) {
        req.append("Content-Length: ").append(body.length).append("\r\n");
      }
      req.append("\r\n");
      OutputStream out = s.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        try {
          out.write(body);
        } catch (IOException e) {
          // the server may answer and close before reading a body it refuses
        }
      }
      out.flush();
      return read(s.getInputStream());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    String raw = new String(all, StandardCharsets.UTF_8);
    int split = raw.indexOf("\r\n\r\n");
    String head = split < 0 ? raw : raw.substring(0, split);
    String body = split < 0 ? "" : raw.substring(split + 4);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int c = lines[i].indexOf(':');
      if (c > 0) {
        headers.put(lines[i].substring(0, c).trim().toLowerCase(Locale.ROOT), lines[i].substring(c + 1).trim());
      }
    }
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Answer(status, headers, body);
  }

  private static String unchunk(String body) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      int eol = body.indexOf("\r\n", i);
      if (eol < 0) {
        break;
      }
      int size = Integer.parseInt(body.substring(i, eol).trim(), 16);
      if (size == 0) {
        break;
      }
      // sizes count bytes; the test bodies here are ASCII or short UTF-8 read back as bytes
      byte[] rest = body.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
      String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
      out.append(chunk);
      i = eol + 2 + chunk.length() + 2;
    }
    return out.toString();
  }
}
