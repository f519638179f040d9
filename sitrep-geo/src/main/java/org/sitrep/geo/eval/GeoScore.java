package org.sitrep.geo.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.sitrep.geo.Geo;
import org.sitrep.model.Place;

/**
 * Geoparsing scores as the field reports them (Gritta et al. 2018, "What's missing in geographical
 * parsing?"): recognition precision, recall and F1 on exact and on overlapping spans; resolution
 * as accuracy within 161 km (100 miles), mean and median error in km, and the area under the curve
 * of log errors (0 is perfect, 1 is every place on the other side of the world). A recognised name
 * left unresolved counts as the largest possible error, as it does there.
 *
 * <p>Resolution is scored twice: over the gold names that were recognised (what papers that start
 * from gold or from their own NER report) and over all gold names with coordinates, where a name
 * missed by recognition counts as wrong (what a user of raw text gets).
 */
public final class GeoScore {
  /** Half the Earth's circumference: the error of an unresolved name. */
  static final double MAX_KM = 20_039;

  private int gold;
  private int predicted;
  private int exactMatches;
  private int overlapMatches;
  private int goldWithCoordinates;
  private final List<Double> errors = new ArrayList<>();

  /**
   * Pairs gold names with places one to one: exact spans first, then overlapping ones among the
   * rest ("Springfield" and "Ill." both overlapping a gold "Springfield, Ill." make one pair, not
   * two). Element {@code g} is the place paired with gold name {@code g}, or null.
   */
  public static Place[] pair(List<GeoGold.Toponym> goldNames, List<Place> places) {
    Place[] match = new Place[goldNames.size()];
    boolean[] used = new boolean[places.size()];
    for (boolean exactPass : new boolean[] {true, false}) {
      for (int g = 0; g < goldNames.size(); g++) {
        GeoGold.Toponym t = goldNames.get(g);
        for (int p = 0; p < places.size() && match[g] == null; p++) {
          Place q = places.get(p);
          boolean fits = exactPass
              ? q.start() == t.start() && q.end() == t.end()
              : q.start() < t.end() && t.start() < q.end();
          if (!used[p] && fits) {
            match[g] = q;
            used[p] = true;
          }
        }
      }
    }
    return match;
  }

  /** Scores one document: the gold names against the places sitrep found in the same text. */
  public synchronized void add(List<GeoGold.Toponym> goldNames, List<Place> places) {
    gold += goldNames.size();
    predicted += places.size();
    Place[] match = pair(goldNames, places);
    for (int g = 0; g < goldNames.size(); g++) {
      GeoGold.Toponym t = goldNames.get(g);
      if (match[g] != null) {
        overlapMatches++;
        exactMatches += match[g].start() == t.start() && match[g].end() == t.end() ? 1 : 0;
      }
    }
    for (int g = 0; g < goldNames.size(); g++) {
      GeoGold.Toponym t = goldNames.get(g);
      if (!t.hasCoordinates()) {
        continue;
      }
      goldWithCoordinates++;
      Place m = match[g];
      if (m != null) {
        errors.add(m.lat() == null || m.lon() == null
            ? MAX_KM
            : Geo.km(m.lat(), m.lon(), t.lat(), t.lon()));
      }
    }
  }

  /**
   * Totals. {@code exactMatches} and {@code overlapMatches} count one-to-one pairs of a gold name
   * and a place (an exact pair is also an overlapping one); {@code errors} are in km, one per
   * recognised gold name with coordinates, kept sorted.
   */
  public record Result(int gold, int predicted, int exactMatches, int overlapMatches,
      int goldWithCoordinates, List<Double> errors) {
    public Result {
      List<Double> sorted = new ArrayList<>(errors);
      Collections.sort(sorted);
      errors = List.copyOf(sorted);
    }

    public double precision(boolean overlap) {
      return (overlap ? overlapMatches : exactMatches) / (double) Math.max(1, predicted);
    }

    public double recall(boolean overlap) {
      return (overlap ? overlapMatches : exactMatches) / (double) Math.max(1, gold);
    }

    public double f1(boolean overlap) {
      double p = precision(overlap);
      double r = recall(overlap);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of recognised gold names resolved within {@code km}. */
    public double accuracyWithin(double km) {
      return within(km) / (double) Math.max(1, errors.size());
    }

    /** Share of all gold names with coordinates recognised and resolved within {@code km}. */
    public double endToEndAccuracyWithin(double km) {
      return within(km) / (double) Math.max(1, goldWithCoordinates);
    }

    private long within(double km) {
      return errors.stream().filter(e -> e <= km).count();
    }

    public double meanKm() {
      return errors.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public double medianKm() {
      if (errors.isEmpty()) {
        return Double.NaN;
      }
      int n = errors.size();
      return n % 2 == 1 ? errors.get(n / 2) : (errors.get(n / 2 - 1) + errors.get(n / 2)) / 2;
    }

    /** Area under the curve of sorted ln(1 + km) errors, scaled to [0, 1] (trapezoid rule). */
    public double auc() {
      if (errors.size() < 2) {
        return errors.isEmpty() ? Double.NaN : Math.log1p(errors.get(0)) / Math.log1p(MAX_KM);
      }
      double area = 0;
      for (int i = 1; i < errors.size(); i++) {
        area += (Math.log1p(errors.get(i - 1)) + Math.log1p(errors.get(i))) / 2;
      }
      return area / (Math.log1p(MAX_KM) * (errors.size() - 1));
    }

    public String row(String name) {
      return String.format(Locale.ROOT,
          "| %s | %d | %.3f / %.3f / %.3f | %.3f / %.3f / %.3f | %.3f | %.3f | %.0f | %.0f | %.3f |",
          name, gold, precision(false), recall(false), f1(false), precision(true), recall(true),
          f1(true), accuracyWithin(161), endToEndAccuracyWithin(161), meanKm(), medianKm(), auc());
    }

    public static String header() {
      return "| set | gold names | exact span P / R / F1 | overlap span P / R / F1"
          + " | acc@161 km (recognised) | acc@161 km (end to end) | mean km | median km | AUC |\n"
          + "|---|---|---|---|---|---|---|---|---|";
    }
  }

  public synchronized Result result() {
    return new Result(gold, predicted, exactMatches, overlapMatches, goldWithCoordinates, errors);
  }
}
