package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command as a user runs it: the packaged jar's {@code demo} in its own
 * process, with the real pipeline; it serves the demo corpus, and on SIGTERM (what Ctrl-C and a
 * service manager send) it stops and removes its temporary store.
 */
class DemoIT {
  @TempDir Path tmp;

  @Test
  void servesTheExamplesAndCleansUpWhenStopped() throws Exception {
    Path jar = Path.of("target", "sitrep.jar");
    assertThat(jar).exists();
    Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx3g", "-Djava.io.tmpdir=" + tmp, "-jar", jar.toString(), "demo", "--port", "0")
        .redirectErrorStream(true).start();
    List<String> log = new ArrayList<>();
    String url = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
      Pattern open = Pattern.compile("open (http://127\\.0\\.0\\.1:\\d+/)");
      String line;
      while (url == null && (line = out.readLine()) != null) {
        log.add(line);
        Matcher m = open.matcher(line);
        if (m.find()) {
          url = m.group(1);
        }
      }
      assertThat(url).as(String.join("\n", log)).isNotNull();
      assertThat(String.join("\n", log)).contains("13 articles stored").contains("serving DuckDB file " + tmp);
      HttpResponse<String> page = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url + "api/events?country=NG")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      JsonNode events = new ObjectMapper().readTree(page.body());
      assertThat(events.get("total").asInt()).isPositive();
      try (Stream<Path> made = Files.list(tmp)) {
        assertThat(made.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("sitrep-demo"));
      }
      demo.destroy(); // SIGTERM
      assertThat(demo.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      demo.destroyForcibly();
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("sitrep-demo"));
    }
  }
}
