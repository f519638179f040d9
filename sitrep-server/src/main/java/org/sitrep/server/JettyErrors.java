package org.sitrep.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself, before Javalin sees the request (an ambiguous or malformed
 * URI such as {@code /../} or {@code %2e%2e}, bad headers): the same JSON error as the API's,
 * with no server name, version or stack.
 */
final class JettyErrors extends ErrorHandler {

  static String body(int status) {
    String message = switch (status) {
      case 400 -> "the request could not be read: a malformed or ambiguous path, query or header";
      case 404 -> "nothing here: the API is under /api, see /openapi.json";
      case 413, 431 -> "the request is too large";
      default -> "the request failed";
    };
    return "{\"error\":{\"status\":" + status + ",\"code\":\"" + (status == 400 ? "bad-request" : "http-" + status)
        + "\",\"parameter\":null,\"message\":\"" + message + "\"}}";
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Json.TYPE);
    return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) throws IOException {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.TYPE);
    response.write(true, ByteBuffer.wrap(body(code).getBytes(StandardCharsets.UTF_8)), callback);
  }
}
