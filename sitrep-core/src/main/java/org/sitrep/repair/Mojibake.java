package org.sitrep.repair;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * UTF-8 that was read as windows-1252 (or ISO-8859-1): "â€œ" for "“", "Ã©" for "é", "Â " for a
 * no-break space. A run of characters is mojibake when their windows-1252 bytes form well-formed
 * UTF-8 multi-byte sequences; the repair decodes them again, repeatedly for text that went through
 * the mistake twice ("Ã¢â‚¬Å“"). Real text almost never has a Latin-1 letter followed by the
 * exact continuation characters a UTF-8 sequence needs, so this has few false positives.
 */
final class Mojibake {
  private Mojibake() {}

  /** One mojibake run: original {@code [start, end)} and what it reads as. */
  record Fix(int start, int end, String text) {}

  private static final String CP1252_HIGH =
      "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

  /** The windows-1252 byte of {@code c}, or -1 when c is ASCII or not in windows-1252. */
  static int byteOf(char c) {
    if (c >= 0xA0 && c <= 0xFF) {
      return c;
    }
    if (c >= 0x80 && c <= 0x9F) {
      return c; // ISO-8859-1 reading of the bytes windows-1252 leaves undefined or maps
    }
    int i = CP1252_HIGH.indexOf(c);
    return i >= 0 ? 0x80 + i : -1;
  }

  static List<Fix> find(String text) {
    List<Fix> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int len = sequenceAt(text, i, true);
      if (len == 0) {
        i++;
        continue;
      }
      int start = i;
      int end = i + len;
      int next;
      while (end < n && (next = sequenceAt(text, end, true)) > 0) {
        end += next;
      }
      String fixed = rounds(decode(text, start, end, true));
      if (!hasC1(fixed)) {
        if (stable(text, start, end, fixed)) {
          out.add(new Fix(start, end, fixed));
        }
      } else {
        // C1 controls are only a step of double mojibake ("Â\u009D" inside "Ã¢â‚¬Â\u009D");
        // left over, they mean this run was not that: fix its plain sequences only
        for (int k = start; k < end; ) {
          int l = sequenceAt(text, k, false);
          if (l == 0) {
            k++;
          } else {
            String f = rounds(decode(text, k, k + l, false));
            if (stable(text, k, k + l, f)) {
              out.add(new Fix(k, k + l, f));
            }
            k += l;
          }
        }
      }
      i = end;
    }
    return out;
  }

  /**
   * Whether the fix leaves no new mojibake with its neighbours ("Ã’’" decodes to "Ò’", itself
   * mojibake): such garbage is left alone, so that repairing twice changes nothing.
   */
  private static boolean stable(String text, int start, int end, String fixed) {
    // neighbours as a second run sees them: without the invisible characters removed meanwhile
    StringBuilder before = new StringBuilder();
    for (int k = start - 1; k >= 0 && before.length() < 3; k--) {
      if (TextRepairStage.INVISIBLE.indexOf(text.charAt(k)) < 0) {
        before.insert(0, text.charAt(k));
      }
    }
    StringBuilder after = new StringBuilder();
    for (int k = end; k < text.length() && after.length() < 3; k++) {
      if (TextRepairStage.INVISIBLE.indexOf(text.charAt(k)) < 0) {
        after.append(text.charAt(k));
      }
    }
    String w = before + fixed + after;
    int from = before.length();
    int to = from + fixed.length();
    for (int i = 0; i < to; i++) {
      int len = sequenceAt(w, i, true);
      if (len > 0 && i + len > from) {
        return false;
      }
    }
    return true;
  }

  private static String rounds(String fixed) {
    for (int round = 0; round < 3; round++) {
      String again = fixAll(fixed);
      if (again.equals(fixed)) {
        break;
      }
      fixed = again;
    }
    return fixed;
  }

  private static boolean hasC1(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && c <= 0x9F) {
        return true;
      }
    }
    return false;
  }

  /** {@code s} with every mojibake run decoded once. */
  static String fixAll(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int at = 0;
    for (int i = 0; i < s.length(); ) {
      int len = sequenceAt(s, i, true);
      if (len == 0) {
        i++;
      } else {
        sb.append(s, at, i).append(decode(s, i, i + len, true));
        i += len;
        at = i;
      }
    }
    return sb.append(s, at, s.length()).toString();
  }

  /** Length of the mojibake UTF-8 sequence starting at {@code i}, or 0. */
  static int sequenceAt(CharSequence s, int i, boolean allowC1) {
    if (closingQuoteLost(s, i)) {
      return 3;
    }
    if (s.charAt(i) == 'Â' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
      return 2; // "Â" + a no-break space that was later turned into a plain space
    }
    int lead = byteOf(s.charAt(i));
    int len;
    if (lead >= 0xC2 && lead <= 0xDF) {
      len = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      len = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      len = 4;
    } else {
      return 0;
    }
    if (i + len > s.length()) {
      return 0;
    }
    int cp = lead & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
      int b = byteOf(s.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return 0;
    }
    // C1 controls decoded from "Â\u0080".."Â\u009F" are no better than what they replace
    if (cp < 0xA0 && !allowC1) {
      return 0;
    }
    return len;
  }

  /**
   * "â€" and a replacement character: the right double quote ” (E2 80 9D), whose last byte
   * windows-1252 leaves undefined, so decoders replace it with U+FFFD. Of the five UTF-8
   * characters "â€" + an undefined byte can be, it is by far the commonest in news text.
   */
  private static boolean closingQuoteLost(CharSequence s, int i) {
    return i + 2 < s.length() && s.charAt(i) == 'â' && s.charAt(i + 1) == '€'
        && s.charAt(i + 2) == '\uFFFD';
  }

  /** Decodes the run {@code [start, end)}, which is made of whole sequences. */
  private static String decode(String s, int start, int end, boolean allowC1) {
    StringBuilder sb = new StringBuilder();
    for (int i = start; i < end; ) {
      int len = sequenceAt(s, i, allowC1);
      if (closingQuoteLost(s, i)) {
        sb.append('”');
      } else if (s.charAt(i) == 'Â' && s.charAt(i + 1) == ' ') {
        sb.append(' ');
      } else {
        byte[] bytes = new byte[len];
        for (int k = 0; k < len; k++) {
          bytes[k] = (byte) byteOf(s.charAt(i + k));
        }
        sb.append(new String(bytes, StandardCharsets.UTF_8));
      }
      i += len;
    }
    return sb.toString();
  }

}
