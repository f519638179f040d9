package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final String WIRE =
      "CHICAGO (AP) - Two men were shot and wounded late Saturday on the city's South Side, police"
          + " said. The men, aged 24 and 31, were standing on a sidewalk in the 7900 block of South"
          + " Halsted Street when a gunman in a passing car opened fire, according to a police"
          + " spokesman. Both were taken to a hospital in fair condition. No arrests have been"
          + " made and detectives are investigating the shooting.";

  @Test
  void wordForWordCopiesAreIdenticalWhateverTheCaseAndPunctuation() {
    long[] a = NearDuplicates.signature(WIRE);
    long[] b = NearDuplicates.signature(WIRE.toUpperCase().replace(",", " ,  ").replace("-", "--"));
    assertThat(NearDuplicates.similarity(a, b)).isEqualTo(1.0);
    assertThat(NearDuplicates.bands(a)).containsExactly(NearDuplicates.bands(b));
  }

  @Test
  void aCopyWithANewLeadAndEndingStaysAboveTheThreshold() {
    String copy = "Updated: " + WIRE.replace("CHICAGO (AP) - ", "")
        + " Anyone with information is asked to call the police.";
    long[] a = NearDuplicates.signature(WIRE);
    long[] b = NearDuplicates.signature(copy);
    assertThat(NearDuplicates.similarity(a, b)).isGreaterThanOrEqualTo(NearDuplicates.THRESHOLD);
    assertThat(shared(NearDuplicates.bands(a), NearDuplicates.bands(b))).isTrue();
  }

  @Test
  void anotherShootingInTheSameWordsOfGenreIsNoCopy() {
    String other =
        "A woman was shot and killed early Sunday on the West Side, police said. The woman, 45,"
            + " was inside a home in the 1200 block of North Pulaski Road when someone fired shots"
            + " through a window. She was pronounced dead at the scene. A man was taken into"
            + " custody and charges are pending.";
    double s = NearDuplicates.similarity(NearDuplicates.signature(WIRE),
        NearDuplicates.signature(other));
    assertThat(s).isLessThan(0.2);
  }

  @Test
  void signaturesAreDeterministicAndShortTextsStillHashed() {
    assertThat(NearDuplicates.signature("Shots fired")).containsExactly(
        NearDuplicates.signature("shots   FIRED!"));
    assertThat(NearDuplicates.similarity(NearDuplicates.signature("Shots fired"),
        NearDuplicates.signature("Shots heard"))).isLessThan(0.5);
    assertThat(NearDuplicates.signature(WIRE)).hasSize(128);
    assertThat(NearDuplicates.bands(NearDuplicates.signature(WIRE))).hasSize(32);
  }

  private static boolean shared(long[] a, long[] b) {
    Set<Long> s = new HashSet<>();
    Arrays.stream(a).forEach(s::add);
    return Arrays.stream(b).anyMatch(s::contains);
  }
}
