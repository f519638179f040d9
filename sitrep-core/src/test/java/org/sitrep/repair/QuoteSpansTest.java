package org.sitrep.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.repair.QuoteSpans.QuotedSpan;

class QuoteSpansTest {
  private static List<String> quoted(String text) {
    return QuoteSpans.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
  }

  @Test
  void simpleCurlyAndStraightQuotes() {
    String text = "He said “we will fight” and she said \"no\" twice.";
    assertThat(quoted(text)).containsExactly("we will fight", "no");
    QuotedSpan first = QuoteSpans.find(text).get(0);
    assertThat(first.openMark()).isEqualTo(text.indexOf('“'));
    assertThat(first.closeMark()).isEqualTo(text.indexOf('”'));
    assertThat(first.implied()).isEmpty();
  }

  @Test
  void conventionalMultiParagraphQuoteIsOneBalancedSpan() {
    String text = "“We will stay,” he said. “The army is ready.\n\n“The police too,” he added.";
    List<QuotedSpan> spans = QuoteSpans.find(text);
    assertThat(spans).hasSize(2);
    QuotedSpan second = spans.get(1);
    assertThat(text.substring(second.start(), second.end()))
        .isEqualTo("The army is ready.\n\n“The police too,");
    assertThat(second.implied()).isEmpty();
    assertThat(second.spansParagraphs(text)).isTrue();
  }

  @Test
  void continuedParagraphWithoutItsMarkIsImplied() {
    String text = "Officials said “the forces are guarding order.\n\nOrder is restored,” he said.";
    QuotedSpan q = QuoteSpans.find(text).get(0);
    assertThat(text.substring(q.start(), q.end()))
        .isEqualTo("the forces are guarding order.\n\nOrder is restored,");
    assertThat(q.implied()).containsExactly(text.indexOf("Order"));
  }

  @Test
  void closingMarkWithoutOpeningStartsAtTheParagraph() {
    String text = "First paragraph.\n\nThe forces are working hard,” the president said.";
    QuotedSpan q = QuoteSpans.find(text).get(0);
    assertThat(text.substring(q.start(), q.end())).isEqualTo("The forces are working hard,");
    assertThat(q.openMark()).isEqualTo(-1);
    assertThat(q.implied()).containsExactly(text.indexOf("The forces"));
  }

  @Test
  void unclosedQuoteEndsWithItsParagraph() {
    String text = "He said “we will return.\n\nNo one else spoke.";
    QuotedSpan q = QuoteSpans.find(text).get(0);
    assertThat(text.substring(q.start(), q.end())).isEqualTo("we will return.");
    assertThat(q.closeMark()).isEqualTo(-1);
    assertThat(q.implied()).containsExactly(text.indexOf("\n"));
  }

  @Test
  void apostrophesAndInchesAreNotQuotes() {
    assertThat(QuoteSpans.find("She didn”t go; he is 6’0” tall and 5'11\" wide.")).isEmpty();
    assertThat(QuoteSpans.find("It's the mayor’s office, rock 'n' roll.")).isEmpty();
  }

  @Test
  void typewriterAndDoubledSingleQuotes() {
    assertThat(quoted("He said ``enough'' and ‘‘go home’’ to them.")).containsExactly("enough", "go home");
    assertThat(quoted("The board''s ''veto'' stood.")).containsExactly("veto");
  }

  @Test
  void hardWrappedLinesAreOneParagraph() {
    String text = "He said \"it is my hope that today\n   marks a change\" in the region.";
    assertThat(quoted(text)).containsExactly("it is my hope that today\n   marks a change");
    assertThat(QuoteSpans.find(text).get(0).implied()).isEmpty();
  }

  @Test
  void straightQuoteGluedAfterASentence() {
    String text = "The suspect opened fire.\"You see him,\" said McCann.\"It is bad,\" he said.";
    assertThat(quoted(text)).containsExactly("You see him,", "It is bad,");
  }

  @Test
  void emptyText() {
    assertThat(QuoteSpans.find("")).isEmpty();
    assertThat(QuoteSpans.paragraphs("  \n\n ")).isEmpty();
  }
}
