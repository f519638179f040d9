package org.sitrep.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation that every gazetteer key and every query goes through, so that "Alma-Ata",
 * "Alma Ata" and "ALMA ATA" meet on one key, and "São Paulo" meets "Sao Paulo".
 */
public final class Names {
  private Names() {}

  /**
   * Lower case, accents removed, apostrophes dropped, every other run of non-letters and non-digits
   * made one space, a leading "the" dropped ("The Gambia", "the Netherlands").
   *
   * <p>Apostrophes are dropped rather than spaced because GeoNames writes transliterations both ways
   * ("Ivano-Frankivs'k" and "Ivano-Frankivsk"), and news copies either.
   */
  public static String normalize(String name) {
    // Most names are plain ASCII; NFKD is by far the slowest step and changes nothing for them.
    String decomposed =
        isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || isApostrophe(c)) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && b.length() > 0) {
          b.append(' ');
        }
        pendingSpace = false;
        appendFolded(b, c);
      } else {
        pendingSpace = true;
      }
    }
    String s = expandAbbreviations(b.toString());
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** "St. Albans" and "Saint Albans", "Mt. Pleasant" and "Mount Pleasant" are one name. */
  private static final java.util.Map<String, String> NAME_WORDS = java.util.Map.of(
      "st", "saint", "ste", "sainte", "mt", "mount", "ft", "fort");

  private static String expandAbbreviations(String s) {
    if (!(s.startsWith("st ") || s.startsWith("ste ") || s.startsWith("mt ") || s.startsWith("ft ")
        || s.contains(" st ") || s.contains(" ste ") || s.contains(" mt ") || s.contains(" ft "))) {
      return s; // the common case, without splitting
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (String word : s.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(NAME_WORDS.getOrDefault(word, word));
    }
    return out.toString();
  }

  /** True when the normalised name is written in Latin letters and digits only. */
  public static boolean isLatin(String normalized) {
    if (normalized.isEmpty()) {
      return false;
    }
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BB' || c == '\u02BC'
        || c == '`' || c == '\u00B4';
  }

  // Letters that NFKD leaves whole (they are not letter + accent in Unicode) but that English news
  // writes without their stroke: Łódź, Tromsø, Đà Nẵng, Straße, Færøerne, Diyarbakır.
  private static void appendFolded(StringBuilder b, char c) {
    switch (c) {
      case 'ł', 'Ł' -> b.append('l');
      case 'ø', 'Ø' -> b.append('o');
      case 'đ', 'Đ', 'ð', 'Ð' -> b.append('d');
      case 'ß' -> b.append("ss");
      case 'æ', 'Æ' -> b.append("ae");
      case 'œ', 'Œ' -> b.append("oe");
      case 'þ', 'Þ' -> b.append("th");
      case 'ı' -> b.append('i');
      case 'ħ', 'Ħ' -> b.append('h');
      default -> b.append(String.valueOf(c).toLowerCase(Locale.ROOT));
    }
  }
}
