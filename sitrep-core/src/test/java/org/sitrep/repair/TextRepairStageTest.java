package org.sitrep.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Layer;
import org.sitrep.model.Repair;
import org.sitrep.model.RepairedText;

class TextRepairStageTest {
  private static final TextRepairStage STAGE = new TextRepairStage();

  @Test
  void declaresItsLayersAndLeavesTheArticleAlone() {
    assertThat(STAGE.name()).isEqualTo("text-repair");
    assertThat(STAGE.requires()).containsExactly(Layer.TEXT);
    assertThat(STAGE.provides()).containsExactly(Layer.REPAIRS);
    String text = "Officials said troops would uselethal weaponsagainst looters.";
    Analysis in = Analysis.of(Article.of("a", text, null));
    Analysis out = STAGE.apply(in);
    assertThat(out.text()).isEqualTo(text);
    assertThat(out.article()).isEqualTo(in.article());
    assertThat(out.has(Layer.REPAIRS)).isTrue();
    assertThat(out.repairs()).extracting(Repair::kind).containsExactly("glued-quote");
    assertThat(out.repairs().get(0).after()).isEqualTo("use “lethal weapons” against");
    assertThat(out.repaired().text())
        .isEqualTo("Officials said troops would use lethal weapons against looters.");
  }

  @Test
  void emptyAndBlankInput() {
    for (String text : List.of("", " ", "\n\n", "\t \n")) {
      TextRepairStage.Result r = STAGE.repair(text);
      assertThat(r.repairs()).isEmpty();
      assertThat(r.repaired()).isEqualTo(RepairedText.identity(text));
    }
  }

  @Test
  void offsetsOfAGluedQuoteMapBack() {
    String text = "Troops were told to uselethal weaponsagainst crowds.";
    RepairedText rt = STAGE.repair(text).repaired();
    String nlp = rt.text();
    int lethal = nlp.indexOf("lethal");
    assertThat(text.substring(rt.originalOffset(lethal), rt.originalEnd(lethal + 6))).isEqualTo("lethal");
    int use = nlp.indexOf("use ");
    assertThat(text.substring(rt.originalOffset(use), rt.originalEnd(use + 3))).isEqualTo("use");
    int against = nlp.indexOf("against");
    assertThat(text.substring(rt.originalOffset(against), rt.originalEnd(against + 7))).isEqualTo("against");
  }

  @Test
  void offsetsOfMojibakeMapToWholeWords() {
    String text = "The cafÃ© and the Ã‰lysÃ©e said â€œnoâ€� today.";
    RepairedText rt = STAGE.repair(text).repaired();
    assertThat(rt.text()).isEqualTo("The café and the Élysée said “no” today.");
    for (String w : List.of("café", "Élysée", "“no”")) {
      int s = rt.text().indexOf(w);
      String original = text.substring(rt.originalOffset(s), rt.originalEnd(s + w.length()));
      assertThat(Mojibake.fixAll(original)).isEqualTo(w);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "5km", "9mm", "1st", "2nd", "3rd", "10th", "COVID-19", "F16", "G7", "3D", "4x4", "mp3", "1990s",
    "10am", "5pm", "24x7", "H1N1", "AK47", "ms13", "tip411", "covid19", "5kms", "12kg", "8ins"
  })
  void unitsOrdinalsAndCodesAreNotGlued(String token) {
    assertThat(STAGE.repair("They mentioned " + token + " twice.").repairs()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "#uselethalweapons", "@weaponsagainst", "https://x.org/gunmenwere", "a@uselethal.com",
    "iPhone", "YouTube", "McDonald", "anti-government", "well-known", "counterinsurgency",
    "lockdown", "livestream", "hourslong", "gunbattle", "treehouse", "chokehold", "anand",
    "bangalore", "hashim", "ismail", "usman", "intersecton", "whome", "don't", "won’t"
  })
  void namesTagsUrlsCompoundsAndTyposAreNotSplit(String token) {
    assertThat(STAGE.repair("Reporters saw " + token + " there.").repairs()).isEmpty();
  }

  @Test
  void aTokenThatRepeatsIsAWordOfTheArticle() {
    assertThat(STAGE.repair("The fromthe show. Then fromthe again.").repairs()).isEmpty();
    assertThat(STAGE.repair("Data came fromthe ministry.").repairs()).hasSize(1);
  }

  @Test
  void aGluedWordEndsWhereARepairedMojibakeMarkBegins() {
    // the repaired mark maps to its last byte when no word follows it: the glued word's repair
    // must still end at the word, not run into the mojibake repair
    String text = "Data came fromtheâ€œ today.";
    TextRepairStage.Result r = STAGE.repair(text);
    assertThat(r.repairs()).extracting(Repair::kind, Repair::before).containsExactly(
        org.assertj.core.groups.Tuple.tuple("glued-words", "fromthe"),
        org.assertj.core.groups.Tuple.tuple("mojibake", "â€œ"),
        org.assertj.core.groups.Tuple.tuple("unbalanced-quote", ""));
    checkInvariants(text, r);
  }

  @Test
  void appliedAftersLeaveNothingToRepair() {
    String text = "They said to uselethal weaponsagainst 14masked gunmenwere near the"
        + " workersunion, ofthe city.";
    TextRepairStage.Result r = STAGE.repair(text);
    assertThat(r.repairs()).extracting(Repair::kind)
        .containsExactly("glued-quote", "glued-quote", "glued-quote", "glued-words");
    String clean = applyAfters(text, r.repairs());
    assertThat(clean).isEqualTo("They said to use “lethal weapons” against 14 “masked gunmen” were"
        + " near the workers’ union, of the city.");
    assertThat(STAGE.repair(clean).repairs()).isEmpty();
    assertThat(STAGE.repair(r.repaired().text()).repairs()).isEmpty();
  }

  @Test
  void seededRandomTextNeverBreaksTheInvariants() {
    String[] pieces = {
      "use", "lethal", "weapons", "against", "were", "the", "of", "gunmen", "workers", "union",
      "26", "12", "km", "â€œ", "â€", "\uFFFD", "Ã©", "Ã", "Â", " ", " ", " ", "\n", "\n\n", "“", "”",
      "\"", "'", "’", "’’", "``", ".", ",", "-", "#", "@", "http://", "\u00AD", "\u200B", "a", "an",
      "x", "Q", "é", "\uD83D\uDE00", "ß"
    };
    Random rnd = new Random(20220107);
    for (int n = 0; n < 400; n++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(80);
      for (int k = 0; k < len; k++) {
        sb.append(rnd.nextInt(10) == 0 ? String.valueOf((char) rnd.nextInt(0x3000))
            : pieces[rnd.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      TextRepairStage.Result r = STAGE.repair(text);
      checkInvariants(text, r);
      TextRepairStage.Result again = STAGE.repair(r.repaired().text());
      assertThat(again.repaired().text()).as("idempotent on %s", text).isEqualTo(r.repaired().text());
    }
  }

  static void checkInvariants(String text, TextRepairStage.Result r) {
    int[] map = r.repaired().toOriginal();
    String nlp = r.repaired().text();
    assertThat(map).hasSize(nlp.length() + 1);
    assertThat(map[nlp.length()]).isEqualTo(text.length());
    for (int i = 0; i < map.length; i++) {
      assertThat(map[i]).as("in range at %d of %s", i, text).isBetween(0, text.length());
      if (i > 0) {
        assertThat(map[i]).as("monotone at %d of %s", i, text).isGreaterThanOrEqualTo(map[i - 1]);
      }
    }
    List<Repair> repairs = r.repairs();
    for (int i = 0; i < repairs.size(); i++) {
      Repair x = repairs.get(i);
      assertThat(x.end()).isLessThanOrEqualTo(text.length());
      assertThat(x.before()).isEqualTo(text.substring(x.start(), x.end()));
      if (i > 0) {
        Repair prev = repairs.get(i - 1);
        assertThat(x.start()).as("sorted, no overlap in %s", text).isGreaterThanOrEqualTo(prev.end());
      }
    }
    // every char outside the repairs is the original char it maps to
    for (int i = 0; i < nlp.length(); i++) {
      int o = map[i];
      boolean inRepair = false;
      for (Repair x : repairs) {
        inRepair |= o >= x.start() && o <= x.end();
      }
      if (!inRepair) {
        assertThat(nlp.charAt(i)).as("char %d of %s", i, text).isEqualTo(text.charAt(o));
      }
    }
  }

  static String applyAfters(String text, List<Repair> repairs) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Repair r : repairs) {
      sb.append(text, at, r.start()).append(r.after());
      at = r.end();
    }
    return sb.append(text.substring(at)).toString();
  }
}
