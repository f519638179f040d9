package org.sitrep.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Repair;
import org.sitrep.model.RepairedText;

/** Sentences glued at their mark (issue 9): found, reported, split for the NLP, offsets exact. */
class SentenceGlueTest {
  private static final TextRepairStage STAGE = new TextRepairStage();

  private static List<Repair> glued(String text) {
    return STAGE.repair(text).repairs().stream()
        .filter(r -> r.kind().equals(SentenceGlue.KIND)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The source asked not to be named.A guard at the gate said so.   | named.A           | named. A
      Four people were wounded.Police said the gunman fled.           | wounded.Police    | wounded. Police
      Was the ceasefire broken?The army says it was not.              | broken?The        | broken? The
      Stay inside tonight!Officers are on every corner.               | tonight!Officers  | tonight! Officers
      Two shops burned down.I saw it from my window.                   | down.I            | down. I
      “We will hold the line,” the colonel said.“It is over.”          | said.“It          | said. “It
      “We will stay until the end.”Then the crowd left.                | end.”Then         | end.” Then
      The crowd chanted "no more fear."Officers watched them.          | fear."Officers    | fear." Officers
      The crowd sang.“Freedom,” they shouted.                          | sang.“Freedom     | sang. “Freedom
      The fire was out by 4:30 p.m.Nobody was hurt, officials said.    | p.m.Nobody        | p.m. Nobody
      The shop was robbed, according to Sheriff Tomas Ordway.The clerk ran. | Ordway.The   | Ordway. The
      The convoy was stopped on Route 9.The drivers were released.     | 9.The             | 9. The
      A neighbour called 911.Police arrived within minutes.            | 911.Police        | 911. Police
      The march was held on June 11th.Traffic was light all day.       | 11th.Traffic      | 11th. Traffic
      The bus was found abandoned (near the depot).Police towed it.    | depot).Police     | depot). Police
      The mall went into lockdown.“I heard shots,” a cashier said.     | lockdown.“I       | lockdown. “I
      Officers closed the area around the market.McCann said so.       | market.McCann     | market. McCann
      The man is in stable condition.WXYZ News reported the shooting.  | condition.WXYZ    | condition. WXYZ
      Who Controls the Border Trade?The smugglers, a report finds.     | Trade?The         | Trade? The
      Is Cocaine Moving Through Eastland?A report says it is.          | Eastland?A        | Eastland? A
      """)
  void gluedBreaksAreReportedAndSplit(String text, String before, String after) {
    List<Repair> found = glued(text.strip());
    assertThat(found).hasSize(1);
    Repair r = found.get(0);
    assertThat(r.before()).isEqualTo(before.strip());
    assertThat(r.after()).isEqualTo(after.strip());
    assertThat(text.strip().substring(r.start(), r.end())).isEqualTo(r.before());
    assertThat(STAGE.repair(text.strip()).repaired().text())
        .isEqualTo(TextRepairStageTest.applyAfters(text.strip(), List.of(r)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    // initials, dotted acronyms and abbreviations
    "The U.S.A and the U.N. Security Council met.",
    "A letter from J.K. Rowling was read out.",
    "She has a Ph.D. in law and a Ph.D in history.",
    "The U.S.Army and N.A.T.O.Troops were there.",
    "They flew from St.Louis to Ft.Worth with Gen.Harlan and Mr.Obi.",
    "The clinic is open from 9 a.m. to 5 p.m. every day.",
    "It opens at 6:12 p.m.Thursday in the 1400 block.",
    "Smith et al.Both papers agree, as does No.One Direction.",
    "The No.1 seed lost; Fig.A shows why.",
    // numbers, versions, ellipses
    "Inflation was 3.5 per cent and growth 2.75 per cent.",
    "Version 2.1.3 fixed it. Use v2.Beta only for tests.",
    "And then... Nothing happened. Or was it?..Never mind.",
    "They waited and waited...Then the bus came.",
    "Sales of the H1N1.Vaccine rose.",
    "It flew as Flight 370.A320 jets were grounded.",
    "Call 215.686.TIPS or 555-0100.Jones for tips.",
    // domains, URLs, e-mail, file names, brands
    "Read it on Reuters.com or www.bbc.co.uk today.",
    "Was it on news.Yahoo? Nobody knows.",
    "It was on news.Yahoo.com first.",
    "Shares of Amazon.Com rose and Boston.Com reported it.",
    "Write to press.Office@example.org for details.",
    "See https://example.org/Glued.Sentences for more.",
    "Open the file Photo.JPG or Report.Pdf now.",
    "The Node.Js and Vue.Js teams met.",
    "The iPhone maker and the PlayStation maker met.",
    "Watch Yahoo!News and Jeopardy!Tonight on air.",
    // a lost space or accent inside a name, not a break
    "Vice president Alvaro?Garcia said no.",
    // lower case on the right: not a sentence start we can tell
    "the crowd was dispersed.police said nothing.",
    // a break that is already a break
    "Two were hurt. Police said so. Was it over? Yes."
  })
  void notGlued(String text) {
    assertThat(glued(text)).isEmpty();
  }

  @Test
  void offsetsMapBackExactly() {
    String text = "Three were wounded.Police said the attack began at dawn.“It was chaos,” a"
        + " witness said.A spokesman, who asked not to be named.A reporter confirmed it.";
    TextRepairStage.Result r = STAGE.repair(text);
    RepairedText rt = r.repaired();
    assertThat(rt.text()).isEqualTo("Three were wounded. Police said the attack began at dawn. “It"
        + " was chaos,” a witness said. A spokesman, who asked not to be named. A reporter"
        + " confirmed it.");
    for (String w : rt.text().split(" ")) {
      int s = rt.text().indexOf(w);
      assertThat(text.substring(rt.originalOffset(s), rt.originalEnd(s + w.length())))
          .as("the span of %s", w).isEqualTo(w);
    }
    for (Repair x : r.repairs()) {
      assertThat(text.substring(x.start(), x.end())).isEqualTo(x.before());
    }
    TextRepairStageTest.checkInvariants(text, r);
    assertThat(STAGE.repair(rt.text()).repairs()).isEmpty();
  }

  @Test
  void aGluedWordBeforeTheBreakIsItsOwnRepair() {
    String text = "At dawn two soldierswere.Police said the road was closed.";
    TextRepairStage.Result r = STAGE.repair(text);
    assertThat(r.repairs()).extracting(Repair::kind, Repair::before, Repair::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("glued-words", "soldierswere", "soldiers were"),
            org.assertj.core.groups.Tuple.tuple("glued-sentence", ".Police", ". Police"));
    assertThat(r.repaired().text())
        .isEqualTo("At dawn two soldiers were. Police said the road was closed.");
    TextRepairStageTest.checkInvariants(text, r);
  }

  @Test
  void aBreakThroughRepairedMojibakeAbsorbsItsRepair() {
    // the quote mark is the repair of a mojibake; a second run sees the mark itself and must split
    // the same, so the break is found either way and its repair encloses the mojibake one
    String text = "The crowd sang.â€œFreedom,” they shouted.";
    TextRepairStage.Result r = STAGE.repair(text);
    assertThat(r.repairs()).extracting(Repair::kind, Repair::before, Repair::after)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "glued-sentence", "sang.â€œFreedom", "sang. “Freedom"));
    assertThat(r.repaired().text()).isEqualTo("The crowd sang. “Freedom,” they shouted.");
    TextRepairStageTest.checkInvariants(text, r);
    assertThat(STAGE.repair(r.repaired().text()).repairs()).isEmpty();
  }

  @Test
  void seededRandomBreaksKeepTheInvariants() {
    String[] pieces = {
      "wounded", "said", "named", "Police", "The", "A", "I", "It", "U", "S", "p", "m", "a", "Com",
      "www", "9", "3", "5", ".", ".", ".", "?", "!", "...", " ", " ", " ", "\n", "“", "”", "\"", "’",
      "(", ")", "-", "@", "/", ":", ",", "â€œ", "\u00AD", "soldierswere", "é", "Ж"
    };
    Random rnd = new Random(9);
    for (int n = 0; n < 500; n++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(60);
      for (int k = 0; k < len; k++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      TextRepairStage.Result r = STAGE.repair(text);
      TextRepairStageTest.checkInvariants(text, r);
      TextRepairStage.Result again = STAGE.repair(r.repaired().text());
      assertThat(again.repaired().text()).as("idempotent on %s", text).isEqualTo(r.repaired().text());
    }
  }
}
