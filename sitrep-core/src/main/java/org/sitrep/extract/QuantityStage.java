package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds counts in each sentence and turns their words into bounds: "at least 20,000" is 20000..null,
 * "more than 200" is 201..null, "dozens" is 24..99, "about 100" is 100..100 with approx "about".
 * Distances, money, percentages, ages, years and times are not counts and are skipped.
 *
 * <p>Reads SENTENCES (tokens with POS and NER); writes QUANTITIES.
 */
public final class QuantityStage implements Stage {

  private static final Map<String, Long> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L),
          Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
          Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
          Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
          Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
          Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
          Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
          Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
          Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
          Map.entry("ninety", 90L));

  private static final Map<String, Long> MULTIPLIERS =
      Map.of("dozen", 12L, "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
          "billion", 1_000_000_000L);

  /** Plural amounts: the bounds follow the convention "dozens" = 24..99, "hundreds" = 200..999. */
  private static final Map<String, long[]> VAGUE_PLURALS =
      Map.of(
          "dozens", new long[] {24, 99},
          "scores", new long[] {40, 99},
          "hundreds", new long[] {200, 999},
          "thousands", new long[] {2_000, 9_999},
          "millions", new long[] {2_000_000, 999_999_999});

  /** "hundreds of thousands": the unit a vague plural multiplies. */
  private static final Map<String, Long> SCALE_PLURALS =
      Map.of("thousands", 1_000L, "millions", 1_000_000L);

  /** Vague amounts without numeric bounds. */
  private static final Set<String> VAGUE_WORDS =
      Set.of("several", "many", "numerous", "countless", "multiple");

  /** Words after a number that make it a measurement, not a count of people or things. */
  private static final Set<String> UNIT_WORDS =
      Set.of(
          "metres", "meters", "metre", "meter", "km", "kilometres", "kilometers", "kilometre",
          "kilometer", "miles", "mile", "feet", "foot", "ft", "yards", "yard", "inches", "inch",
          "cm", "mm", "kg", "kilograms", "kilos", "pounds", "lbs", "tons", "tonnes", "litres",
          "liters", "gallons", "barrels", "percent", "per", "%", "degrees", "hours", "hour",
          "minutes", "minute", "seconds", "second", "days", "day", "weeks", "week", "months",
          "month", "years", "year", "decades", "centuries", "times", "dollars", "euros",
          "rupees", "yuan", "roubles", "rubles", "tenge", "block", "mph", "am", "pm", "a.m.",
          "p.m.", "o'clock", "year-old", "years-old", "calibre", "caliber", "acres", "hectares",
          "points", "votes", "seats", "shares", "counts", "charges");

  private static final Set<String> CURRENCY_BEFORE = Set.of("$", "€", "£", "¥", "us$", "rs", "rs.");
  private static final Set<String> NOT_COUNT_NER =
      Set.of("DATE", "TIME", "DURATION", "SET", "MONEY", "PERCENT", "ORDINAL");

  @Override
  public String name() {
    return "quantities";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.QUANTITIES);
  }

  @Override
  public Analysis apply(Analysis in) {
    List<Quantity> out = new ArrayList<>();
    for (Sentence s : in.sentences()) {
      find(in.text(), s, out);
    }
    return in.withQuantities(out);
  }

  static String low(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private static boolean isNumberWord(Token t) {
    String w = low(t);
    if (NOT_COUNT_NER.contains(t.ner())) {
      return false;
    }
    return "CD".equals(t.pos()) || w.equals("tens") || UNITS.containsKey(w) || MULTIPLIERS.containsKey(w)
        || VAGUE_PLURALS.containsKey(w) || VAGUE_WORDS.contains(w);
  }

  private static void find(String text, Sentence s, List<Quantity> out) {
    List<Token> toks = s.tokens();
    int i = 0;
    while (i < toks.size()) {
      if (!isNumberWord(toks.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < toks.size() && isNumberWord(toks.get(j + 1)) && !isVague(toks.get(j + 1))
          && !isVague(toks.get(i))) {
        j++;
      }
      Quantity q = read(text, s, i, j);
      if (q != null) {
        out.add(q);
        // "between 10 and 20", "tens of thousands": what read() took is not read again
        j = Math.max(j, q.headIndex());
      }
      i = j + 1;
    }
  }

  private static boolean isVague(Token t) {
    String w = low(t);
    return VAGUE_PLURALS.containsKey(w) || VAGUE_WORDS.contains(w);
  }

  /** Reads tokens i..j (the number words) with the approximator before them; null if not a count. */
  private static Quantity read(String text, Sentence s, int i, int j) {
    List<Token> toks = s.tokens();
    // "a thousand", "a dozen": the article belongs to the number, so "more than" comes before it
    if (i > 0 && (low(toks.get(i - 1)).equals("a") || low(toks.get(i - 1)).equals("an"))
        && (MULTIPLIERS.containsKey(low(toks.get(i))) || low(toks.get(i)).equals("dozen"))) {
      i--;
    }
    Token first = toks.get(i);
    Token last = toks.get(j);
    String next = j + 1 < toks.size() ? low(toks.get(j + 1)) : "";
    String prev = i > 0 ? low(toks.get(i - 1)) : "";
    if (UNIT_WORDS.contains(next) || next.startsWith("-year") || CURRENCY_BEFORE.contains(prev)
        || prev.equals("aged") || prev.equals("age") || prev.equals("no.") || prev.equals("number")
        || prev.equals("route") || prev.equals("highway") || prev.equals("page")) {
      return null;
    }
    if (isAddressOrAge(toks, i, j)) {
      return null;
    }
    // "a few hundred metres": the unit may follow a vague amount too
    int start = first.start();
    String approx = "exact";
    Long lowB;
    Long highB;
    String w0 = low(first);
    if (i == j && w0.equals("tens") && j + 2 < toks.size() && low(toks.get(j + 1)).equals("of")
        && SCALE_PLURALS.containsKey(low(toks.get(j + 2)))) {
      long unit = SCALE_PLURALS.get(low(toks.get(j + 2)));
      lowB = 20 * unit;
      highB = 100 * unit - 1;
      approx = "vague";
      j = j + 2;
      last = toks.get(j);
    } else if (i == j && VAGUE_PLURALS.containsKey(w0)) {
      long[] b = VAGUE_PLURALS.get(w0);
      lowB = b[0];
      highB = b[1];
      approx = "vague";
      // "tens of thousands", "hundreds of thousands": the plural scales the larger unit
      if (j + 2 < toks.size() && low(toks.get(j + 1)).equals("of")
          && SCALE_PLURALS.containsKey(low(toks.get(j + 2)))) {
        long unit = SCALE_PLURALS.get(low(toks.get(j + 2)));
        lowB = b[0] * unit;
        highB = (b[1] + 1) * unit - 1;
        j = j + 2;
        last = toks.get(j);
      }
    } else if (i == j && VAGUE_WORDS.contains(w0)) {
      lowB = null;
      highB = null;
      approx = "vague";
    } else if (i == j && w0.equals("one") && prev.equals("no")) {
      lowB = 0L; // "no one was hurt"
      highB = 0L;
      start = toks.get(i - 1).start();
    } else {
      Long v = value(toks, i, j);
      if (v == null) {
        return null;
      }
      // bare four-digit numbers between 1900 and 2100 that NER left untagged are years far more often
      if (i == j && v >= 1900 && v <= 2100 && first.word().matches("\\d{4}")) {
        return null;
      }
      lowB = v;
      highB = v;
      // "a few hundred", "several thousand": vague multiples
      if (i > 0 && (prev.equals("few") || prev.equals("several")) && v >= 100
          && MULTIPLIERS.containsKey(w0)) {
        lowB = v * 2;
        highB = v * 10 - 1;
        approx = "vague";
        start = toks.get(i - 1).start();
        if (i > 1 && low(toks.get(i - 2)).equals("a")) {
          start = toks.get(i - 2).start();
        }
      }
      // "between 10 and 20", "10 to 20", "10-20"
      int k = j + 1;
      if (k + 1 < toks.size() && (low(toks.get(k)).equals("and") || low(toks.get(k)).equals("to")
          || low(toks.get(k)).equals("-")) && isNumberWord(toks.get(k + 1))
          && !isVague(toks.get(k + 1))) {
        int m = k + 1;
        while (m + 1 < toks.size() && isNumberWord(toks.get(m + 1)) && !isVague(toks.get(m + 1))) {
          m++;
        }
        Long hi = value(toks, k + 1, m);
        boolean between = prev.equals("between") || !low(toks.get(k)).equals("and");
        if (hi != null && hi > v && between) {
          highB = hi;
          approx = "between";
          j = m;
          last = toks.get(m);
          if (prev.equals("between")) {
            start = toks.get(i - 1).start();
          }
        }
      }
      if (j + 1 < toks.size() && UNIT_WORDS.contains(low(toks.get(j + 1)))) {
        return null;
      }
      if (!approx.equals("between") && !approx.equals("vague")) {
        String p1 = prev;
        String p2 = i > 1 ? low(toks.get(i - 2)) + " " + prev : "";
        String p3 = i > 2 ? low(toks.get(i - 3)) + " " + p2 : "";
        int back = 0;
        if (p2.equals("at least") || p3.equals("no fewer than") || p3.equals("no less than")) {
          approx = "at_least";
          highB = null;
          back = p3.startsWith("no ") ? 3 : 2;
        } else if (p2.equals("more than") || p1.equals("over") || p2.equals("upwards of")
            || p3.equals("in excess of") || p2.equals("greater than")) {
          approx = "more_than";
          lowB = v + 1;
          highB = null;
          back = p1.equals("over") ? 1 : p3.equals("in excess of") ? 3 : 2;
        } else if (p2.equals("at most") || p2.equals("up to") || p3.equals("no more than")
            || p3.equals("as high as") || p3.equals("as many as")) {
          approx = "at_most";
          lowB = null;
          back = p2.equals("at most") || p2.equals("up to") ? 2 : 3;
        } else if (p2.equals("less than") || p2.equals("fewer than") || p1.equals("under")
            || p1.equals("below")) {
          approx = "less_than";
          lowB = null;
          highB = v - 1;
          back = p1.equals("under") || p1.equals("below") ? 1 : 2;
        } else if (Set.of("about", "around", "approximately", "roughly", "some", "nearly",
                "almost", "estimated", "circa", "approx.", "~").contains(p1)
            || p2.equals("close to") || p2.equals("an estimated")) {
          approx = "about";
          back = p2.equals("close to") || p2.equals("an estimated") ? 2 : 1;
        }
        if (back > 0) {
          start = toks.get(i - back).start();
        }
      }
    }
    int end = last.end();
    int head = j;
    return new Quantity(start, end, text.substring(start, end), lowB, highB, approx, s.index(), head);
  }

  private static final Set<String> STREET_WORDS =
      Set.of("street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "drive", "dr",
          "dr.", "boulevard", "blvd", "blvd.", "lane", "ln", "way", "court", "ct", "place", "pl",
          "highway", "hwy", "parkway", "pkwy", "terrace", "circle", "trail", "pike", "square");

  /**
   * "at 333 Quarry Road" is an address; "Malik Wyatt, 16, was shot" and "two women, 19 and 45" give
   * ages; "59 A 17-year-old boy" is a stray number before a new phrase. None counts anything.
   */
  private static boolean isAddressOrAge(List<Token> toks, int i, int j) {
    for (int k = j + 1; k < toks.size() && k <= j + 4; k++) {
      if (!"NNP".equals(toks.get(k).pos()) && !STREET_WORDS.contains(low(toks.get(k)))) {
        break;
      }
      if (STREET_WORDS.contains(low(toks.get(k)))) {
        return true;
      }
    }
    String next = j + 1 < toks.size() ? low(toks.get(j + 1)) : "";
    String prev = i > 0 ? toks.get(i - 1).word() : "";
    if (prev.equals(",") && i > 1) {
      String before = toks.get(i - 2).pos() == null ? "" : toks.get(i - 2).pos();
      if ((before.equals("NNP") || before.equals("NNS") || before.equals("CD"))
          && (next.equals(",") || next.equals("and") || next.equals(")") || next.isEmpty()
              || next.equals(".") || next.equals(";") || next.equals("of"))) {
        return true; // "Diana Ortiz, 40." and "Ortiz, 40, of Elm Street" give her age
      }
    }
    if (prev.equals("and") && i > 2 && toks.get(i - 2).pos() != null
        && toks.get(i - 2).pos().equals("CD") && toks.get(i - 3).word().equals(",")) {
      return true; // "two women, 19 and 45"
    }
    return Set.of("a", "an", "the").contains(next);
  }

  /** The value of number tokens i..j: digits ("20,000", "1.5 million") or words ("two thousand"). */
  static Long value(List<Token> toks, int i, int j) {
    long total = 0;
    long current = 0;
    boolean any = false;
    for (int k = i; k <= j; k++) {
      String w = low(toks.get(k)).replace(",", "");
      if (w.equals("a") || w.equals("an") || w.equals("and")) {
        continue;
      }
      if (w.matches("\\d+(\\.\\d+)?")) {
        double d = Double.parseDouble(w);
        if (d > 1e9) {
          return null; // no count of people or things in news is this large; avoids overflow
        }
        current += (long) d;
        // keep the fraction for "1.5 million"
        if (w.contains(".") && k < j && MULTIPLIERS.containsKey(low(toks.get(k + 1)))) {
          long m = MULTIPLIERS.get(low(toks.get(k + 1)));
          total += Math.round(d * m);
          current = 0;
          k++;
        }
        any = true;
      } else if (UNITS.containsKey(w)) {
        current += UNITS.get(w);
        any = true;
      } else if (MULTIPLIERS.containsKey(w)) {
        long m = MULTIPLIERS.get(w);
        if (current == 0) {
          current = 1; // "a thousand", "hundred"
        }
        if (m < 1_000) {
          current *= m; // "two dozen", "three hundred"
        } else {
          total += current * m;
          current = 0;
        }
        any = true;
      } else {
        return null; // "12-14", "1st" and other words are not plain numbers
      }
    }
    return any ? total + current : null;
  }
}
