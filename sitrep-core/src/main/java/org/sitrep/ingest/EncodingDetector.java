package org.sitrep.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.InputException;

/**
 * Turns the raw bytes of an article into text.
 *
 * <p>Decisions that bytes settle exactly are made here: a BOM (UTF-8, UTF-16LE/BE, UTF-32LE/BE)
 * wins and is stripped, and bytes that are valid UTF-8 are UTF-8 (pure ASCII included). Everything
 * else is statistics, left to ICU4J's {@link CharsetDetector}: it recognises UTF-16 without a BOM
 * from the pattern of zero bytes and tells the single-byte encodings apart (windows-1252 and
 * ISO-8859-1/2/5/6/7/8/9, windows-1250/1251/1253-1256, KOI8-R) by per-language byte n-grams.
 * ICU4J was chosen over juniversalchardet because juniversalchardet has no Central European model
 * (ISO-8859-2/windows-1250) and no BOM-less UTF-16; ICU4J costs a larger jar, which a pipeline that
 * ships CoreNLP's models does not notice.
 *
 * <p>Thread-safe: every call builds its own decoder and detector.
 */
public final class EncodingDetector {
  /** What {@link #decode} found: the text (BOM stripped), the charset and how sure it is. */
  public record Decoded(String text, String charset, int confidence, boolean bom) {}

  /** ICU answers below this confidence are treated as a guess: unknown-encoding. */
  static final int MIN_CONFIDENCE = 20;

  /** Encodings sitrep accepts from the detector; anything else is too likely a misreading. */
  private static final Set<String> ACCEPTED =
      Set.of(
          "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE",
          "ISO-8859-1", "ISO-8859-2", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7", "ISO-8859-8",
          "ISO-8859-8-I", "ISO-8859-9",
          "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254",
          "windows-1255", "windows-1256", "KOI8-R",
          "Shift_JIS", "EUC-JP", "EUC-KR", "GB18030", "Big5");

  /**
   * Decodes {@code bytes}. {@code name} only goes into error messages.
   *
   * @throws InputException unknown-encoding when no encoding reads the bytes cleanly
   */
  public Decoded decode(byte[] bytes, String name) {
    Decoded bom = decodeBom(bytes, name);
    if (bom != null) {
      return bom;
    }
    if (isValidUtf8(bytes)) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", 100, false);
    }
    Decoded mixed = decodeMostlyUtf8(bytes);
    if (mixed != null) {
      return mixed;
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch[] matches = detector.detectAll();
    for (CharsetMatch m : matches) {
      if (m.getConfidence() < MIN_CONFIDENCE) {
        break;
      }
      String cs = m.getName();
      if (!ACCEPTED.contains(cs) || !Charset.isSupported(javaName(cs))) {
        continue;
      }
      String text = strictDecode(bytes, Charset.forName(javaName(cs)));
      if (text != null && cleanText(text)) {
        // ICU reports ISO-8859-1 for Latin-1 text without C1 bytes; windows-1252 reads that the
        // same and also the curly quotes of text that does have them.
        String label = cs.equals("ISO-8859-1") ? "windows-1252" : cs;
        if (label.equals("windows-1252")) {
          text = strictDecode(bytes, Charset.forName("windows-1252"));
          if (text == null) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
            label = cs;
          }
        }
        return new Decoded(text, label, m.getConfidence(), false);
      }
    }
    throw new InputException(
        "unknown-encoding",
        name
            + ": cannot tell the character encoding: the bytes are not UTF-8 and no other encoding"
            + " reads them with confidence"
            + (matches.length == 0
                ? ""
                : " (best guess " + matches[0].getName() + " at " + matches[0].getConfidence()
                    + "%)"));
  }

  /** Whether the bytes start with a UTF-8, UTF-16 or UTF-32 byte order mark. */
  public static boolean hasBom(byte[] b) {
    return startsWith(b, 0xEF, 0xBB, 0xBF) || startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)
        || startsWith(b, 0x00, 0x00, 0xFE, 0xFF);
  }

  /** The BOM, if any, decides; bytes that contradict it are an error, not a guess. */
  private static Decoded decodeBom(byte[] b, String name) {
    String cs = null;
    int skip = 0;
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      cs = "UTF-32BE";
      skip = 4;
    } else if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      cs = "UTF-32LE";
      skip = 4;
    } else if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      cs = "UTF-8";
      skip = 3;
    } else if (startsWith(b, 0xFE, 0xFF)) {
      cs = "UTF-16BE";
      skip = 2;
    } else if (startsWith(b, 0xFF, 0xFE)) {
      cs = "UTF-16LE";
      skip = 2;
    }
    if (cs == null) {
      return null;
    }
    if (!Charset.isSupported(cs)) {
      throw new InputException("unknown-encoding", name + ": " + cs + " is not supported here");
    }
    String text = strictDecode(ByteBuffer.wrap(b, skip, b.length - skip), Charset.forName(cs));
    if (text == null) {
      throw new InputException(
          "unknown-encoding", name + ": starts with a " + cs + " byte order mark but is not valid " + cs);
    }
    return new Decoded(text, cs, 100, true);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static boolean isValidUtf8(byte[] bytes) {
    return strictDecode(bytes, StandardCharsets.UTF_8) != null;
  }

  /**
   * Text that is UTF-8 except for a few stray bytes (a windows-1252 quote pasted into UTF-8, a
   * truncated last character) is common on the web. It is read as UTF-8, and each invalid byte as
   * the windows-1252 character it most likely was, rather than handing the whole text to a
   * single-byte guess that would turn every correct UTF-8 character into mojibake.
   */
  private static Decoded decodeMostlyUtf8(byte[] b) {
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < b.length; ) {
      int len = utf8SequenceLength(b, i);
      if (len > 1) {
        valid++;
        i += len;
      } else if (len == 1) {
        i++;
      } else {
        invalid++;
        i++;
      }
    }
    if (valid < 3 || invalid * 2 > valid) {
      return null;
    }
    Charset cp1252 = Charset.forName("windows-1252");
    StringBuilder sb = new StringBuilder(b.length);
    int start = 0;
    for (int i = 0; i < b.length; ) {
      int len = utf8SequenceLength(b, i);
      if (len > 0) {
        i += len;
        continue;
      }
      sb.append(new String(b, start, i - start, StandardCharsets.UTF_8));
      sb.append(new String(b, i, 1, cp1252));
      i++;
      start = i;
    }
    sb.append(new String(b, start, b.length - start, StandardCharsets.UTF_8));
    return new Decoded(sb.toString(), "UTF-8", 80, false);
  }

  /** Length of the well-formed UTF-8 sequence at {@code i}, or 0 if there is none. */
  private static int utf8SequenceLength(byte[] b, int i) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int len;
    int min;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + len > b.length) {
      return 0;
    }
    int cp = c & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
      int cc = b[i + k] & 0xFF;
      if ((cc & 0xC0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return 0;
    }
    return len;
  }

  private static String strictDecode(byte[] bytes, Charset cs) {
    return strictDecode(ByteBuffer.wrap(bytes), cs);
  }

  private static String strictDecode(ByteBuffer bytes, Charset cs) {
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(bytes);
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * A decoding is only believed if it yields few control characters: a wrong single-byte guess of
   * UTF-16 or of binary data shows up as C0/C1 controls.
   */
  private static boolean cleanText(String text) {
    int controls = 0;
    int n = Math.min(text.length(), 1 << 16);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7F && c < 0xA0)) {
        controls++;
      }
    }
    return controls * 100 <= n;
  }

  private static String javaName(String icuName) {
    return switch (icuName.toUpperCase(Locale.ROOT)) {
      case "ISO-8859-8-I" -> "ISO-8859-8";
      default -> icuName;
    };
  }
}
