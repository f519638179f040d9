package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.extract.IncidentFigures;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;

/**
 * An incident's killed and injured as the whole real pipeline reads them from short reports
 * written for this test, one per way shooting news tells its victims: numbers and their splits
 * ("one of them fatally"), people without numbers (names, "a 16-year-old", "he"), states that say
 * someone was hurt ("taken to a hospital", "in critical condition"), the shooter who killed
 * himself, negation and intent, and round-ups whose totals are not the incident's.
 */
class CasualtyCountTest {
  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of("A 41-year-old man was shot and killed outside a bakery on Elm Road late"
            + " Tuesday, police said.", 1, 0),
        Arguments.of("Three people were shot early Saturday near a bus station, one of them"
            + " fatally, officers said.", 1, 2),
        Arguments.of("Two brothers were wounded in a drive-by shooting on Friday. Both were taken"
            + " to a hospital in stable condition.", 0, 2),
        Arguments.of("A woman was shot in the arm on Monday night. She was treated at a local"
            + " hospital and released.", 0, 1),
        Arguments.of("Deputies found Marcus Olden, 33, dead inside a parked truck on Sunday. His"
            + " cousin, Denise Olden, was found with a gunshot wound to the leg and is expected"
            + " to survive.", 1, 1),
        Arguments.of("A man was shot in the chest on Baker Street on Thursday. He died at the"
            + " hospital hours later.", 1, 0),
        Arguments.of("Police said a father shot his daughter's boyfriend during an argument. The"
            + " boyfriend is in critical condition. The father then killed himself.", 1, 1),
        Arguments.of("Officers shot and wounded a suspect who fired at them during a traffic stop"
            + " on Route 9. No officers were hurt.", 0, 1),
        Arguments.of("A 16-year-old was shot in the foot while walking home from school on"
            + " Wednesday.", 0, 1),
        Arguments.of("Two men were killed and four others were wounded in shootings across the"
            + " city since Friday evening. In the first, a 22-year-old man was shot in the back"
            + " near a park and later died. About an hour later, a woman was wounded in the hand"
            + " on Pine Avenue.", 1, 0),
        Arguments.of("The shooting was the city's ninth homicide this year. A 30-year-old woman"
            + " was found dead in her apartment on Tuesday morning with several gunshot"
            + " wounds.", 1, 0),
        Arguments.of("A man in the back seat was shot in the shoulder. Two other people in the car"
            + " were not injured, police said.", 0, 1),
        Arguments.of("The gunman threatened to kill his neighbor before police arrived. Nobody"
            + " was hurt.", 0, 0),
        Arguments.of("A shooting outside a bar sent two men to the hospital early Sunday.", 0, 2),
        Arguments.of("Clara Weston, 58, was shot twice at her home. Her husband, Paul Weston, was"
            + " shot in the leg. Clara Weston died on Friday.", 1, 1),
        Arguments.of("Detectives are investigating a fatal shooting on Maple Street. Officers"
            + " arrived to find a man with gunshot wounds in a parked car.", 1, 0),
        Arguments.of("Police are looking into a non-fatal shooting on Maple Street. Officers"
            + " found a man with a gunshot wound to the hip.", 0, 1),
        Arguments.of("A taxi driver was shot in the arm on Monday. Three blocks away, a"
            + " bakery opened its doors. The owner said business was good. Customers lined up"
            + " outside. Two women were shot in a separate case in 2019.", 0, 1));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void readsTheIncidentsFigures(String text, long killed, long injured) {
    Analysis a = SharedPipeline.get().apply(Analysis.of(
        Article.of("t", text, LocalDate.parse("2020-05-04"))));
    IncidentFigures.Figures f = IncidentFigures.of(a);
    assertThat(new long[] {f.killed(), f.injured()}).as(String.join(" | ", f.used()))
        .containsExactly(killed, injured);
  }
}
