package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CASE's codes mapped to ACLED's labels, and the scoring, on self-written snippets. */
class CaseEvalTest {
  @Test
  void everyAcledSubTypeHasOneCodeAndFiveCodesMeanNone() {
    Set<AcledLabel> mapped = new HashSet<>();
    int none = 0;
    for (var e : CaseEval.CODES.entrySet()) {
      if (e.getValue().isNone()) {
        none++;
      } else {
        assertThat(mapped.add(e.getValue())).as(e.getKey()).isTrue();
      }
    }
    assertThat(mapped).containsExactlyInAnyOrderElementsOf(AcledLabel.SUB_TYPES);
    assertThat(none).isEqualTo(5);
    assertThat(CaseEval.label("GRENADE"))
        .isEqualTo(new AcledLabel("Explosions/Remote violence", "Grenade"));
    assertThat(CaseEval.label("DISR_WEAP"))
        .isEqualTo(new AcledLabel("Strategic developments", "Disrupted weapons use"));
    assertThat(CaseEval.label("DIPLO")).isEqualTo(AcledLabel.NONE);
    assertThatThrownBy(() -> CaseEval.label("NO_SUCH_CODE")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheTsvAndScoresTypesAndSubTypes(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("case.tsv");
    Files.writeString(tsv, String.join("\n",
        "id\tEventSnippet\tSubType",
        "1\tA grenade thrown at a market stall wounded four traders.\tGRENADE",
        "2\tRebels and soldiers fought for hours outside the town.\tARMED_CLASH",
        "3\tThe two foreign ministers met in Geneva to discuss trade.\tDIPLO",
        "4\tStudents marched peacefully to the ministry.\tPEACE_PROTEST",
        "5\tA crowd set fire to the police station after the arrest.\tVIOL_DEMONSTR",
        ""));
    List<CaseEval.Item> items = CaseEval.read(tsv);
    assertThat(items).extracting(CaseEval.Item::code)
        .containsExactly("GRENADE", "ARMED_CLASH", "DIPLO", "PEACE_PROTEST", "VIOL_DEMONSTR");

    AcledLabel erv = new AcledLabel("Explosions/Remote violence", "Remote explosive/landmine/IED");
    List<AcledLabel> predicted = List.of(
        erv, // right type, wrong sub-type
        CaseEval.label("ARMED_CLASH"), // right
        AcledLabel.NONE, // right: diplomacy is not coded
        CaseEval.label("VIOL_DEMONSTR"), // wrong type
        CaseEval.label("VIOL_DEMONSTR")); // right
    TypeScore s = CaseEval.score(items, predicted);
    assertThat(s.items()).isEqualTo(5);
    assertThat(s.typeAccuracy()).isEqualTo(4 / 5.0);
    assertThat(s.subTypeAccuracy()).isEqualTo(3 / 5.0);
    assertThat(s.noneBaseline()).isEqualTo(1 / 5.0);
    assertThat(s.confusion("Protests", "Riots")).isEqualTo(1);
    assertThat(s.confusion("Riots", "Riots")).isEqualTo(1);
    assertThat(s.confusion("none", "none")).isEqualTo(1);
    assertThat(s.confusionTable()).contains("| Protests (PRO) | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0.00 |");
    assertThat(s.subTypeTable())
        .contains("| Grenade | 1 | 0 | 0 | - | 0.00 |")
        .contains("| Remote explosive/landmine/IED | 0 | 1 | 0 | 0.00 | - |")
        .contains("| Violent demonstration | 1 | 2 | 1 | 0.50 | 1.00 |");
  }

  @Test
  void olderAcledTypesAcceptEitherOfTheirSuccessors() {
    TypeScore s = new TypeScore();
    AcledEval.Item riotsProtests = new AcledEval.Item("1", "n", "2016-07-02", "Riots/Protests");
    s.add(AcledEval.gold(riotsProtests), AcledEval.V6.get("Riots/Protests"),
        new AcledLabel("Riots", "Violent demonstration"));
    AcledEval.Item remote = new AcledEval.Item("2", "n", "2016-07-02", "Remote violence");
    s.add(AcledEval.gold(remote), AcledEval.V6.get("Remote violence"),
        new AcledLabel("Violence against civilians", "Attack"));
    assertThat(s.typeAccuracy()).isEqualTo(0.5);
    assertThat(s.confusion("Riots", "Riots")).isEqualTo(1);
    assertThat(s.confusion("Explosions/Remote violence", "Violence against civilians")).isEqualTo(1);
  }
}
