package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.AttributionScore.Gold;
import org.sitrep.eval.AttributionScore.Outcome;
import org.sitrep.eval.AttributionScore.Totals;
import org.sitrep.model.Source;
import org.sitrep.model.Statement;

/** The attribution scorer on hand-made spans of a sentence written for this test. */
class AttributionScoreTest {
  //                                   0         1         2         3         4         5
  //                                   0123456789012345678901234567890123456789012345678901234
  private static final String TEXT = "The mayor said the bridge was closed. He denied it.";

  private static Statement statement(int start, int end, String source, Integer from, Integer to) {
    return new Statement(start, end, TEXT.substring(start, end), "said", 10, "say",
        source == null ? Source.UNATTRIBUTED : new Source(source, "government"), from, to, false, 0);
  }

  private static Gold gold(int[] source, int[] content) {
    return new Gold(source == null ? List.of() : List.<int[]>of(source), List.<int[]>of(content),
        source == null ? "" : TEXT.substring(source[0], source[1]));
  }

  @Test
  void contentAndSourceBothDecide() {
    Gold mayor = gold(new int[] {0, 9}, new int[] {15, 36});
    Gold he = gold(new int[] {38, 40}, new int[] {48, 50});
    // right content and source span; right content but a wrong source; a statement on nothing gold
    List<Statement> ours = List.of(
        statement(15, 36, "mayor", 4, 9),
        statement(48, 50, "Governor Lee", 0, 3),
        statement(0, 3, "someone", null, null));
    List<Outcome> outcomes = new ArrayList<>();
    Totals t = AttributionScore.score(List.of(mayor, he), ours, outcomes);
    assertThat(t.gold()).isEqualTo(2);
    assertThat(t.goldPronoun()).isEqualTo(1);
    assertThat(t.contentFound()).isEqualTo(2);
    assertThat(t.found()).isEqualTo(1);
    assertThat(t.foundPronoun()).isZero();
    assertThat(t.statementsOnGold()).isEqualTo(2);
    assertThat(t.precision()).isEqualTo(2 / 3.0);
    assertThat(t.recall()).isEqualTo(0.5);
    assertThat(outcomes).extracting(Outcome::found).containsExactly(true, false);
  }

  @Test
  void aSharedNameWordIsEnoughAndNoSourceWantsNone() {
    Gold mayor = gold(new int[] {0, 9}, new int[] {15, 36});
    // the statement's mention is elsewhere ("He"), but its resolved name is the mayor's
    assertThat(AttributionScore.score(List.of(mayor),
        List.of(statement(15, 36, "Mayor Ann Diaz", 38, 40)), null).found()).isEqualTo(1);
    Gold unnamed = gold(null, new int[] {15, 36});
    assertThat(AttributionScore.score(List.of(unnamed),
        List.of(statement(15, 36, "mayor", 4, 9)), null).found()).isZero();
    assertThat(AttributionScore.score(List.of(unnamed),
        List.of(statement(15, 36, null, null, null)), null).found()).isEqualTo(1);
  }
}
