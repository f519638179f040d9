package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.InputException;
import org.sitrep.model.Article;

/**
 * Reads one article: a text, HTML or JSON file, bytes from standard input, or one line of a JSONL
 * batch ({@code {"id", "text", "published": "YYYY-MM-DD"?, "title"?, "url"?, "source"?}}).
 *
 * <p>Bytes are checked in this order: size ({@code too-large}), known binary formats and control
 * characters ({@code binary-input}), encoding ({@code unknown-encoding}, see {@link
 * EncodingDetector}), kind (JSON object, HTML, plain text), content ({@code empty-input}, {@code
 * bad-json}, {@code bad-date}). Every {@link InputException} message starts with the input's name
 * (the file name, {@code -} for standard input, or {@code line N (id ...)} for JSONL).
 *
 * <p>Thread-safe: the instance holds only immutable configuration and a thread-safe ObjectMapper.
 */
public final class ArticleReader {
  /** Largest input read by default: 10 MB of bytes. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** What an input turned out to be. */
  public enum Kind {
    JSON,
    HTML,
    TEXT
  }

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
  private static final Set<String> JSON_EXTENSIONS = Set.of("json");

  private final long maxBytes;
  private final boolean badDatesLeftOut;
  private final EncodingDetector encodings = new EncodingDetector();
  private final HtmlExtractor html = new HtmlExtractor();
  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public ArticleReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** @param maxBytes inputs (files, stdin, JSONL lines in UTF-8) larger than this are too-large */
  public ArticleReader(long maxBytes) {
    this(maxBytes, false);
  }

  private ArticleReader(long maxBytes, boolean badDatesLeftOut) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.badDatesLeftOut = badDatesLeftOut;
  }

  /**
   * A reader that reads a {@code "published"} value that is no date as no date at all, where
   * this one rejects the input ({@code bad-date}): for a corpus, an undated article is better
   * than a lost one.
   */
  public ArticleReader withBadDatesLeftOut() {
    return new ArticleReader(maxBytes, true);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads a file. The id is the file name without its extension (for a JSON file: its "id" field
   * if it has one).
   *
   * @throws UncheckedIOException when the file cannot be read (missing, unreadable)
   */
  public Article read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw tooLarge(name, size);
      }
      return read(name, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(name + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads a stream to its end (at most maxBytes + 1 bytes are buffered), e.g. stdin as "-". */
  public Article read(String name, InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(name, -1);
      }
      return read(name, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads an article from raw bytes. {@code name} is the file name ({@code "-"} for standard
   * input, whose id is then "stdin"); its extension helps tell HTML and JSON from text.
   */
  public Article read(String name, byte[] bytes) {
    if (bytes.length > maxBytes) {
      throw tooLarge(name, bytes.length);
    }
    if (isBlankBytes(bytes)) {
      throw new InputException("empty-input", name + ": the input is empty");
    }
    String binary = binaryFormat(bytes);
    if (binary != null) {
      throw new InputException("binary-input", name + ": this is " + binary + ", not text");
    }
    String text;
    try {
      text = encodings.decode(bytes, name).text();
    } catch (InputException e) {
      if (!EncodingDetector.hasBom(bytes) && looksBinary(bytes)) {
        throw new InputException(
            "binary-input", name + ": binary data (NUL bytes or control characters), not text");
      }
      throw e;
    }
    if (binaryText(text)) {
      throw new InputException(
          "binary-input", name + ": binary data (NUL bytes or control characters), not text");
    }
    String id = idFromName(name);
    return switch (kind(name, text)) {
      case JSON -> parseJson(text, name, id);
      case HTML -> fromHtml(text, name, id);
      case TEXT -> fromText(text, name, id);
    };
  }

  /** The kind of a decoded input: by extension first, then by content. */
  public static Kind kind(String name, String text) {
    String ext = extension(name);
    if (JSON_EXTENSIONS.contains(ext)) {
      return Kind.JSON;
    }
    if (HTML_EXTENSIONS.contains(ext)) {
      return Kind.HTML;
    }
    String t = text.strip();
    if (t.startsWith("{") && t.endsWith("}") && !ext.equals("txt")) {
      return Kind.JSON;
    }
    if (!ext.equals("txt") && HtmlExtractor.looksLikeHtml(text)) {
      return Kind.HTML;
    }
    return Kind.TEXT;
  }

  /**
   * Parses one line of a JSONL batch. {@code source} names the batch file in messages (may be
   * null); lines are numbered from 1. An article without "id" gets {@code line-N}.
   */
  public Article parseJsonLine(String source, int lineNumber, String line) {
    String where = (source == null ? "" : source + " ") + "line " + lineNumber;
    if (line.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw tooLarge(where + peekId(line).map(id -> " (id " + quote(id) + ")").orElse(""), -1);
    }
    if (line.isBlank()) {
      throw new InputException("empty-input", where + ": the line is empty");
    }
    return parseJson(line, where, "line-" + lineNumber);
  }

  /**
   * Parses a JSON article object. {@code name} goes into messages; {@code defaultId} is used when
   * the object has no "id".
   */
  public Article parseJson(String text, String name, String defaultId) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InputException(
          "bad-json",
          name + ": malformed JSON: " + e.getOriginalMessage()
              + location(e), e);
    }
    if (node == null || node.isMissingNode()) {
      throw new InputException("empty-input", name + ": the input is empty");
    }
    if (!(node instanceof ObjectNode obj)) {
      throw new InputException(
          "bad-json", name + ": expected a JSON object with a \"text\" field, found " + describe(node));
    }
    String id = defaultId;
    JsonNode idNode = obj.get("id");
    if (idNode != null && !idNode.isNull()) {
      if (!idNode.isValueNode() || idNode.asText().isBlank()) {
        throw new InputException("bad-json", name + ": \"id\" must be a non-empty string or number");
      }
      id = idNode.asText();
    }
    String who = name + (idNode != null && !idNode.isNull() ? " (id " + quote(id) + ")" : "");
    JsonNode textNode = obj.get("text");
    if (textNode == null || textNode.isNull()) {
      throw new InputException("bad-json", who + ": missing \"text\" field");
    }
    if (!textNode.isTextual()) {
      throw new InputException(
          "bad-json", who + ": \"text\" must be a string, found " + describe(textNode));
    }
    String body = textNode.textValue();
    if (body.isBlank()) {
      throw new InputException("empty-input", who + ": \"text\" is empty");
    }
    if (binaryText(body)) {
      throw new InputException("binary-input", who + ": \"text\" holds control characters, not text");
    }
    LocalDate published = date(obj.get("published"), who, badDatesLeftOut);
    return new Article(
        id, body, published, string(obj, "title", who), string(obj, "url", who),
        string(obj, "source", who));
  }

  /** The "id" of a JSONL line if it can be read even though the line is otherwise unusable. */
  public Optional<String> peekId(String line) {
    try {
      JsonNode n = json.readTree(line);
      if (n instanceof ObjectNode o && o.get("id") != null && o.get("id").isValueNode()
          && !o.get("id").isNull()) {
        return Optional.of(o.get("id").asText());
      }
    } catch (JsonProcessingException | RuntimeException e) {
      // fall through: the id is simply unknown
    }
    return Optional.empty();
  }

  private Article fromHtml(String text, String name, String id) {
    HtmlExtractor.Extracted page = html.extract(text);
    if (page.text().isBlank()) {
      throw new InputException("empty-input", name + ": the HTML page has no text");
    }
    return new Article(id, page.text(), page.published(), page.title(), null, null);
  }

  private static Article fromText(String text, String name, String id) {
    if (text.isBlank()) {
      throw new InputException("empty-input", name + ": the input is empty (only whitespace)");
    }
    return new Article(id, text, null, null, null, null);
  }

  private static LocalDate date(JsonNode n, String who, boolean leftOut) {
    if (n == null || n.isNull() || (n.isTextual() && n.textValue().isBlank())) {
      return null;
    }
    String v = n.isTextual() ? n.textValue() : n.toString();
    if (n.isTextual() && DAY.matcher(v).matches()) {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        // not a real day: reported below
      }
    }
    if (leftOut) {
      return null;
    }
    throw new InputException(
        "bad-date",
        who + ": \"published\" is " + quote(v) + ", not a date in the format YYYY-MM-DD");
  }

  private static String string(ObjectNode obj, String field, String who) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new InputException(
          "bad-json", who + ": \"" + field + "\" must be a string, found " + describe(n));
    }
    return n.textValue();
  }

  private static String describe(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL -> "null";
      default -> n.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (at column " + e.getLocation().getColumnNr()
            + (e.getLocation().getLineNr() > 1 ? ", line " + e.getLocation().getLineNr() : "")
            + ")";
  }

  private InputException tooLarge(String name, long size) {
    return new InputException(
        "too-large",
        name + ": the input is "
            + (size >= 0 ? size + " bytes" : "larger than the limit")
            + "; the limit is " + maxBytes + " bytes");
  }

  static String quote(String s) {
    String t = s.length() > 80 ? s.substring(0, 77) + "..." : s;
    return "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  static String idFromName(String name) {
    if (name.equals("-")) {
      return "stdin";
    }
    String base = name;
    int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
    if (slash >= 0) {
      base = base.substring(slash + 1);
    }
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  static String extension(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static boolean isBlankBytes(byte[] b) {
    for (byte x : b) {
      int c = x & 0xFF;
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
        return false;
      }
    }
    return true;
  }

  /** Formats whose leading bytes say they are not text. */
  private static String binaryFormat(byte[] b) {
    if (startsWith(b, "%PDF-")) {
      return "a PDF file";
    }
    if (startsWith(b, "PK\u0003\u0004")) {
      return "a ZIP archive (or an Office document)";
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
      return "gzip-compressed data";
    }
    if (startsWith(b, "\u0089PNG") || startsWith(b, "GIF8")
        || (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF)) {
      return "an image";
    }
    if (startsWith(b, "\u007FELF")) {
      return "an executable";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, String latin1) {
    if (b.length < latin1.length()) {
      return false;
    }
    for (int i = 0; i < latin1.length(); i++) {
      if ((b[i] & 0xFF) != latin1.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** NUL bytes or more than 10% control bytes in the first 8 KB. */
  private static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        controls++;
      }
    }
    return controls * 10 > n;
  }

  /**
   * NULs, or more than 5% C0 control characters in the first 64K chars: escape sequences and form
   * feeds do occur in real text, but rarely and few.
   */
  private static boolean binaryText(String text) {
    int n = Math.min(text.length(), 1 << 16);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return controls * 20 > n;
  }
}
