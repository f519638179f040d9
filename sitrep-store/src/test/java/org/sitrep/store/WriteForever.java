package org.sitrep.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;

/**
 * Test helper run in a child JVM that the test kills (-9): writes articles of {@value #REPORTS}
 * reports and one event each, as fast as it can, saying "wrote N" after each.
 */
public final class WriteForever {
  static final int REPORTS = 5;

  private WriteForever() {}

  public static void main(String[] args) {
    try (Store store = Store.open(args[0])) {
      for (int n = 0; ; n++) {
        String id = "crash" + n;
        List<Report> reports = new ArrayList<>();
        Map<ReportRef, String> components = new HashMap<>();
        for (int i = 0; i < REPORTS; i++) {
          reports.add(StoreContractTest.report(id, i, "NG", "2024-03-01", "sentence " + i));
          components.put(new ReportRef(id, i), "c-" + id);
        }
        CorpusEvent e = StoreContractTest.event("e-" + id, "2024-03-01", "NG", "Borno",
            "Battles", "Armed clash", "Army", "Rebels", "Town",
            reports.stream().map(Report::ref).toArray(ReportRef[]::new));
        store.write(StoreContractTest.write(StoreContractTest.article(id), reports, components,
            Set.of(), List.of(e)));
        System.out.println("wrote " + n);
        System.out.flush();
      }
    }
  }
}
