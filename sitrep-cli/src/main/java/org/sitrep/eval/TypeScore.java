package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accuracy of ACLED labels against gold: over the six types + none, over the 25 sub-types + none,
 * a confusion table of types and precision/recall per sub-type. A gold label may accept several
 * types (ACLED's older "Riots/Protests" is either of today's two).
 */
public final class TypeScore {
  private static final List<String> ROWS = withNone(AcledLabel.TYPES);
  private static final Map<String, String> SHORT = Map.of("Battles", "BAT",
      "Explosions/Remote violence", "ERV", "Violence against civilians", "VAC", "Protests", "PRO",
      "Riots", "RIO", "Strategic developments", "SD", "none", "none");

  private final Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
  private final Map<String, int[]> perSub = new LinkedHashMap<>(); // gold, predicted, right
  private int n;
  private int typeRight;
  private int subRight;
  private int noneRight; // the baseline that always answers "none"

  public TypeScore() {
    for (String g : ROWS) {
      Map<String, Integer> row = new LinkedHashMap<>();
      ROWS.forEach(p -> row.put(p, 0));
      confusion.put(g, row);
    }
    for (AcledLabel l : AcledLabel.SUB_TYPES) {
      perSub.put(l.subType(), new int[3]);
    }
    perSub.put("none", new int[3]);
  }

  /** One item: {@code gold} with the types it accepts (one but for ACLED's older merged types). */
  public void add(AcledLabel gold, Set<String> goldTypes, AcledLabel predicted) {
    n++;
    boolean typeOk = goldTypes.contains(predicted.type());
    typeRight += typeOk ? 1 : 0;
    noneRight += goldTypes.contains("none") ? 1 : 0;
    String goldRow = typeOk ? predicted.type() : gold.type();
    confusion.get(goldRow).merge(predicted.type(), 1, Integer::sum);
    if (gold.subType() != null) {
      boolean subOk = gold.subType().equals(predicted.subType()) && typeOk;
      subRight += subOk ? 1 : 0;
      perSub.computeIfAbsent(gold.subType(), k -> new int[3])[0]++;
      perSub.computeIfAbsent(predicted.subType(), k -> new int[3])[1]++;
      if (subOk) {
        perSub.get(gold.subType())[2]++;
      }
    }
  }

  public void add(AcledLabel gold, AcledLabel predicted) {
    add(gold, Set.of(gold.type()), predicted);
  }

  public int items() {
    return n;
  }

  public double typeAccuracy() {
    return typeRight / (double) Math.max(1, n);
  }

  public double subTypeAccuracy() {
    return subRight / (double) Math.max(1, n);
  }

  public double noneBaseline() {
    return noneRight / (double) Math.max(1, n);
  }

  public int confusion(String gold, String predicted) {
    return confusion.get(gold).get(predicted);
  }

  /** Rows gold, columns predicted, with each row's recall. */
  public String confusionTable() {
    StringBuilder b = new StringBuilder("| gold \\ predicted |");
    ROWS.forEach(p -> b.append(' ').append(SHORT.get(p)).append(" |"));
    b.append(" recall |\n|---|");
    ROWS.forEach(p -> b.append("---|"));
    b.append("---|\n");
    for (String g : ROWS) {
      Map<String, Integer> row = confusion.get(g);
      int total = row.values().stream().mapToInt(Integer::intValue).sum();
      if (total == 0) {
        continue;
      }
      b.append("| ").append(g).append(" (").append(SHORT.get(g)).append(") |");
      row.values().forEach(v -> b.append(' ').append(v).append(" |"));
      b.append(String.format(Locale.ROOT, " %.2f |%n", row.get(g) / (double) total));
    }
    return b.toString();
  }

  /** Per gold sub-type: how many, predicted, right, precision, recall. */
  public String subTypeTable() {
    StringBuilder b = new StringBuilder(
        "| sub-type | gold | predicted | right | precision | recall |\n|---|---|---|---|---|---|\n");
    List<String> keys = new ArrayList<>(perSub.keySet());
    for (String k : keys) {
      int[] c = perSub.get(k);
      if (c[0] == 0 && c[1] == 0) {
        continue;
      }
      b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s |%n", k, c[0], c[1], c[2],
          c[1] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", c[2] / (double) c[1]),
          c[0] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", c[2] / (double) c[0])));
    }
    return b.toString();
  }

  private static List<String> withNone(List<String> types) {
    List<String> out = new ArrayList<>(types);
    out.add("none");
    return List.copyOf(out);
  }
}
