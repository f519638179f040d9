package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Statement;

/**
 * Statements read with the real CoreNLP models, one reporting construction per test, on sentences
 * written for these tests; and claims taking their source from the statement that holds them.
 */
class StatementsTest {

  private static Analysis analyse(String text) {
    return SharedNlp.analyse(text, "2024-05-20");
  }

  /** The one statement whose content contains {@code words}. */
  private static Statement about(Analysis a, String words) {
    List<Statement> found =
        a.statements().stream().filter(s -> s.text().contains(words)).toList();
    assertThat(found).as("statements holding '%s' in %s", words, a.statements()).isNotEmpty();
    return found.stream().min((x, y) -> (x.end() - x.start()) - (y.end() - y.start())).get();
  }

  private static void assertSpansMatch(Analysis a) {
    for (Statement s : a.statements()) {
      assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.text());
      if (s.sourceStart() != null) {
        assertThat(s.sourceEnd()).isGreaterThan(s.sourceStart());
        assertThat(s.sourceEnd()).isLessThanOrEqualTo(a.text().length());
      }
      assertThat(a.text().substring(s.cueStart())).startsWith(s.cue().split(" ")[0]);
    }
  }

  @Test
  void saidThatWithItsSourceMentionAndCue() {
    Analysis a = analyse("The governor said that the curfew would be lifted on Friday.");
    Statement s = about(a, "the curfew would be lifted");
    assertThat(s.cue()).isEqualTo("said");
    assertThat(s.source().name()).contains("governor");
    assertThat(s.source().kind()).isEqualTo("government");
    assertThat(a.text().substring(s.sourceStart(), s.sourceEnd())).contains("governor");
    assertThat(s.direct()).isFalse();
    assertSpansMatch(a);
  }

  @Test
  void reportingClauseAfterTheContent() {
    Analysis a = analyse("Clashes continued in the north overnight, the army said.");
    Statement s = about(a, "Clashes continued");
    assertThat(s.source().kind()).isEqualTo("military");
    assertThat(s.text()).doesNotContain("the army said");
  }

  @Test
  void accordingToAtTheEndOfASentenceWinsOverANameInIt() {
    Analysis a = analyse(
        "Two soldiers and the driver of minister Ahmed Kamal were wounded in the ambush, "
            + "according to a hospital spokesman.");
    Claim c = a.claims().stream().filter(x -> x.measure().equals("injured")).findFirst().orElseThrow();
    assertThat(c.source().kind()).isEqualTo("medical");
    assertThat(about(a, "wounded").cue()).isEqualTo("according to");
  }

  @Test
  void toldReportersAndDenied() {
    Analysis a = analyse(
        "The interior minister told reporters the border was calm. "
            + "The rebels denied any involvement in the attack.");
    assertThat(about(a, "the border was calm").source().kind()).isEqualTo("government");
    Statement denial = about(a, "involvement");
    assertThat(denial.act()).isEqualTo("deny");
    assertThat(denial.source().kind()).isEqualTo("rebels");
  }

  @Test
  void accusedOf() {
    Analysis a = analyse("The opposition accused the police of firing on unarmed marchers.");
    Statement s = about(a, "firing on unarmed marchers");
    assertThat(s.act()).isEqualTo("accuse");
    assertThat(s.source().name()).contains("opposition");
  }

  @Test
  void quoteOverTwoParagraphsIsOneDirectStatementOfItsSpeaker() {
    Analysis a = analyse(
        "\u201cWe have lost four officers this week. The roads are closed.\n\n"
            + "We will reopen them when it is safe,\u201d said police chief Maria Santos.");
    Statement s = about(a, "four officers");
    assertThat(s.direct()).isTrue();
    assertThat(s.text()).contains("when it is safe");
    assertThat(s.source().name()).contains("Santos");
    Claim c = a.claims().stream().filter(x -> x.measure().equals("killed")).findFirst().orElse(null);
    if (c != null) {
      assertThat(c.source().name()).contains("Santos");
    }
  }

  @Test
  void pronounsResolveAndKeepTheirOwnSpan() {
    Analysis a = analyse(
        "Defence Minister Paul Okoro visited the base on Monday. He said the army had retaken the town.");
    Statement s = about(a, "retaken the town");
    assertThat(s.source().name()).isEqualTo("Paul Okoro");
    assertThat(a.text().substring(s.sourceStart(), s.sourceEnd())).isEqualTo("He");
  }

  @Test
  void unnamedSourcesAreSourcesOfTheirKind() {
    Analysis a = analyse(
        "A senior official who asked not to be named said 14 people had been detained.");
    Statement s = about(a, "14 people had been detained");
    assertThat(s.source().name()).contains("official");
    assertThat(s.source().kind()).isEqualTo("government");
  }

  @Test
  void aFigureNoStatementHoldsIsUnattributedWhoeverSpokeBefore() {
    Analysis a = analyse(
        "Police said 12 people were arrested in the port. "
            + "At least 30 shops were looted in the market.");
    Claim arrested = a.claims().stream().filter(c -> c.measure().equals("arrested")).findFirst().orElseThrow();
    assertThat(arrested.source().kind()).isEqualTo("police");
    Claim looted = a.claims().stream().filter(c -> c.measure().equals("damaged")).findFirst().orElseThrow();
    assertThat(looted.source().kind()).isEqualTo("unattributed");
  }

  @Test
  void theInnermostStatementGivesTheSource() {
    Analysis a = analyse("Police said witnesses reported that 20 people were killed.");
    Claim c = a.claims().stream().filter(x -> x.measure().equals("killed")).findFirst().orElseThrow();
    assertThat(c.source().kind()).isEqualTo("witness");
  }

  @Test
  void firstPersonInsideAQuoteIsItsSpeaker() {
    Analysis a = analyse(
        "\u201cI believe the ceasefire will hold,\u201d the United Nations envoy said on Sunday.");
    Statement belief = a.statements().stream().filter(s -> s.cue().equals("believe")).findFirst().orElseThrow();
    assertThat(belief.source().name()).contains("envoy");
  }

  @Test
  void transcriptLabelsAreSpeakers() {
    Analysis a = analyse(
        "The interview was broadcast on Sunday.\n\nMORENO: We did not order anyone to shoot.\n\n"
            + "REPORTER: Who did?");
    Statement s = about(a, "We did not order anyone to shoot");
    assertThat(s.cue()).isEqualTo(":");
    assertThat(s.source().name()).isEqualTo("MORENO");
    assertThat(s.direct()).isTrue();
  }

  @Test
  void narrationWithoutReportingMakesNoStatement() {
    Analysis a = analyse("Soldiers opened fire on the crowd in the main square on Tuesday.");
    assertThat(a.statements()).isEmpty();
  }
}
