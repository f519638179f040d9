package org.sitrep.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.RepairedText;

class TextEditsTest {
  @Test
  void insertionsMapToTheirPosition() {
    RepairedText rt = TextEdits.apply("uselethal", List.of(TextEdits.insert(3, " ")));
    assertThat(rt.text()).isEqualTo("use lethal");
    assertThat(rt.toOriginal()).containsExactly(0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9);
    assertThat(rt.originalEnd(3)).isEqualTo(3);
    assertThat(rt.originalOffset(4)).isEqualTo(3);
  }

  @Test
  void shorterReplacementMapsToTheWordItBelongsTo() {
    // é ends the word: it maps to the last original char so that ends are exact
    RepairedText end = TextEdits.apply("cafÃ© x", List.of(new TextEdits.Edit(3, 5, "é")));
    assertThat(end.text()).isEqualTo("café x");
    assertThat(end.originalEnd(4)).isEqualTo(5);
    // “ starts a word: it maps to the first original char so that starts are exact
    RepairedText start = TextEdits.apply("â€œno", List.of(new TextEdits.Edit(0, 3, "“")));
    assertThat(start.originalOffset(0)).isZero();
    assertThat(start.toOriginal()).containsExactly(0, 3, 4, 5);
  }

  @Test
  void deletionsAndNoEdits() {
    RepairedText rt = TextEdits.apply("a\u00ADb", List.of(new TextEdits.Edit(1, 2, "")));
    assertThat(rt.text()).isEqualTo("ab");
    assertThat(rt.toOriginal()).containsExactly(0, 2, 3);
    assertThat(TextEdits.apply("abc", List.of())).isEqualTo(RepairedText.identity("abc"));
  }

  @Test
  void overlappingEditsAreABug() {
    assertThatThrownBy(() -> TextEdits.apply("abcdef",
            List.of(new TextEdits.Edit(0, 3, "x"), new TextEdits.Edit(2, 4, "y"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
