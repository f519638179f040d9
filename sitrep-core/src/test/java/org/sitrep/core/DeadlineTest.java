package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Layer;

class DeadlineTest {

  /** A stage that takes its time and counts how often it ran. */
  static final class Slow implements Stage {
    final String name;
    final long millis;
    int runs;

    Slow(String name, long millis) {
      this.name = name;
      this.millis = millis;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
      return Set.of();
    }

    @Override
    public Analysis apply(Analysis in) {
      runs++;
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return in;
    }
  }

  private static Analysis article() {
    return Analysis.of(Article.of("a1", "Police arrested 12 people.", null));
  }

  @Test
  void anArticleOverItsBudgetStopsAtTheNextStageWithTooSlow() {
    Slow first = new Slow("first", 300);
    Slow second = new Slow("second", 0);
    Pipeline p = new Pipeline(List.of(first, second));
    p.setBudget(Duration.ofMillis(100));
    assertThatThrownBy(() -> p.apply(article()))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.code()).isEqualTo("too-slow"))
        .hasMessageContaining("time budget of 0 s")
        .hasMessageContaining("at second");
    assertThat(second.runs).isZero();
    // the next article gets a budget of its own
    p.setBudget(Duration.ofSeconds(10));
    assertThat(p.apply(article())).isNotNull();
    assertThat(second.runs).isEqualTo(1);
  }

  @Test
  void noBudgetNoLimitAndNoCheckOutsideAPipeline() {
    Pipeline p = new Pipeline(List.of(new Slow("only", 50)));
    p.setBudget(null);
    assertThat(p.apply(article())).isNotNull();
    Deadline.check("anything"); // no budget on this thread: nothing to enforce
    assertThatThrownBy(() -> p.setBudget(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anInnerBudgetEndsWithItsWork() {
    String out = Deadline.within(Duration.ofSeconds(60), () -> {
      assertThatThrownBy(() -> Deadline.within(Duration.ofNanos(1), () -> {
        sleep(5);
        Deadline.check("inner work");
        return "unreachable";
      })).hasMessageContaining("inner work");
      Deadline.check("outer work"); // the outer budget is back, and not spent
      return "done";
    });
    assertThat(out).isEqualTo("done");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
