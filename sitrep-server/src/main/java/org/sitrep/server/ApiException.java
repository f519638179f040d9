package org.sitrep.server;

/**
 * A request the API refuses: the status, a stable code, the parameter at fault (or null) and a
 * message for people. Written as {@code {"error": {"status", "code", "parameter", "message"}}}.
 */
final class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final String parameter;

  ApiException(int status, String code, String parameter, String message) {
    super(message, null, false, false); // no stack trace: it is an answer, not a bug
    this.status = status;
    this.code = code;
    this.parameter = parameter;
  }

  static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, "bad-parameter", parameter, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, "not-found", null, message);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  String parameter() {
    return parameter;
  }
}
