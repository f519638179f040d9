package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Analysis;
import org.sitrep.model.Event;

/**
 * ACLED's codebook on sentences written for this test, one or more per sub-event type, with the
 * real parser: the first event of each sentence must have the sub-type the codebook gives it. And
 * news ACLED does not code (disasters, accidents, diplomacy, ordinary crime) or that names no one
 * occurrence (trends, habits, bans, claims of responsibility) must give no event.
 */
class AcledCodebookTest {

  @ParameterizedTest(name = "{1} / {2}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Government troops clashed with rebels near the town of Bunia on Tuesday.                  | Battles | Armed clash
      Militants attacked an army checkpoint on Sunday, killing two soldiers.                    | Battles | Armed clash
      The army recaptured the town of Palmyra from the militants on Sunday.                     | Battles | Government regains territory
      Rebel fighters seized control of the border crossing on Friday.                           | Battles | Non-state actor overtakes territory
      Government helicopters dropped barrels filled with chlorine on the village on Monday.     | Explosions/Remote violence | Chemical weapon
      A drone strike killed four militants in North Waziristan on Thursday.                     | Explosions/Remote violence | Air/drone strike
      A suicide bomber blew himself up at a checkpoint in Kabul on Monday, killing six people.  | Explosions/Remote violence | Suicide bomb
      Rebels shelled residential areas of the city on Wednesday, killing three civilians.       | Explosions/Remote violence | Shelling/artillery/missile attack
      A roadside bomb exploded near a police patrol on Friday, wounding two officers.           | Explosions/Remote violence | Remote explosive/landmine/IED
      Attackers threw a grenade into a crowded market on Saturday, injuring nine people.        | Explosions/Remote violence | Grenade
      Gunmen killed five villagers in an attack on their village on Sunday night.               | Violence against civilians | Attack
      Armed men abducted a local chief and two teachers on the road to Gao on Monday.           | Violence against civilians | Abduction/forced disappearance
      Soldiers raped at least three women during a raid on the village last week.              | Violence against civilians | Sexual violence
      Thousands of teachers marched through the capital on Monday to demand higher pay.         | Protests | Peaceful protest
      Police fired tear gas to disperse hundreds of students protesting outside parliament.     | Protests | Protest with intervention
      Security forces opened fire on demonstrators on Friday, killing four protesters.          | Protests | Excessive force against protesters
      Protesters threw stones at police and set fire to a police station on Saturday.           | Riots | Violent demonstration
      A mob lynched a man accused of stealing a motorbike in the village on Sunday.             | Riots | Mob violence
      The government and the rebel group agreed to a ceasefire on Sunday.                       | Strategic developments | Agreement
      Police arrested 40 opposition activists in the capital on Monday.                         | Strategic developments | Arrests
      The army deployed thousands of troops to the northern border on Wednesday.                | Strategic developments | Change to group/activity
      Soldiers seized a large cache of weapons and ammunition in a raid on Tuesday.             | Strategic developments | Disrupted weapons use
      Turkish troops set up a new military base near the town on Thursday.                      | Strategic developments | Headquarters or base established
      Unknown people looted several shops in the market overnight.                              | Strategic developments | Looting/property destruction
      Government forces handed over the town to the rebels without a fight on Monday.           | Strategic developments | Non-violent transfer of territory
      The authorities shut down the internet across the country on Friday.                      | Strategic developments | Other
      """)
  void firstEventHasTheCodebooksSubType(String sentence, String type, String subType) {
    List<Event> events = SharedNlp.analyse(sentence, "2024-05-20").events();
    assertThat(events).as(sentence).isNotEmpty();
    assertThat(events.get(0).type() + " / " + events.get(0).subType()).as(sentence)
        .isEqualTo(type + " / " + subType);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "A magnitude 6.2 earthquake struck the region on Monday, killing at least 30 people.",
      "Five people died when a bus plunged off a bridge on Sunday.",
      "A gas cylinder exploded in a restaurant on Friday, injuring seven people.",
      "The two foreign ministers met in Geneva on Tuesday to discuss trade.",
      "Police arrested three men suspected of drug smuggling at the port on Monday.",
      "The city's high rate of murders worries residents.",
      "Kidnappings have risen sharply in the region this year.",
      "Protesting is banned in the capital.",
      "Protesters often march through the city centre.",
      "The militant group claimed responsibility for the attack.",
      "The government imposed sanctions over the bombing."})
  void nothingAcledCodes(String sentence) {
    assertThat(SharedNlp.analyse(sentence, "2024-05-20").events()).as(sentence).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Gunmen attacked the city of Kano on Monday.",
      "Gunmen attacked Kano on Monday.",
      "Police arrested over 3,000 people on Monday.",
      "Rioters destroyed thousands of cars and state buildings on Monday.",
      "The authorities shut down the internet on Monday."})
  void actorsAreNeverPlacesNumbersOrThings(String sentence) {
    Analysis a = SharedNlp.analyse(sentence, "2024-05-20");
    assertThat(a.events()).as(sentence).isNotEmpty().allSatisfy(e -> {
      for (String actor : new String[] {e.actor1(), e.actor2()}) {
        assertThat(actor).as(sentence).isNotIn("Kano", "the city of Kano", "3,000", "over 3,000",
            "thousands of cars", "cars", "state buildings", "internet", "the internet");
      }
    });
  }

  @Test
  void aFeatureOnTrendsHasOnlyItsOneOccurrence() {
    // written for this test in the manner of a crime feature: trends, habits, a ban, a yearly
    // tally, and one killing with a day and a place
    String text = "Femicides in Ciudad Juarez have risen every year since 2015. Women's groups say"
        + " the killings of women are rarely investigated. The city's high rate of murders has made"
        + " it one of the most dangerous in the world. Many women are attacked on their way to work."
        + " Activists often march against the violence, and protesting near military bases is"
        + " banned. Last year, 190 women were killed in the city, according to official figures."
        + " Kidnappings have also increased, police say. On Tuesday, a woman was shot dead outside"
        + " a bar in the Centro district, police said.";
    List<Event> events = SharedNlp.analyse(text, "2024-03-14").events();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type() + " / " + e.subType()).isEqualTo("Violence against civilians / Attack");
      assertThat(e.trigger()).isEqualTo("shot");
      assertThat(e.date()).isEqualTo("2024-03-12");
      assertThat(e.actor2()).isEqualTo("Civilians");
    });
  }
}
