package org.sitrep.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The algorithm on a small hand-made word list, independent of SUBTLEX. */
class WordSegmenterTest {
  private static final WordFrequencies WORDS = WordFrequencies.of(Map.ofEntries(
      Map.entry("the", 100_000), Map.entry("of", 80_000), Map.entry("a", 60_000),
      Map.entry("was", 40_000), Map.entry("were", 30_000), Map.entry("against", 5_000),
      Map.entry("use", 9_000), Map.entry("weapons", 3_000), Map.entry("lethal", 500),
      Map.entry("reason", 2_000), Map.entry("there", 20_000), Map.entry("son", 1_500),
      Map.entry("gunman", 700), Map.entry("police", 4_000), Map.entry("fire", 6_000),
      Map.entry("cease", 400), Map.entry("stop", 5_000), Map.entry("insurgency", 25),
      Map.entry("John", 3_000), Map.entry("land", 1_000)));
  private final WordSegmenter seg = new WordSegmenter(WORDS);

  @Test
  void knownWordsInflectionsAndDerivationsAreNotSplit() {
    assertThat(seg.isKnown("police")).isTrue();
    assertThat(seg.isKnown("gunmans")).isTrue();
    assertThat(seg.isKnown("stopped")).isTrue();
    assertThat(seg.isKnown("stopping")).isTrue();
    assertThat(seg.isKnown("counterinsurgency")).isTrue();
    assertThat(seg.split("gunmans")).isEmpty();
    assertThat(seg.split("counterinsurgency")).isEmpty();
  }

  @Test
  void gluedTokensSplitIntoTheMostProbableWords() {
    assertThat(seg.split("weaponsagainst").orElseThrow().parts()).containsExactly("weapons", "against");
    assertThat(seg.split("uselethal").orElseThrow().parts()).containsExactly("use", "lethal");
    assertThat(seg.split("thereason").orElseThrow().parts()).containsExactly("the", "reason");
    assertThat(seg.split("ofthepolice").orElseThrow().parts()).containsExactly("of", "the", "police");
  }

  @Test
  void namesAreNotParts() {
    assertThat(WORDS.isName("john")).isTrue();
    assertThat(seg.split("johnland")).isEmpty();
  }

  @Test
  void articlesFollowEnglishRules() {
    assertThat(WordSegmenter.grammatical(List.of("was", "a", "police"))).isTrue();
    assertThat(WordSegmenter.grammatical(List.of("land", "a", "fire"))).isFalse();
    assertThat(WordSegmenter.grammatical(List.of("fire", "a"))).isFalse();
    assertThat(WordSegmenter.grammatical(List.of("an", "the"))).isFalse();
    assertThat(WordSegmenter.grammatical(List.of("was", "a", "against"))).isFalse();
    assertThat(WordSegmenter.grammatical(List.of("of", "the"))).isTrue();
  }

  @Test
  void probabilitiesComeFromCounts() {
    assertThat(WORDS.logProbability("the")).isGreaterThan(WORDS.logProbability("son"));
    assertThat(WORDS.logProbability("zzz")).isLessThan(WORDS.logProbability("insurgency"));
    assertThat(WORDS.count("THE")).isEqualTo(100_000);
  }

  @Test
  void subtlexIsInstalledOnTheClasspath() {
    WordFrequencies subtlex = WordFrequencies.subtlex();
    assertThat(subtlex.size()).isGreaterThan(70_000);
    assertThat(subtlex.count("the")).isGreaterThan(1_000_000);
    assertThat(subtlex.isName("john")).isTrue();
    assertThat(subtlex.isName("force")).isFalse();
    assertThat(WordFrequencies.class.getResource("/org/sitrep/repair/subtlex-us.LICENSE")).isNotNull();
  }
}
