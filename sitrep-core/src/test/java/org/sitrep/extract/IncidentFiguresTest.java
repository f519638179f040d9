package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Sentence;
import org.sitrep.model.Source;
import org.sitrep.model.Token;

/**
 * How claims become an incident's killed and injured, on hand-made claims: each sentence of the
 * text is given, the claims say what the extractor read in it. No parser is needed: the sentences
 * have tokens (names tagged PERSON) and no dependencies.
 */
class IncidentFiguresTest {

  /** An article of sentences, with the claims read from it. */
  private static final class Story {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    /** Adds a sentence; words written Like_This are one PERSON token ("Jane_Smith"). */
    Story sentence(String words) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      List<Token> tokens = new ArrayList<>();
      for (String w : words.split(" ")) {
        if (text.length() > start) {
          text.append(' ');
        }
        boolean person = w.contains("_");
        for (String part : w.split("_")) {
          if (text.length() > start && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
          }
          int s = text.length();
          text.append(part);
          tokens.add(new Token(tokens.size(), s, text.length(), part, part.toLowerCase(),
              person ? "NNP" : "NN", person ? "PERSON" : "O", null));
        }
      }
      sentences.add(new Sentence(sentences.size(), start, text.length(), tokens, List.of()));
      return this;
    }

    /**
     * A claim over the words {@code span} of the last sentence, counting {@code value} people
     * named by {@code subject}, with {@code predicate} the word that says what befell them.
     */
    Story claim(String span, String measure, long value, String subject, String predicate) {
      Sentence s = sentences.get(sentences.size() - 1);
      String t = text.toString();
      int start = t.indexOf(span, s.start());
      int end = start + span.length();
      int p = t.indexOf(predicate, start);
      claims.add(new Claim(start, end, span, measure, subject, null, value, value, "exact",
          Source.UNATTRIBUTED, false, "2020-05-04", null, s.index(), predicate, p));
      return this;
    }

    IncidentFigures.Figures figures() {
      String t = text.toString();
      return IncidentFigures.of(Analysis.of(Article.of("t", t, null)).withSentences(sentences)
          .withClaims(claims));
    }
  }

  private static void assertFigures(Story s, long killed, long injured) {
    IncidentFigures.Figures f = s.figures();
    assertThat(new long[] {f.killed(), f.injured()}).as(String.join(" | ", f.used()))
        .containsExactly(killed, injured);
  }

  @Test
  void aShotGroupSplitsIntoKilledAndInjured() {
    assertFigures(new Story()
        .sentence("Three people were shot , one fatally")
        .claim("Three people were shot", "injured", 3, "people", "shot")
        .claim("one fatally", "killed", 1, null, "fatally"), 1, 2);
  }

  @Test
  void oneVictimToldAgainIsCountedOnce() {
    assertFigures(new Story()
        .sentence("A man was shot on Monday")
        .claim("A man was shot", "injured", 1, "man", "shot")
        .sentence("A man was shot near the station")
        .claim("A man was shot", "injured", 1, "man", "shot")
        .sentence("He died at the hospital")
        .claim("He died", "killed", 1, "He", "died"), 1, 0);
  }

  @Test
  void anotherVictimIsASecondPerson() {
    assertFigures(new Story()
        .sentence("A man was killed")
        .claim("A man was killed", "killed", 1, "man", "killed")
        .sentence("Another man was wounded")
        .claim("Another man was wounded", "injured", 1, "Another man", "wounded"), 1, 1);
  }

  @Test
  void aNamedVictimIsTheManDescribedBefore() {
    assertFigures(new Story()
        .sentence("A man was shot outside a bar")
        .claim("A man was shot", "injured", 1, "man", "shot")
        .sentence("Tom_Reyes died on Tuesday")
        .claim("Reyes died", "killed", 1, "Tom Reyes", "died"), 1, 0);
  }

  @Test
  void twoNamesAreTwoPeople() {
    assertFigures(new Story()
        .sentence("Ann_Lee was shot in the arm")
        .claim("Lee was shot", "injured", 1, "Ann Lee", "shot")
        .sentence("Bo_Park was killed")
        .claim("Park was killed", "killed", 1, "Bo Park", "killed")
        .sentence("Lee is in stable condition")
        .claim("Lee is in stable condition", "injured", 1, "Lee", "condition"), 1, 1);
  }

  @Test
  void wordsOfInjuryOnlySayThePersonLived() {
    // the wounded are alive: the man killed is not one of them
    assertFigures(new Story()
        .sentence("Two men were wounded and a man was killed")
        .claim("Two men were wounded", "injured", 2, "men", "wounded")
        .claim("a man was killed", "killed", 1, "man", "killed"), 1, 2);
    // the shot may be the killed: a man shot who died is one killed, no one injured
    assertFigures(new Story()
        .sentence("Two men were shot and one man was killed")
        .claim("Two men were shot", "injured", 2, "men", "shot")
        .claim("one man was killed", "killed", 1, "man", "killed"), 1, 1);
  }

  @Test
  void noOneHurtAddsNothing() {
    assertFigures(new Story()
        .sentence("A man was shot")
        .claim("A man was shot", "injured", 1, "man", "shot")
        .sentence("No one else was hurt")
        .claim("No one else was hurt", "injured", 0, null, "hurt"), 0, 1);
  }

  @Test
  void aVictimIntroducedLongAfterBelongsToAnotherStory() {
    assertFigures(new Story()
        .sentence("A woman was shot in the leg")
        .claim("A woman was shot", "injured", 1, "woman", "shot")
        .sentence("Police are looking for a car")
        .sentence("The car is blue")
        .sentence("Anyone who knows more should call")
        .sentence("Two men were killed last year on the same street")
        .claim("Two men were killed", "killed", 2, "men", "killed"), 0, 1);
  }

  @Test
  void stabbingsAreNoShootingsFigures() {
    assertFigures(new Story()
        .sentence("A man was shot and a woman was stabbed")
        .claim("A man was shot", "injured", 1, "man", "shot")
        .claim("a woman was stabbed", "injured", 1, "woman", "stabbed"), 0, 1);
  }

  @Test
  void aFatalShootingWithoutACountIsOneKilled() {
    assertFigures(new Story()
        .sentence("Police are investigating a fatal shooting on Elm Road")
        .sentence("Officers found the victim in a car"), 1, 0);
    assertFigures(new Story()
        .sentence("Police are investigating a non-fatal shooting on Elm Road"), 0, 0);
  }

  @Test
  void anEmptyArticleHasNoFigures() {
    assertFigures(new Story(), 0, 0);
  }
}
