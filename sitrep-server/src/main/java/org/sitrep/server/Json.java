package org.sitrep.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.sitrep.json.ModelJson;

/** JSON responses and the one shape of an error. */
final class Json {
  static final String TYPE = "application/json; charset=utf-8";

  private Json() {}

  static void send(Context ctx, int status, String json) {
    ctx.status(status).contentType(TYPE).result(json);
  }

  /** {@code {"error": {"status", "code", "parameter", "message"}}}. */
  static void error(Context ctx, int status, String code, String parameter, String message) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    ObjectNode e = o.putObject("error");
    e.put("status", status);
    e.put("code", code);
    e.put("parameter", parameter);
    e.put("message", message);
    send(ctx, status, ModelJson.write(o, false));
  }
}
