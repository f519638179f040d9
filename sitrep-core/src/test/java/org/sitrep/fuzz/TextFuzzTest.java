package org.sitrep.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.QuantityStage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Quantity;
import org.sitrep.model.Repair;
import org.sitrep.model.RepairedText;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.repair.TextRepairStage;

/**
 * Text repair and quantities on any text: repairs describe the text without changing it, the
 * offset map sends every repaired offset into the original text in order, and every quantity lies
 * inside its text with bounds that make sense.
 */
class TextFuzzTest {
  private static final TextRepairStage REPAIR = new TextRepairStage();
  private static final QuantityStage QUANTITIES = new QuantityStage();
  private static final Pattern WORD = Pattern.compile("\\S+");

  @FuzzTest(maxDuration = "20s")
  void repairKeepsTheTextAndMapsEveryOffsetBack(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    TextRepairStage.Result r = REPAIR.repair(text);
    for (Repair repair : r.repairs()) {
      assertThat(repair.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(repair.start(), repair.end())).isEqualTo(repair.before());
    }
    RepairedText rt = r.repaired();
    int previous = 0;
    for (int i = 0; i <= rt.text().length(); i++) {
      int o = rt.originalOffset(i);
      assertThat(o).isBetween(previous, text.length());
      previous = o;
    }
    if (r.repairs().isEmpty()) {
      assertThat(rt.text()).isEqualTo(text);
    }
  }

  @FuzzTest(maxDuration = "20s")
  void quantitiesLieInTheirTextWithOrderedBounds(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find() && tokens.size() < 400) {
      String w = m.group();
      String pos = w.chars().allMatch(Character::isDigit) ? "CD" : "NN";
      tokens.add(new Token(tokens.size(), m.start(), m.end(), w, w.toLowerCase(java.util.Locale.ROOT), pos, "O", null));
    }
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    Analysis in = Analysis.of(Article.of("fuzz", text.isBlank() ? "x" : text, null))
        .withSentences(List.of(new Sentence(0, 0, end, tokens, List.of())));
    for (Quantity q : QUANTITIES.apply(in).quantities()) {
      assertThat(q.start()).isBetween(0, q.end());
      assertThat(q.end()).isLessThanOrEqualTo(text.length());
      if (q.low() != null && q.high() != null) {
        assertThat(q.low()).isLessThanOrEqualTo(q.high());
      }
    }
  }
}
