package org.sitrep.core;

/**
 * Input that sitrep cannot analyse: the message names the input and the problem, the code is the
 * stable identifier written into batch output ({@code {"error": {"code": ...}}}).
 */
public final class InputException extends RuntimeException {
  private final String code;

  public InputException(String code, String message) {
    super(message);
    this.code = code;
  }

  public InputException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** empty-input, binary-input, too-large, unknown-encoding, unsupported-language, bad-json, bad-date, bad-html, too-slow. */
  public String code() {
    return code;
  }
}
