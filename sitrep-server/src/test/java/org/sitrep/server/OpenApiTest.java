package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** /openapi.json is a valid OpenAPI document and describes exactly the routes the server has. */
class OpenApiTest {
  @TempDir Path dir;

  @Test
  void describesEveryRouteAndNoOther() throws Exception {
    try (Store store = Fixtures.store(dir);
        ApiServer server = ApiServer.start(store, ServerOptions.local(0), null, new PrintWriter(new StringWriter()))) {
      String body = HttpClient.newHttpClient()
          .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/openapi.json")).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
      SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(body);
      assertThat(parsed.getMessages()).as("OpenAPI problems").isEmpty();
      OpenAPI api = parsed.getOpenAPI();
      List<String> documented = new ArrayList<>();
      for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
        p.getValue().readOperationsMap().keySet()
            .forEach(m -> documented.add(m.name().toUpperCase(Locale.ROOT) + " " + p.getKey()));
      }
      assertThat(new TreeSet<>(documented)).isEqualTo(new TreeSet<>(server.routes()));
      // every query parameter the event routes read is documented on them
      List<String> listParams = api.getPaths().get("/api/events").getGet().getParameters().stream()
          .map(p -> p.getName()).toList();
      assertThat(listParams).containsAll(EventParams.FILTERS).contains("limit", "offset", "view");
      List<String> exportParams = api.getPaths().get("/api/export").getGet().getParameters().stream()
          .map(p -> p.getName()).toList();
      assertThat(exportParams).containsAll(EventParams.FILTERS).contains("format", "limit", "offset");
    }
  }
}
