package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StepTimesTest {
  @Test
  void addsEachStepsTimeInTheOrderTheStepsWereNamed() {
    StepTimes t = new StepTimes("b", "a");
    t.time("a", () -> sleep(5));
    t.time("a", () -> sleep(5));
    assertThat(t.nanos()).containsKeys("b", "a");
    assertThat(t.nanos().keySet()).containsExactly("b", "a");
    assertThat(t.nanos().get("b")).isZero();
    assertThat(t.nanos().get("a")).isGreaterThanOrEqualTo(10_000_000L);
  }

  @Test
  void aStepNotNamedAtConstructionIsAnError() {
    StepTimes t = new StepTimes("parse");
    assertThatThrownBy(() -> t.time("pasre", () -> {})).hasMessageContaining("no step pasre");
  }

  @Test
  void aFailingStepStillCountsItsTime() {
    StepTimes t = new StepTimes("x");
    assertThatThrownBy(() -> t.time("x", () -> {
      sleep(2);
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(t.nanos().get("x")).isGreaterThanOrEqualTo(2_000_000L);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
