package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventTypes.Kind;

/** The word tables load, and say what the codebook needs them to say. */
class EventLexiconTest {
  @Test
  void triggersHaveKindsAndConditionsInTableOrder() {
    assertThat(EventLexicon.triggers("attack")).extracting(EventLexicon.Trigger::kind)
        .containsExactly(Kind.VIOLENCE);
    // "seized rifles" disrupts weapons use before "seized the town" takes territory
    assertThat(EventLexicon.triggers("seize")).extracting(EventLexicon.Trigger::kind)
        .containsExactly(Kind.DISRUPT, Kind.TERRITORY);
    assertThat(EventLexicon.triggers("set")).singleElement()
        .satisfies(r -> assertThat(r.particle()).isEqualTo("up"));
    assertThat(EventLexicon.triggers("weather")).isEmpty();
  }

  @Test
  void weaponsRankByTheCodebooksSubTypes() {
    assertThat(EventLexicon.weapon("grenade")).isEqualTo("weapon:grenade");
    assertThat(EventLexicon.weapon("artillery")).isEqualTo("weapon:shelling");
    assertThat(EventLexicon.weapon("drone")).isEqualTo("weapon:air");
    assertThat(EventLexicon.weapon("sarin")).isEqualTo("weapon:chemical");
    assertThat(EventLexicon.weapon("ied")).isEqualTo("weapon:explosive");
    assertThat(EventLexicon.weapon("rifle")).isNull(); // firearms are not remote violence
    assertThat(Weapons.subType("weapon:suicide")).isEqualTo("Suicide bomb");
    assertThat(Weapons.subType(null)).isEqualTo("Remote explosive/landmine/IED");
  }

  @Test
  void wordClassesAndActorKinds() {
    assertThat(EventLexicon.is("earthquake", "hazard")).isTrue();
    assertThat(EventLexicon.is("responsibility", "attribution")).isTrue();
    assertThat(EventLexicon.is("smuggling", "crime")).isTrue();
    assertThat(EventLexicon.is("attack", "hazard")).isFalse();
    assertThat(EventLexicon.actorKind("soldiers")).isEqualTo("state forces");
    assertThat(EventLexicon.actorKind("building")).isEqualTo("thing");
    assertThat(Lexicon.actorKindOfHead("building", "state buildings")).isNull();
    assertThat(Lexicon.actorKindOfHead("force", "rebel forces")).isEqualTo("rebels");
  }
}
