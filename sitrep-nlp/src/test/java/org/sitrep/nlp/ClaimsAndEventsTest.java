package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;

/**
 * Claims and events read with the real CoreNLP models, on sentences written for these tests. Each
 * checks one thing the dependency reading must get right.
 */
class ClaimsAndEventsTest {

  private static Claim onlyClaim(Analysis a, String measure) {
    List<Claim> found = a.claims().stream().filter(c -> c.measure().equals(measure)).toList();
    assertThat(found).as("claims %s in %s", measure, a.claims()).hasSize(1);
    return found.get(0);
  }

  @Test
  void sourceFromTheReportingVerbAndItsDate() {
    Analysis a = analyse(
        "Police said on Monday that at least 12 protesters were killed in clashes in the capital.",
        "2023-03-15");
    Claim c = onlyClaim(a, "killed");
    assertThat(c.low()).isEqualTo(12);
    assertThat(c.high()).isNull();
    assertThat(c.approx()).isEqualTo("at_least");
    assertThat(c.subject()).isEqualTo("protesters");
    assertThat(c.source().kind()).isEqualTo("police");
    assertThat(c.asOf()).isEqualTo("2023-03-13");
    assertThat(c.hedged()).isFalse();
  }

  @Test
  void accordingToAndHedges() {
    Analysis a = analyse(
        "Hundreds of families may have been displaced by the fighting, according to the United Nations.",
        "2023-03-15");
    Claim c = onlyClaim(a, "displaced");
    assertThat(c.low()).isEqualTo(200);
    assertThat(c.high()).isEqualTo(999);
    assertThat(c.hedged()).isTrue();
    assertThat(c.source().name()).contains("United Nations");
    assertThat(c.source().kind()).isEqualTo("international");
  }

  @Test
  void pronounsResolveToTheLastNamedPerson() {
    Analysis a = analyse(
        "Interior Minister John Banda visited the town on Tuesday. "
            + "He said that 40 people had been arrested after the riots.",
        "2023-03-15");
    Claim c = onlyClaim(a, "arrested");
    assertThat(c.low()).isEqualTo(40);
    assertThat(c.source().name()).isEqualTo("John Banda");
    assertThat(c.source().kind()).isEqualTo("government");
  }

  @Test
  void aQuoteOverTwoParagraphsIsAttributedToItsSpeaker() {
    Analysis a = analyse(
        "\u201cThe situation is under control. Police have arrested 45 looters.\n\n"
            + "Order will be restored in every district,\u201d the regional governor said on Tuesday.",
        "2023-03-15");
    Claim c = onlyClaim(a, "arrested");
    assertThat(c.low()).isEqualTo(45);
    assertThat(c.source().name()).contains("governor");
    assertThat(c.source().kind()).isEqualTo("government");
  }

  @Test
  void shortNamesTakeTheFullNameAndPronounsAreNoMentions() {
    Analysis a = analyse(
        "Opposition leader Maria Kovacs was detained on Friday. Kovacs said she would appeal.",
        "2023-03-15");
    assertThat(a.mentions()).extracting(m -> m.text()).doesNotContain("she");
    assertThat(a.mentions()).filteredOn(m -> m.text().equals("Kovacs"))
        .allSatisfy(m -> assertThat(m.canonical()).isEqualTo("Maria Kovacs"));
  }

  @Test
  void aReportingClauseAfterTheFigure() {
    Analysis a = analyse("At least 30 people were injured, a hospital official said.", "2023-03-15");
    Claim c = onlyClaim(a, "injured");
    assertThat(c.source().name()).contains("hospital official");
    assertThat(c.source().kind()).isEqualTo("medical");
  }

  @Test
  void protestersKilledByUnnamedForcesIsExcessiveForce() {
    Analysis a = analyse("Twelve protesters were killed in the capital on Monday.", "2023-03-15");
    assertThat(types(a)).contains("Protests/Excessive force against protesters");
  }

  @Test
  void tallies() {
    Analysis a = analyse("The death toll rose to 50 on Sunday, officials said.", "2023-03-15");
    Claim c = onlyClaim(a, "killed");
    assertThat(c.low()).isEqualTo(50);
    assertThat(c.source().kind()).isEqualTo("government");
  }

  @Test
  void unattributedFiguresSaySo() {
    Analysis a = analyse("Dozens of people died and more than a thousand were injured.", "2023-03-15");
    assertThat(onlyClaim(a, "killed").source().kind()).isEqualTo("unattributed");
    assertThat(onlyClaim(a, "injured").low()).isEqualTo(1001);
  }

  @Test
  void singularAndZeroCountsWithoutDigits() {
    Analysis a = analyse("A man was shot and killed outside a bar. No one else was injured.", "2023-03-15");
    assertThat(onlyClaim(a, "killed").low()).isEqualTo(1);
    assertThat(onlyClaim(a, "injured").low()).isEqualTo(0);
  }

  @Test
  void deathsOfOnePersonWithoutANumber() {
    assertThat(analyse("A 62-year-old woman fatally shot by police on Tuesday was identified.",
        "2023-03-15").claims()).anySatisfy(c -> {
          assertThat(c.measure()).isEqualTo("killed");
          assertThat(c.low()).isEqualTo(1);
        });
    Analysis a = analyse("The victim was taken to a hospital, where he later died.", "2023-03-15");
    // "taken to a hospital" is also read as hurt; the incident's figures count the person once
    // (IncidentFigures), as killed
    assertThat(a.claims()).extracting(Claim::measure, Claim::low)
        .contains(org.assertj.core.groups.Tuple.tuple("killed", 1L))
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("killed", 2L));
    // a person named by a pronoun is one hurt person at most; IncidentFigures decides whether
    // they are someone already counted (IncidentFiguresTest)
    assertThat(analyse("He was shot in the leg.", "2023-03-15").claims())
        .allSatisfy(c -> assertThat(c.low()).isEqualTo(1L))
        .hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void agentsAreNotVictims() {
    Analysis a = analyse("Five gunmen attacked a police station, the army said.", "2023-03-15");
    Claim c = onlyClaim(a, "attackers");
    assertThat(c.low()).isEqualTo(5);
    assertThat(c.source().kind()).isEqualTo("military");
  }

  @Test
  void distancesAndAgesAreNotClaims() {
    Analysis a = analyse("A 25-year-old woman was found 300 metres from the border.", "2023-03-15");
    assertThat(a.claims()).allSatisfy(c -> assertThat(c.low()).isNotIn(25L, 300L));
  }

  @Test
  void eventTypesFollowTheActors() {
    Analysis a = analyse(
        "Soldiers opened fire on protesters in the main square on Sunday. "
            + "Separately, rebels ambushed an army convoy, killing six soldiers. "
            + "Police arrested 30 people. "
            + "The government shut down the internet across the country.",
        "2023-03-15");
    assertThat(types(a)).contains(
        "Protests/Excessive force against protesters",
        "Battles/Armed clash",
        "Strategic developments/Arrests",
        "Strategic developments/Other");
    Event fire = a.events().stream().filter(e -> e.subType().startsWith("Excessive")).findFirst().orElseThrow();
    assertThat(fire.date()).isEqualTo("2023-03-12");
    assertThat(fire.actor1Kind()).isEqualTo("state forces");
    assertThat(fire.actor2Kind()).isEqualTo("protesters");
    Event battle = a.events().stream().filter(e -> e.type().equals("Battles")).findFirst().orElseThrow();
    assertThat(battle.fatalities()).isEqualTo(6);
  }

  @Test
  void tearGasOnProtestersIsIntervention() {
    Analysis a = analyse(
        "Police fired tear gas at demonstrators in the city centre on Monday.", "2023-03-15");
    assertThat(types(a)).containsExactly("Protests/Protest with intervention");
    assertThat(a.events().get(0).actor1Kind()).isEqualTo("state forces");
    assertThat(a.events().get(0).actor2Kind()).isEqualTo("protesters");
  }

  @Test
  void accidentalDeathsAreNoPoliticalViolence() {
    Analysis a = analyse("Two people died in a car crash on the highway on Sunday.", "2023-03-15");
    assertThat(a.claims()).extracting(Claim::measure).contains("killed");
    assertThat(a.events()).isEmpty();
  }

  @Test
  void plannedProtestsAreNotEvents() {
    Analysis a = analyse("The union has called for further demonstrations next Tuesday.", "2023-03-15");
    assertThat(a.events()).isEmpty();
  }

  @Test
  void orderedOrConditionalViolenceIsNotAnEvent() {
    Analysis a = analyse("The rebels threatened to attack the city if talks failed.", "2023-03-15");
    assertThat(a.events()).noneMatch(e -> e.type().equals("Battles"));
  }

  private static List<String> types(Analysis a) {
    return a.events().stream().map(e -> e.type() + "/" + e.subType()).toList();
  }

  private static Analysis analyse(String text, String published) {
    return SharedNlp.analyse(text, published);
  }
}
