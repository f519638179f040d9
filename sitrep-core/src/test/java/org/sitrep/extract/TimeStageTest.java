package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.TimeExpr;

class TimeStageTest {
  private static List<TimeExpr> run(String text, String published, TimeExpr... times) {
    Analysis a = Analysis.of(Article.of("t", text, LocalDate.parse(published))).withTimes(List.of(times));
    return new TimeStage().apply(a).times();
  }

  @Test
  void aWeekdayInAReportIsTheLastOne() {
    // Wednesday 15 March 2023; SUTime may resolve "Friday night" to the coming Friday
    String text = "The attack happened on Friday night.";
    List<TimeExpr> out = run(text, "2023-03-15",
        new TimeExpr(23, 35, "Friday night", "TIME", "2023-03-17TNI", false));
    assertThat(out).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("2023-03-10TNI"));
  }

  @Test
  void nextWeekdayStaysInTheFuture() {
    String text = "They will march next Tuesday.";
    List<TimeExpr> out = run(text, "2023-03-15",
        new TimeExpr(15, 27, "next Tuesday", "DATE", "2023-03-21", false));
    assertThat(out.get(0).value()).isEqualTo("2023-03-21");
  }

  @Test
  void appositionsBecomeOneExpression() {
    String text = "He said today (Friday) that it was over.";
    List<TimeExpr> out = run(text, "2022-01-07",
        new TimeExpr(8, 13, "today", "DATE", "2022-01-07", false),
        new TimeExpr(15, 21, "Friday", "DATE", "2022-01-07", false));
    assertThat(out).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("today (Friday)");
      assertThat(t.value()).isEqualTo("2022-01-07");
    });
  }

  @Test
  void sinceTheUnrestBeganIsAVagueRange() {
    String text = "Ten people have died since the unrest began.";
    List<TimeExpr> out = run(text, "2022-01-07");
    assertThat(out).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("since the unrest began");
      assertThat(t.vague()).isTrue();
    });
  }

  @Test
  void aLowerCaseMonthAloneIsNoDate() {
    String text = "A march against prices.";
    assertThat(run(text, "2024-03-14", new TimeExpr(2, 7, "march", "DATE", "2024-03", false)))
        .isEmpty();
  }
}
