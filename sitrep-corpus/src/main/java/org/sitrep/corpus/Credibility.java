package org.sitrep.corpus;

import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Claim;
import org.sitrep.model.Source;

/**
 * What the reconciliation needs to know about a claim besides its numbers: the subject kind it is
 * grouped under, who said it (as a key to compare sources by), and whether it may set the best
 * figure or only widen the range. See {@link Reconciliation} for the rules.
 */
final class Credibility {
  private Credibility() {}

  /** The subject kind of figures that count everyone. */
  static final String ALL = "all";

  /**
   * Head words of subjects that mean "people in general". The extractor's {@code Lexicon} maps
   * "people", "person", "man", "victim", "individual", "another" to {@code civilians}; a toll of
   * "12 people" is not a count of non-combatants, so these subjects count {@code all}.
   */
  private static final Set<String> GENERIC =
      Set.of("people", "person", "persons", "individual", "individuals", "victim", "victims",
          "another", "others", "man", "men", "body", "bodies", "dead", "casualties");

  /** Security kinds merged into the extractor's {@code state forces}. */
  private static final Set<String> SECURITY =
      Set.of("state forces", "police", "military", "security", "security forces", "army");

  /** Words of a source's name that make it a party to the conflict (besides kind rebels). */
  private static final Set<String> PARTISAN_WORDS =
      Set.of("opposition", "rebel", "rebels", "insurgent", "insurgents", "militant", "militants",
          "separatist", "separatists", "jihadist", "jihadists");

  /** The subject kind a claim is grouped under: {@code all}, or a specific kind. */
  static String kind(Claim c) {
    String k = c.subjectKind() == null ? null : c.subjectKind().trim().toLowerCase(Locale.ROOT);
    if (k == null || k.isEmpty() || k.equals("people") || k.equals("persons")
        || k.equals(ALL)) {
      return ALL;
    }
    if (SECURITY.contains(k)) {
      return "state forces";
    }
    if (k.equals("civilians") && isGeneric(c.subject())) {
      return ALL;
    }
    return k;
  }

  /** A civilians subject is generic unless a word of it says otherwise ("civilians", "children"). */
  private static boolean isGeneric(String subject) {
    if (subject == null || subject.isBlank()) {
      return true;
    }
    String[] words = subject.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (String w : words) {
      if (GENERIC.contains(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean unattributed(Source s) {
    return s == null || "unattributed".equals(s.kind()) && blank(s.name()) || blank(s.name())
        && blank(s.kind());
  }

  /**
   * Who said it, for duplicates: the normalised name, else {@code kind:KIND}, else
   * {@code unattributed}.
   */
  static String sourceKey(Source s) {
    if (unattributed(s)) {
      return "unattributed";
    }
    if (!blank(s.name())) {
      return normalise(s.name());
    }
    return "kind:" + s.kind();
  }

  /**
   * Who said it, for supersession: as {@link #sourceKey}, except that an unattributed figure is
   * the outlet's own, so it is keyed by the outlet.
   */
  static String speakerKey(Source s, String outlet) {
    if (unattributed(s)) {
      return blank(outlet) ? "unattributed" : "outlet:" + normalise(outlet);
    }
    return sourceKey(s);
  }

  /** A short name of who said it, for a ledger's {@code why}. */
  static String label(Source s, String outlet) {
    if (unattributed(s)) {
      return blank(outlet) ? "an unattributed report" : outlet;
    }
    return blank(s.name()) ? s.kind() : s.name();
  }

  /** Why a claim may only widen the range, or null when it is credible. */
  static String widensBecause(Claim c) {
    Source s = c.source();
    if (s != null && partisan(s)) {
      return "partisan source (" + (blank(s.name()) ? s.kind() : s.name()) + ")";
    }
    if (c.hedged()) {
      return "hedged";
    }
    if ("vague".equals(c.approx())) {
      return "vague figure";
    }
    return null;
  }

  static boolean partisan(Source s) {
    if ("rebels".equals(s.kind())) {
      return true;
    }
    if (blank(s.name())) {
      return false;
    }
    for (String w : s.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (PARTISAN_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, single spaces, without a leading "the". */
  static String normalise(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
