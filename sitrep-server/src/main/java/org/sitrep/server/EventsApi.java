package org.sitrep.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.sitrep.export.EventExporter;
import org.sitrep.export.Format;
import org.sitrep.json.ModelJson;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;

/** {@code GET /api/events}, {@code GET /api/events/{id}} and {@code GET /api/export}. */
final class EventsApi {
  static final int DEFAULT_PAGE = 100;
  private static final Set<String> PAGING = Set.of("limit", "offset", "view");
  private static final Set<String> EXPORT = Set.of("format", "limit", "offset");

  private final Store store;
  private final AnswerCache cache;

  EventsApi(Store store, AnswerCache cache) {
    this.store = store;
    this.cache = cache;
  }

  /**
   * One page of events, by date then id: {@code {"total", "offset", "limit", "events": [...]}},
   * each event exactly as a line of {@code export events --format jsonl}, or with {@code
   * view=brief} only the fields of {@link ModelJson#EVENT_BRIEF} (a tenth of the size: what the
   * page's map needs). The events go out as stored (both views are), not parsed and written again.
   */
  void list(Context ctx) {
    EventQuery q = EventParams.read(ctx.queryParamMap(), PAGING, DEFAULT_PAGE, ServerOptions.MAX_PAGE);
    String view = EventParams.text(ctx.queryParamMap(), "view");
    if (view != null && !view.equals("brief") && !view.equals("full")) {
      throw ApiException.badParameter("view", "view is full (the default) or brief");
    }
    boolean brief = "brief".equals(view);
    Json.send(ctx, 200, cache.get("events " + brief + " " + q, () -> page(q, brief)));
  }

  private String page(EventQuery q, boolean brief) {
    List<String> events = store.eventsJson(q, brief);
    long total = q.offset() == 0 && events.size() < q.limit()
        ? events.size() // the whole answer is on this page: no second query
        : store.countEvents(q.unpaged());
    StringBuilder b = new StringBuilder(256 + events.stream().mapToInt(String::length).sum());
    b.append("{\"total\":").append(total)
        .append(",\"offset\":").append(q.offset())
        .append(",\"limit\":").append(q.limit())
        .append(",\"events\":[")
        .append(String.join(",", events))
        .append("]}");
    return b.toString();
  }

  /** One event as the corpus JSONL export gives it: reports, figures with their ledgers. */
  void one(Context ctx) {
    String id = Ids.check(ctx.pathParam("id"), "event");
    noParameters(ctx);
    Json.send(ctx, 200, store.eventJson(id).orElseThrow(() -> ApiException.notFound("no event " + id)));
  }

  /** The matching events as a download, in one of the export formats that can be streamed. */
  void export(Context ctx) throws IOException {
    String name = EventParams.text(ctx.queryParamMap(), "format");
    if (name == null) {
      throw ApiException.badParameter("format", "format is required: jsonl, acled-csv or geojson");
    }
    Format format;
    try {
      format = Format.parse(name);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("format", "format must be jsonl, acled-csv or geojson");
    }
    if (format.needsFile()) {
      throw ApiException.badParameter("format",
          "parquet is written to a file by 'sitrep export events --format parquet --out FILE'");
    }
    EventQuery q = EventParams.read(ctx.queryParamMap(), EXPORT, 0, 0);
    ctx.status(200);
    ctx.contentType(contentType(format));
    ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + extension(format) + "\"");
    OutputStream out = ctx.outputStream();
    try (EventExporter exporter = EventExporter.open(format, out, Instant.now())) {
      store.forEachEvent(q, exporter);
    }
  }

  /** Refuses any query parameter: a route that takes none must not seem to honour one. */
  static void noParameters(Context ctx) {
    ctx.queryParamMap().keySet().stream().findFirst().ifPresent(name -> {
      throw ApiException.badParameter(name, "this route takes no parameters, not '" + EventParams.clip(name) + "'");
    });
  }

  private static String contentType(Format f) {
    return switch (f) {
      case JSONL -> "application/x-ndjson; charset=utf-8";
      case ACLED_CSV -> "text/csv; charset=utf-8";
      case GEOJSON -> "application/geo+json; charset=utf-8";
      case PARQUET -> throw new AssertionError();
    };
  }

  private static String extension(Format f) {
    return switch (f) {
      case JSONL -> "jsonl";
      case ACLED_CSV -> "csv";
      case GEOJSON -> "geojson";
      case PARQUET -> "parquet";
    };
  }
}
