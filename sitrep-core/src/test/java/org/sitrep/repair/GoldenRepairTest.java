package org.sitrep.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.model.Repair;

/**
 * Every {@code golden/NAME.input} is repaired and compared with {@code NAME.expected}: one line per
 * repair ({@code kind TAB start TAB end TAB before TAB after}, with control and invisible chars as
 * {@code \\uXXXX}), a line {@code ---}, then the repaired text. Each pair is also checked for
 * idempotence, as google-java-format checks its golden files.
 */
class GoldenRepairTest {
  private static final TextRepairStage STAGE = new TextRepairStage();

  @TestFactory
  Stream<DynamicTest> goldenPairs() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(dir())) {
      inputs = files.filter(p -> p.toString().endsWith(".input")).sorted().toList();
    }
    return inputs.stream().flatMap(input -> {
      String name = input.getFileName().toString().replace(".input", "");
      return Stream.of(
          dynamicTest(name, () -> {
            String text = Files.readString(input);
            String expected = Files.readString(input.resolveSibling(name + ".expected"));
            assertThat(render(STAGE.repair(text))).isEqualTo(expected);
          }),
          dynamicTest(name + " is idempotent", () -> {
            String text = Files.readString(input);
            TextRepairStage.Result once = STAGE.repair(text);
            TextRepairStage.Result twice = STAGE.repair(once.repaired().text());
            assertThat(twice.repaired().text()).isEqualTo(once.repaired().text());
            assertThat(twice.repairs()).allSatisfy(r -> assertThat(r.kind()).isEqualTo("unbalanced-quote"));
          }));
    });
  }

  @Test
  void thereAreGoldenPairs() throws IOException {
    try (Stream<Path> files = Files.list(dir())) {
      assertThat(files.filter(p -> p.toString().endsWith(".input")).count()).isGreaterThanOrEqualTo(8);
    }
  }

  static String render(TextRepairStage.Result r) {
    StringBuilder sb = new StringBuilder();
    for (Repair x : r.repairs()) {
      sb.append(x.kind()).append('\t').append(x.start()).append('\t').append(x.end()).append('\t')
          .append(escape(x.before())).append('\t').append(escape(x.after())).append('\n');
    }
    return sb.append("---\n").append(r.repaired().text()).toString();
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '\\') {
        sb.append("\\\\");
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || "\u00AD\u200B\u2060\uFEFF\uFFFD\u00A0".indexOf(c) >= 0) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static Path dir() {
    try {
      return Path.of(GoldenRepairTest.class.getResource("golden").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
