package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Counts and their bounds, on hand-tagged sentences (word/POS or word/POS/NER). */
class QuantityStageTest {

  /** Builds one sentence from "word/POS[/NER]" items separated by spaces. */
  static Analysis tagged(String spec) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    String[] items = spec.split(" ");
    for (int i = 0; i < items.length; i++) {
      String[] p = items[i].split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(p[0]);
      tokens.add(new Token(i, start, text.length(), p[0], p[0].toLowerCase(), p[1],
          p.length > 2 ? p[2] : "O", null));
    }
    Sentence s = new Sentence(0, 0, text.length(), tokens, List.of());
    return Analysis.of(Article.of("t", text.toString(), null)).withSentences(List.of(s));
  }

  static List<Quantity> quantities(String spec) {
    return new QuantityStage().apply(tagged(spec)).quantities();
  }

  @Test
  void approximatorsSetTheBounds() {
    Quantity q = quantities("at/IN least/JJS 20,000/CD people/NNS").get(0);
    assertThat(q.text()).isEqualTo("at least 20,000");
    assertThat(q.low()).isEqualTo(20000);
    assertThat(q.high()).isNull();
    assertThat(q.approx()).isEqualTo("at_least");

    q = quantities("more/JJR than/IN 200/CD injured/VBN").get(0);
    assertThat(q.low()).isEqualTo(201);
    assertThat(q.approx()).isEqualTo("more_than");

    q = quantities("over/RB 3,000/CD arrested/VBN").get(0);
    assertThat(q.low()).isEqualTo(3001);
    assertThat(q.text()).isEqualTo("over 3,000");

    q = quantities("up/RB to/TO 40/CD people/NNS").get(0);
    assertThat(q.low()).isNull();
    assertThat(q.high()).isEqualTo(40);
    assertThat(q.approx()).isEqualTo("at_most");

    q = quantities("fewer/JJR than/IN 10/CD people/NNS").get(0);
    assertThat(q.high()).isEqualTo(9);
    assertThat(q.approx()).isEqualTo("less_than");

    q = quantities("about/RB 100/CD soldiers/NNS").get(0);
    assertThat(q.low()).isEqualTo(100);
    assertThat(q.high()).isEqualTo(100);
    assertThat(q.approx()).isEqualTo("about");

    q = quantities("between/IN 30/CD and/CC 40/CD people/NNS").get(0);
    assertThat(q.low()).isEqualTo(30);
    assertThat(q.high()).isEqualTo(40);
    assertThat(q.approx()).isEqualTo("between");
  }

  @Test
  void numberWordsAndVagueAmounts() {
    Quantity q = quantities("more/JJR than/IN a/DT thousand/CD were/VBD injured/VBN").get(0);
    assertThat(q.low()).isEqualTo(1001);
    assertThat(q.text()).isEqualTo("more than a thousand");

    assertThat(quantities("two/CD policemen/NNS").get(0).low()).isEqualTo(2);
    assertThat(quantities("twenty/CD five/CD people/NNS").get(0).low()).isEqualTo(25);
    assertThat(quantities("1.5/CD million/CD people/NNS").get(0).low()).isEqualTo(1_500_000);

    q = quantities("dozens/NNS of/IN people/NNS").get(0);
    assertThat(q.low()).isEqualTo(24);
    assertThat(q.high()).isEqualTo(99);
    assertThat(q.approx()).isEqualTo("vague");

    q = quantities("tens/NNS of/IN thousands/NNS of/IN people/NNS").get(0);
    assertThat(q.low()).isEqualTo(20_000);
    assertThat(q.high()).isEqualTo(99_999);

    q = quantities("several/JJ members/NNS").get(0);
    assertThat(q.low()).isNull();
    assertThat(q.approx()).isEqualTo("vague");
  }

  @Test
  void eachNumberIsReadOnce() {
    assertThat(quantities("between/IN 10/CD and/CC 20/CD people/NNS")).singleElement()
        .satisfies(q -> assertThat(q.approx()).isEqualTo("between"));
    assertThat(quantities("tens/NNS of/IN thousands/NNS of/IN people/NNS")).hasSize(1);
    assertThat(quantities("two/CD dozen/NN soldiers/NNS")).singleElement()
        .satisfies(q -> assertThat(q.low()).isEqualTo(24));
    assertThat(quantities("a/DT dozen/NN soldiers/NNS").get(0).low()).isEqualTo(12);
  }

  @Test
  void addressesAndAgesAreNotCounts() {
    assertThat(quantities("at/IN 333/CD Quarry/NNP Road/NNP")).isEmpty();
    assertThat(quantities("Malik/NNP Wyatt/NNP ,/, 16/CD ,/, was/VBD shot/VBN")).isEmpty();
  }

  @Test
  void measurementsMoneyAndYearsAreNotCounts() {
    assertThat(quantities("a/DT few/JJ hundred/CD metres/NNS away/RB")).isEmpty();
    assertThat(quantities("$/$ 500/CD/MONEY")).isEmpty();
    assertThat(quantities("30/CD/PERCENT percent/NN/PERCENT")).isEmpty();
    assertThat(quantities("in/IN 2019/CD")).isEmpty();
    assertThat(quantities("aged/VBN 25/CD")).isEmpty();
    assertThat(quantities("5/CD km/NN")).isEmpty();
    assertThat(quantities("100/CD block/NN of/IN Main/NNP Street/NNP")).isEmpty();
  }

  @Test
  void emptySentenceHasNoQuantities() {
    assertThat(new QuantityStage().apply(Analysis.of(Article.of("e", "", null))).quantities())
        .isEmpty();
  }
}
