package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void sourceKindsPreferTheMoreSpecificWord() {
    assertThat(Lexicon.sourceKind("Kazakh Interior Ministry")).isEqualTo("government");
    assertThat(Lexicon.sourceKind("state television")).isEqualTo("media");
    assertThat(Lexicon.sourceKind("Kazakh police")).isEqualTo("police");
    assertThat(Lexicon.sourceKind("Reuters correspondents")).isEqualTo("media");
    assertThat(Lexicon.sourceKind("the United Nations")).isEqualTo("international");
    assertThat(Lexicon.sourceKind("local hospital officials")).isEqualTo("medical");
    assertThat(Lexicon.sourceKind("a neighbour")).isEqualTo("witness");
    assertThat(Lexicon.sourceKind("a source familiar with the talks")).isEqualTo("unattributed");
    assertThat(Lexicon.sourceKind("Witnesses")).isEqualTo("witness");
    assertThat(Lexicon.sourceKind("Organisers from the Teachers Union")).isEqualTo("ngo");
    assertThat(Lexicon.sourceKind(null)).isEqualTo("unattributed");
  }

  @Test
  void cuesComeFromTheDataFiles() {
    assertThat(Cues.verb("say").act()).isEqualTo("say");
    assertThat(Cues.verb("tell").object()).isEqualTo(Cues.Object.ADDRESSEE);
    assertThat(Cues.verb("deny").object()).isEqualTo(Cues.Object.CONTENT);
    assertThat(Cues.verb("put").needs()).isEqualTo("at");
    assertThat(Cues.verb("walk")).isNull();
    assertThat(Cues.noun("claim")).isEqualTo("claim");
    assertThat(Cues.noun("bridge")).isNull();
  }

  @Test
  void actorKinds() {
    assertThat(Lexicon.actorKind("armed people")).isEqualTo("rebels");
    assertThat(Lexicon.actorKind("armed forces")).isEqualTo("state forces");
    assertThat(Lexicon.actorKind("police officers and members of the national guard"))
        .isEqualTo("state forces");
    assertThat(Lexicon.actorKind("protesters")).isEqualTo("protesters");
    assertThat(Lexicon.actorKind("civilians")).isEqualTo("civilians");
    assertThat(Lexicon.actorKind("cars")).isNull();
    assertThat(Lexicon.actorKindOfHead("building", "state buildings")).isNull();
    assertThat(Lexicon.actorKindOfHead("people", "armed people")).isEqualTo("rebels");
  }
}
