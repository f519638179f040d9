package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterEvalTest {
  private static ClusterEval.Item item(String id, String text, String address) {
    return new ClusterEval.Item(id, text, "2018-03-10", "2018-03-09",
        ClusterEval.normalise(address), 0, 1);
  }

  @Test
  void sameIncidentNeedsBothAddressesAndAgreeingGold() {
    ClusterEval.Item a = item("dev-0001", "x", "100 Block of Main St.");
    ClusterEval.Item b = item("dev-0002", "y", "100 block of main st");
    ClusterEval.Item c = item("dev-0003", "z", "");
    assertThat(ClusterEval.same(a, b)).isTrue();
    assertThat(ClusterEval.same(a, c)).isNull();
  }

  @Test
  void identicalTextsAreCopiesAndCountedApart() {
    String text = "Two men were shot and wounded late Saturday on Main Street, police said, and"
        + " no arrests have been made in the case so far.";
    List<ClusterEval.Item> items = List.of(item("dev-0001", text, "1 Main St"),
        item("dev-0002", text, "9 Oak St"), item("dev-0003", "Another story entirely, about a"
            + " robbery at a petrol station on the ring road.", "5 Elm St"));
    ClusterEval.Result r = ClusterEval.score(items, List.of(), 0, false);
    assertThat(r.exactPairs()).isEqualTo(1);
    assertThat(r.exactFound()).isEqualTo(1);
    assertThat(r.nearPairs()).isEqualTo(1);
    assertThat(r.mergedPairs()).isZero();
  }
}
